import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import { bundledNotices } from '../../tsup.bundled-notices.js'

const packages = ['core', 'html', 'docx', 'pdf', 'review']

/** Libraries two packages use, bundled once as a script of their own: `docx` as `docx-library.cjs`. */
const sharedLibraries: Record<string, string> = { docx: 'docx-library' }

/**
 * The packages whose published builds carry the docx library: their scripts are built
 * from their source instead, so that they require `docx` and the program holds it once.
 */
const sourceBuiltPackages = new Set(['docx', 'review'])

const require = createRequire(import.meta.url)

/**
 * Each of Rapporteur's packages goes into one script of its own, `<name>.cjs`; the
 * program and the other packages require it there, through the launcher.
 */
const packageScripts: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'package-scripts',
  setup(build) {
    build.onResolve({ filter: /^@rapporteur\/(core|html|docx|pdf|review)$/ }, (args) => {
      const name = args.path.slice('@rapporteur/'.length)
      if (!args.importer.endsWith(`bundle-entries/${name}.ts`))
        return { path: args.path, external: true }
      return sourceBuiltPackages.has(name)
        ? { path: join(dirname(require.resolve(`${args.path}/package.json`)), 'src', 'index.ts') }
        : undefined
    })
    build.onResolve({ filter: /^docx$/ }, (args) =>
      args.importer.endsWith(`bundle-entries/${sharedLibraries[args.path]}.ts`)
        ? undefined
        : { path: args.path, external: true },
    )
  },
}

/**
 * Modules that build large tables as they load, for what a build seldom or never
 * uses: pdfkit's text wrapping and the PDF renderer's breaking of text beyond Latin
 * and punctuation (linebreak's Unicode tables), fontkit's shaping (the Unicode
 * properties table; the PDF renderer shapes with HarfBuzz) and pdfkit's encryption
 * (AES tables). Each becomes a stand-in that loads the real module on first use, so
 * that a build does not pay for them.
 */
const lazyModules: Record<string, string> = {
  linebreak: [
    'let real',
    "export default function LineBreaker(text) { real ??= require('linebreak'); return new real(text) }",
  ].join('\n'),
  'unicode-properties': [
    'let real',
    "const properties = () => (real ??= require('unicode-properties'))",
    ...['getCategory', 'getCombiningClass', 'getScript', 'isDigit', 'isMark'].map(
      (name) => `export const ${name} = (codePoint) => properties().${name}(codePoint)`,
    ),
  ].join('\n'),
  '@noble/ciphers/aes': [
    'let real',
    "const aes = () => (real ??= require('@noble/ciphers/aes'))",
    'export const cbc = (...parameters) => aes().cbc(...parameters)',
    'export const ecb = (...parameters) => aes().ecb(...parameters)',
  ].join('\n'),
}

const lazyPdfkitModules: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-pdfkit-modules',
  setup(build) {
    const filter = new RegExp(
      `^(${Object.keys(lazyModules)
        .map((name) => name.replace(/[/]/g, '\\/'))
        .join('|')})$`,
    )
    build.onResolve({ filter }, (args) =>
      /[\\/](pdfkit[\\/]js|fontkit[\\/]dist|packages[\\/]pdf[\\/]dist)[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'lazy-module', pluginData: args.resolveDir }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({
      contents: lazyModules[args.path],
      loader: 'js',
      // The real module is found from pdfkit's folder, and bundled to load on first use.
      resolveDir: args.pluginData as string,
    }))
  },
}

/**
 * The command line is built as a self-contained program: the command line itself
 * (`rapporteur.cjs`), and Rapporteur's packages with their dependencies bundled in
 * (`core.cjs`, `html.cjs`, `docx.cjs`, `pdf.cjs`), so that a build starts without
 * resolving and compiling hundreds of modules. Only the font files stay in their
 * packages. Two small launchers load these scripts through a V8 code cache:
 * `cli.cjs` (the `rapporteur` binary) and `worker.cjs` (a build worker thread).
 */
export default defineConfig([
  {
    entry: {
      cli: 'src/cli.ts',
      worker: 'src/worker.ts',
      rapporteur: 'src/rapporteur.ts',
      ...Object.fromEntries(
        [...packages, ...Object.values(sharedLibraries)].map((name) => [
          name,
          `src/bundle-entries/${name}.ts`,
        ]),
      ),
    },
    // A script, not an ES module, since only scripts can be compiled with a code cache.
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    // The preview page is built beside, into preview/, by the second config.
    clean: ['!preview/**'],
    // UNMINIFIED=1 keeps the names, for reading a profile.
    minify: process.env.UNMINIFIED === undefined,
    noExternal: [/^(?!(@rapporteur\/(core|html|docx|pdf|review)|docx)$)/],
    esbuildPlugins: [packageScripts, lazyPdfkitModules, bundledNotices],
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    esbuildOptions(options) {
      options.define = { ...options.define, 'import.meta.url': 'importMetaUrl' }
      // Lazy imports of bundled modules and of Node's own become lazy `require` calls.
      options.supported = { ...options.supported, 'dynamic-import': false }
      // Non-ASCII characters are escaped, so that the launcher reads the program as Latin-1.
      options.charset = 'ascii'
      options.alias = {
        // The PDF fonts are TrueType files: fontkit's WOFF2 decoder (brotli) is never used.
        'brotli/decompress.js': './src/no-woff2.js',
        // Node's zlib inflates the Unicode tables that linebreak and fontkit build as they load.
        'tiny-inflate': './src/zlib-inflate.cjs',
      }
    },
  },
  /**
   * The preview page (`rapporteur preview`): its script with pdf.js bundled in, its
   * HTML and stylesheet, and pdf.js's worker, served by the preview server as its
   * own files.
   */
  {
    entry: { page: 'src/preview/page/page.ts' },
    outDir: 'dist/preview',
    format: ['esm'],
    platform: 'browser',
    target: 'chrome110',
    sourcemap: false,
    clean: true,
    minify: true,
    noExternal: [/.*/],
    esbuildPlugins: [bundledNotices],
    publicDir: 'src/preview/static',
    outExtension: () => ({ js: '.js' }),
    async onSuccess() {
      const worker = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs')
      copyFileSync(worker, 'dist/preview/pdf.worker.min.mjs')
    },
  },
])
