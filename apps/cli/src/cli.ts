#!/usr/bin/env node
import { loadProgram } from './program-loader.js'

void loadProgram({ saveCache: true }).main()
