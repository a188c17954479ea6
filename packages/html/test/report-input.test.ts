import { describeRendererInput } from '@rapporteur/fixtures/renderer-input'
import { renderHtml } from '../src/index.js'

// What a JavaScript caller may hand the renderer, as every renderer is tested on it.
describeRendererInput('renderHtml', (report, options) => renderHtml(report as never, options))
