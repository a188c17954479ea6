#!/usr/bin/env node
import { loadProgram } from './program-loader.js'
import { tuneV8 } from './v8-tuning.js'

tuneV8()
void loadProgram({ saveCache: true }).program.main()
