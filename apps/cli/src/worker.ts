import { loadProgram } from './program-loader.js'

const { program, saveCaches } = loadProgram({ saveCache: false })
void program.serveBuildWorker({ afterDocument: saveCaches })
