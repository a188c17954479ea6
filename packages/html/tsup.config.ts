import { defineConfig } from 'tsup'
import { bundledNotices } from '../../tsup.bundled-notices.js'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  esbuildPlugins: [bundledNotices],
  // The hast utilities are implementation details and ship ES modules only: each
  // build carries its own copy. Core is shared.
  noExternal: [/^(?!@rapporteur\/)/],
})
