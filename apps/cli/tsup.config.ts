import { defineConfig } from 'tsup'

/**
 * The command line is built as one self-contained program: Rapporteur's packages and
 * their dependencies are bundled in, so that a build starts without resolving and
 * compiling hundreds of modules. Only the font files stay in their packages.
 */
export default defineConfig({
  entry: ['src/cli.ts', 'src/build-worker.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  clean: true,
  // UNMINIFIED=1 keeps the names, for reading a profile.
  minify: process.env.UNMINIFIED === undefined,
  noExternal: [/.*/],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as createRequireForBundle } from 'node:module'",
      'const require = createRequireForBundle(import.meta.url)',
    ].join('\n'),
  },
  esbuildOptions(options) {
    // The PDF fonts are TrueType files: fontkit's WOFF2 decoder (brotli) is never used.
    options.alias = { 'brotli/decompress.js': './src/no-woff2.js' }
  },
})
