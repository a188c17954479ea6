import { defineConfig } from 'tsup'
import { bundledNotices } from '../../tsup.bundled-notices.js'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  esbuildPlugins: [bundledNotices],
  // The Markdown and YAML parsers are implementation details: each build carries its
  // own copy (one file loads far faster than hundreds of small modules, and the
  // unified ecosystem ships ES modules only). zod is the public schema API: shared.
  noExternal: [/^(?!zod$)/],
  // Neutral: the ES module builds of dependencies, for Node.js and browsers alike.
  platform: 'neutral',
  external: [/^node:/],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main']
  },
})
