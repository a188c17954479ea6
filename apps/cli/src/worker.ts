import { loadProgram } from './program-loader.js'

void loadProgram({ saveCache: false }).serveBuildWorker()
