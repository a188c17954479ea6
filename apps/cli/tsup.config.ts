import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/cli.ts', 'src/build-worker.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
})
