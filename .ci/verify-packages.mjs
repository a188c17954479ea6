// Proves the packed packages, as users get them: publint and are-the-types-wrong on each
// tarball, an install of the tarballs (not the workspace) into a scratch project, ESM and
// CommonJS use, the packed CLI, a TypeScript consumer, and size budgets.
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'

const root = resolve(import.meta.dirname, '..')
const pnpm = join(root, 'node_modules', '.bin', 'pnpm')
const attw = join(root, 'node_modules', '.bin', 'attw')
const typescript = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const example = join(root, 'examples', 'gcm-parliamentarians-2022', 'report.md')

/** Budgets in KiB: the packed tarball, and what it unpacks to. Raise one only on purpose. */
const budgets = {
  // Each build (ESM, CommonJS) carries its Markdown and YAML parsers, which are then not
  // installed as dependencies: one file loads far faster than hundreds of small modules.
  // It also checks what the parsers let through: nesting limits, JSON positions, leaks,
  // and carries the labels and conventions of the six built-in languages, and every
  // field's documentation for the JSON Schemas, which are files of their own too (~70 KiB),
  // the digest's gathering of marked recommendations and calls, where addresses may break,
  // and the fitting of running heads; each language's forms of names, its abbreviations,
  // contractions and capitals at the start of a sentence, and its numerals (Arabic
  // ordinals, Chinese numerals) and labels of sections and paragraphs.
  '@rapporteur/core': { packed: 430, unpacked: 2100 },
  '@rapporteur/html': { packed: 60, unpacked: 250 },
  // With Word's house styles, bookmarks on every anchor and filled application properties.
  // Also the width of agenda times, note separators and right-to-left properties, the
  // running head's widths and the caption of a recommendations list.
  // It bundles the docx library (~530 KiB in each of the ESM and CommonJS builds; the source
  // maps leave its code out), which users then do not install: docx's package is 5 MB
  // packed, 19 MB unpacked, and brings nanoid 6, which requires Node.js 22.
  // It estimates the count of pages for the NUMPAGES field's result, and names faces
  // for the scripts Times New Roman lacks.
  '@rapporteur/docx': { packed: 440, unpacked: 2000 },
  // The PDF carries its own text engine (bidi, itemising, line breaking, Knuth–Plass), with
  // the line break classes of Latin text and the lookup in the hyphenation patterns' trie;
  // HarfBuzz, the Unicode tables, the patterns and the fonts are dependencies.
  // It also makes the HTML's web fonts from its font set (the choice of a face for each
  // character, HarfBuzz's subsetter, the WOFF2 encoder's adapter; wawoff2 is a dependency),
  // and keeps set paragraphs between processes. It embeds its fonts itself (CID fonts, their
  // descriptors read from the font files, HarfBuzz's subsets at their own glyph ids).
  '@rapporteur/pdf': { packed: 265, unpacked: 990 },
  // Reads returned drafts (xmldom and fflate are dependencies) and writes the comment
  // matrix and the redlines (HTML, and DOCX with tracked changes, with the diff package
  // bundled); ESM and CommonJS builds with their source maps. The docx library, for the
  // DOCX it writes, is bundled as in @rapporteur/docx.
  '@rapporteur/review': { packed: 460, unpacked: 2050 },
  // The command line bundles the five packages and their dependencies (minified), so that
  // a build starts from a few files; it installs only the font packages, HarfBuzz and the
  // hyphenation patterns, which the PDF reads at run time.
  // The docx library, which the DOCX renderer and the comment matrix share, is one script.
  // The comments command adds the review package (xmldom and its own code, ~40 KiB packed).
  // The language server (`rapporteur lsp`) adds vscode-languageserver (~40 KiB packed).
  // The live preview's page carries pdf.js and its worker to draw the PDF in the browser
  // with no request outside the local server (~480 KiB packed, 1.7 MiB unpacked); they are
  // files of their own, loaded only by the page, never by a command.
  // Each build's THIRD-PARTY-NOTICES.md gives the licence of every package it bundles
  // (~145 KiB unpacked, ~10 KiB packed, for the command line's 113).
  rapporteur: { packed: 1180, unpacked: 4100 },
}
const folders = [
  'packages/core',
  'packages/html',
  'packages/docx',
  'packages/pdf',
  'packages/review',
  'apps/cli',
]

const failures = []
const fail = (message) => {
  failures.push(message)
  console.error(`✗ ${message}`)
}
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })

/** The files of a .tgz, by path inside the package (`dist/index.js`). */
function tarEntries(tarball) {
  const tar = gunzipSync(readFileSync(tarball))
  const entries = new Map()
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start, end) => header.subarray(start, end).toString('utf8').replace(/\0.*$/s, '')
    const length = Number.parseInt(field(124, 136).trim() || '0', 8)
    const name = `${field(345, 500)}${field(345, 500) ? '/' : ''}${field(0, 100)}`
    entries.set(name.replace(/^package\//, ''), tar.subarray(offset + 512, offset + 512 + length))
    offset += 512 + Math.ceil(length / 512) * 512
  }
  return entries
}

/** The unpacked size of a .tgz: the sum of its files' sizes. */
function unpackedSize(tarball) {
  let size = 0
  for (const data of tarEntries(tarball).values()) size += data.length
  return size
}

const noticesFile = 'THIRD-PARTY-NOTICES.md'

/** The packages a notices file names, by name, with the text given for each. */
function noticesIn(text) {
  return new Map(
    text
      .split(/^## /m)
      .slice(1)
      .map((entry) => {
        const heading = entry.slice(0, entry.indexOf('\n'))
        return [heading.slice(0, heading.lastIndexOf(' ')), entry.slice(heading.length).trim()]
      }),
  )
}

/**
 * The packages whose code a packed script carries, named by its source map's sources or,
 * in an unminified build, by the path comments esbuild writes before each bundled module.
 */
function bundledPackages(entries) {
  const names = new Map()
  const add = (path, script) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path)
    if (!match) return
    const folder = script.slice(0, script.lastIndexOf('/') + 1)
    if (!names.has(folder)) names.set(folder, new Set())
    names.get(folder).add(match[1])
  }
  for (const [path, data] of entries) {
    if (path.endsWith('.map')) {
      for (const source of JSON.parse(data.toString('utf8')).sources) add(source, path)
    } else if (/\.(c|m)?js$/.test(path)) {
      for (const match of data.toString('utf8').matchAll(/^\/\/ (\S*node_modules\/\S+)$/gm))
        add(match[1], path)
    }
  }
  return names
}

/** Notices of each package, by name, kept to check the command line's against. */
const packageNotices = new Map()

/**
 * Checks that a packed package carries, beside each of its scripts that bundle other
 * packages' code, a notices file naming every one of them with its licence's text.
 */
function checkNotices(manifest, entries) {
  const failuresBefore = failures.length
  const all = new Map()
  for (const [folder, names] of bundledPackages(entries)) {
    const file = entries.get(`${folder}${noticesFile}`)
    if (!file) {
      fail(`${manifest.name}: ${folder}${noticesFile} is missing, for ${[...names].join(', ')}`)
      continue
    }
    const notices = noticesIn(file.toString('utf8'))
    for (const name of names) {
      const text = notices.get(name)
      if (text === undefined)
        fail(`${manifest.name}: ${folder}${noticesFile} does not name ${name}`)
      else if (!/licen[cs]e|permission/i.test(text) || text.length < 40)
        fail(`${manifest.name}: ${folder}${noticesFile} gives no licence for ${name}`)
    }
  }
  for (const [path, data] of entries)
    if (path.endsWith(noticesFile))
      for (const [name, text] of noticesIn(data.toString('utf8'))) all.set(name, text)
  packageNotices.set(manifest.name, all)
  if (failures.length === failuresBefore)
    console.log(
      `${manifest.name}: ${noticesFile} names every package its builds carry (${all.size})`,
    )
}

const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-packages-'))
const tarballs = join(scratch, 'tarballs')
mkdirSync(tarballs)
const packed = []

for (const folder of folders) {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
  // npm publishes with provenance only when the package names its repository and folder.
  if (!manifest.repository?.url || manifest.repository.directory !== folder)
    fail(
      `${manifest.name}: package.json needs "repository" with its url and "directory": "${folder}"`,
    )
  const before = new Set(readdirSync(tarballs))
  run(pnpm, ['pack', '--pack-destination', tarballs], { cwd: join(root, folder) })
  const file = readdirSync(tarballs).find((name) => !before.has(name))
  const tarball = join(tarballs, file)
  packed.push({ name: manifest.name, tarball })

  const { messages } = await publint({
    pack: { tarball: readFileSync(tarball).buffer },
    level: 'warning',
    strict: true,
  })
  for (const message of messages)
    fail(`${manifest.name}: publint: ${formatMessage(message, manifest) ?? message.code}`)
  if (messages.length === 0) console.log(`${manifest.name}: publint finds nothing to mend`)

  try {
    if (manifest.exports) {
      run(attw, [tarball, '--format', 'table-flipped'])
      console.log(`${manifest.name}: are-the-types-wrong finds no problem`)
    }
  } catch (error) {
    fail(`${manifest.name}: are-the-types-wrong:\n${error.stdout}${error.stderr}`)
  }

  checkNotices(manifest, tarEntries(tarball))

  const size = { packed: statSync(tarball).size, unpacked: unpackedSize(tarball) }
  const budget = budgets[manifest.name]
  const kib = (bytes) => (bytes / 1024).toFixed(1)
  console.log(
    `${manifest.name}: ${kib(size.packed)} KiB packed, ${kib(size.unpacked)} KiB unpacked (budget ${budget.packed} / ${budget.unpacked} KiB)`,
  )
  if (size.packed > budget.packed * 1024)
    fail(
      `${manifest.name}: packed size ${kib(size.packed)} KiB is over its budget of ${budget.packed} KiB`,
    )
  if (size.unpacked > budget.unpacked * 1024)
    fail(
      `${manifest.name}: unpacked size ${kib(size.unpacked)} KiB is over its budget of ${budget.unpacked} KiB`,
    )
}

// The command line bundles the five packages, so it carries what each of them bundles, and
// their own dependencies but the few it installs (the fonts, HarfBuzz, the patterns).
{
  const commandLine = packageNotices.get('rapporteur') ?? new Map()
  const cliManifest = JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8'))
  const installed = new Set(Object.keys(cliManifest.dependencies ?? {}))
  const expected = new Set()
  for (const folder of folders.filter((folder) => folder !== 'apps/cli')) {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
    for (const name of packageNotices.get(manifest.name)?.keys() ?? []) expected.add(name)
    for (const name of Object.keys(manifest.dependencies ?? {}))
      if (!name.startsWith('@rapporteur/') && !installed.has(name)) expected.add(name)
  }
  const missing = [...expected].filter((name) => !commandLine.has(name))
  if (missing.length > 0)
    fail(`rapporteur: dist/${noticesFile} does not name ${missing.join(', ')}, which it bundles`)
  else
    console.log(
      `rapporteur: dist/${noticesFile} names every package the five bring (${expected.size})`,
    )
}

const project = join(scratch, 'project')
mkdirSync(project)
const fileSpecs = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]))
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify(
    {
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: fileSpecs,
      overrides: fileSpecs,
    },
    null,
    2,
  ),
)
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project })

const renderAll = (load) => `
const core = ${load('@rapporteur/core')}
const { renderHtml } = ${load('@rapporteur/html')}
const { renderDocx } = ${load('@rapporteur/docx')}
const { renderPdf } = ${load('@rapporteur/pdf')}
const { collectReview } = ${load('@rapporteur/review')}
const report = await core.loadReport(${JSON.stringify(example)})
const resolved = core.resolveReport(report, { variant: 'final' })
const html = renderHtml(resolved)
const docx = await renderDocx(resolved)
const pdf = await renderPdf(resolved)
if (!html.startsWith('<!doctype html>') && !html.startsWith('<!DOCTYPE html>')) throw new Error('no HTML page')
if (docx[0] !== 0x50 || docx[1] !== 0x4b) throw new Error('the DOCX is not a zip')
if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') throw new Error('no PDF')
const { readFileSync } = ${load('node:fs')}
const review = collectReview(readFileSync(${JSON.stringify(example)}), [{ file: 'final.docx', bytes: docx }], { variant: 'final' })
if (review.items.length !== 0 || review.warnings.length !== 0) throw new Error('a fresh DOCX read as commented')
console.log('rendered', html.length, docx.length, pdf.length)
`
writeFileSync(
  join(project, 'use-esm.mjs'),
  renderAll((name) => `await import(${JSON.stringify(name)})`),
)
writeFileSync(
  join(project, 'use-cjs.cjs'),
  `(async () => {${renderAll((name) => `require(${JSON.stringify(name)})`)}})().catch((error) => { console.error(error); process.exit(1) })`,
)
for (const script of ['use-esm.mjs', 'use-cjs.cjs']) {
  try {
    console.log(`${script}: ${run(process.execPath, [script], { cwd: project }).trim()}`)
  } catch (error) {
    fail(`${script} failed:\n${error.stdout}${error.stderr}`)
  }
}

// @rapporteur/docx and @rapporteur/review each carry the docx library; the CLI builds them
// from their source so that its scripts share one copy (docx-library.cjs). A string only
// the library writes (a compatibility setting of word/settings.xml) finds each copy.
const cliScripts = join(project, 'node_modules', 'rapporteur', 'dist')
const withDocxLibrary = readdirSync(cliScripts).filter(
  (name) =>
    name.endsWith('.cjs') &&
    readFileSync(join(cliScripts, name), 'latin1').includes('w:adjustLineHeightInTable'),
)
if (withDocxLibrary.join() !== 'docx-library.cjs')
  fail(
    `the packed CLI should hold the docx library once, in docx-library.cjs, not in: ${withDocxLibrary.join(', ')}`,
  )
else console.log('rapporteur: the docx library is in docx-library.cjs only')

const cli = join(project, 'node_modules', '.bin', 'rapporteur')
try {
  console.log(`rapporteur --version: ${run(cli, ['--version'], { cwd: project }).trim()}`)
  run(cli, ['build', example, '--variant', 'final', '--out', join(project, 'out')], {
    cwd: project,
  })
  const built = readdirSync(join(project, 'out'), { recursive: true }).filter((name) =>
    /\.(pdf|docx|html)$/.test(name),
  )
  if (built.length !== 3)
    fail(`the packed CLI built ${built.length} files, not 3: ${built.join(', ')}`)
  else console.log(`rapporteur build: ${built.sort().join(', ')}`)
  const matrix = JSON.parse(
    run(
      cli,
      [
        'comments',
        join(project, 'out', 'gcm-parliamentarians-2022', 'final.docx'),
        '--source',
        example,
        '--variant',
        'final',
      ],
      { cwd: project },
    ),
  )
  if (matrix.items.length !== 0)
    fail(`the packed CLI read ${matrix.items.length} comments from a fresh DOCX`)
  else console.log('rapporteur comments: reads a fresh DOCX as uncommented')
} catch (error) {
  fail(`the packed CLI failed:\n${error.stdout}${error.stderr}`)
}

writeFileSync(
  join(project, 'consumer.ts'),
  `import { type Inline, type Report, type ResolvedReport, loadReport, resolveReport } from '@rapporteur/core'
import { renderHtml } from '@rapporteur/html'
import { renderDocx } from '@rapporteur/docx'
import { renderPdf } from '@rapporteur/pdf'

const report: Report = await loadReport('report.md')
const resolved: ResolvedReport = resolveReport(report, { variant: 'draft' })
const page: string = renderHtml(resolved)
const word: Uint8Array = await renderDocx(resolved, { pageSize: 'Letter' })
const print: Uint8Array = await renderPdf(report, { pageSize: 'A4' })
export const sizes: number[] = [page.length, word.length, print.length]
// The published types refuse a typo in an inline node, as the source's do.
export const typo: Inline[] = [
  // @ts-expect-error a node type that does not exist ('mentoin')
  { type: 'mentoin', person: 'omidvar' },
]
`,
)
writeFileSync(
  join(project, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: [],
      skipLibCheck: false,
      lib: ['ES2023', 'DOM'],
    },
    files: ['consumer.ts'],
  }),
)
try {
  run(process.execPath, [typescript, '-p', project], { cwd: project })
  console.log('TypeScript consumer: types check')
} catch (error) {
  fail(`the TypeScript consumer does not type-check:\n${error.stdout}${error.stderr}`)
}

if (failures.length > 0) {
  console.error(
    `\n${failures.length} problem(s) with the packed packages; scratch project kept at ${project}`,
  )
  process.exit(1)
}
rmSync(scratch, { recursive: true, force: true })
console.log('\nEvery package installs and works from its tarball.')
