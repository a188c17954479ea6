import { describeRendererInput } from '@rapporteur/fixtures/renderer-input'
import { renderDocx } from '../src/index.js'

// What a JavaScript caller may hand the renderer, as every renderer is tested on it.
describeRendererInput('renderDocx', (report, options) => renderDocx(report as never, options))
