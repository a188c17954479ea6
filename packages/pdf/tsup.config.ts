import { defineConfig } from 'tsup'
import { bundledNotices } from '../../tsup.bundled-notices.js'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  esbuildPlugins: [bundledNotices],
  shims: true,
})
