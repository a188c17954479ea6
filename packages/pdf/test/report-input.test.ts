import { describeRendererInput } from '@rapporteur/fixtures/renderer-input'
import { renderPdf } from '../src/index.js'

// What a JavaScript caller may hand the renderer, as every renderer is tested on it.
describeRendererInput('renderPdf', (report, options) => renderPdf(report as never, options))
