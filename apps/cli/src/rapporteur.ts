/**
 * The whole command-line program, bundled as one script that the launchers
 * (`cli.ts`, `worker.ts`) compile with a V8 code cache.
 */

export { serveBuildWorker } from './build-worker.js'
export { codeUse } from './code-use.js'
export { main } from './main.js'
