import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Options } from 'tsup'

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/** The name of the file, beside a build's scripts, that carries the licences of the code bundled in them. */
const noticesFileName = 'THIRD-PARTY-NOTICES.md'

/** One bundled package's notice: what it is and its licence's own words. */
interface Notice {
  /** `name version`, as the notice's heading gives it. */
  heading: string
  /** The licence file's text, or where there is none, what the package's manifest says. */
  text: string
}

const licenceFile = /^(licen[cs]e|copying)([-.](md|txt|markdown|mit))?$/i

/** The package a bundled file belongs to: its folder, from the last `node_modules` of the path. */
function packageFolder(path: string): string | undefined {
  const parts = path.split(/[\\/]/)
  const last = parts.lastIndexOf('node_modules')
  if (last < 0 || last + 1 >= parts.length) return undefined
  const length = parts[last + 1]!.startsWith('@') ? 3 : 2
  return parts.slice(0, last + length).join('/')
}

/** The MIT licence's words, for a package under it that ships no licence file. */
const mitLicence = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`

function noticeOf(folder: string): Notice {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name: string
    version: string
    license?: string
    licenses?: { type?: string }[]
    author?: string | { name?: string }
  }
  const heading = `${manifest.name} ${manifest.version}`
  const file = readdirSync(folder)
    .filter((name) => licenceFile.test(name))
    .sort()[0]
  if (file !== undefined)
    return {
      heading,
      text: readFileSync(join(folder, file), 'utf8').replace(/\r\n?/g, '\n').trim(),
    }
  const licence = manifest.license ?? manifest.licenses?.map((entry) => entry.type).join(' OR ')
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name
  const statement = `Licensed under ${licence ?? 'the terms its authors give'}${author ? ` by ${author}` : ''}; the package ships no licence file.`
  return {
    heading,
    text:
      licence === 'MIT'
        ? `${statement} The MIT licence's words:\n\nCopyright (c) ${author ?? `the authors of ${manifest.name}`}\n\n${mitLicence}`
        : statement,
  }
}

/** Reads the notices of a file written by `writeNotices`. */
function readNotices(file: string): Notice[] {
  return readFileSync(file, 'utf8')
    .split(/^## /m)
    .slice(1)
    .map((entry) => {
      const end = entry.indexOf('\n')
      return { heading: entry.slice(0, end), text: entry.slice(end + 1).trim() }
    })
}

function writeNotices(file: string, notices: Iterable<Notice>): void {
  const sorted = [...new Map([...notices].map((notice) => [notice.heading, notice])).values()].sort(
    (a, b) => (a.heading < b.heading ? -1 : a.heading > b.heading ? 1 : 0),
  )
  const entries = sorted.map((notice) => `## ${notice.heading}\n\n${notice.text}\n`)
  writeFileSync(
    file,
    [
      '# Third-party notices\n',
      'The scripts beside this file carry code of the following packages, each under its own licence, given here in its own words.\n',
      ...entries,
    ].join('\n'),
  )
}

/**
 * An esbuild plugin that writes, beside a build's scripts, `THIRD-PARTY-NOTICES.md`:
 * the name, version and licence of every package whose code the build bundles, read
 * from the build's own list of inputs, so that a package published with bundled code
 * carries the notices its licences ask for. A workspace package's build that is
 * bundled in turn brings the notices of what it bundled.
 */
export const bundledNotices: Plugin = {
  name: 'bundled-notices',
  setup(build) {
    build.initialOptions.metafile = true
    const workingFolder = build.initialOptions.absWorkingDir ?? process.cwd()
    build.onEnd((result) => {
      if (!result.metafile || result.errors.length > 0) return
      const outFolder = resolve(
        workingFolder,
        build.initialOptions.outdir ?? dirname(build.initialOptions.outfile ?? 'dist/index.js'),
      )
      const notices: Notice[] = []
      const folders = new Set<string>()
      for (const input of Object.keys(result.metafile.inputs)) {
        const path = input.replace(/^[a-z-]+:/, '')
        const folder = packageFolder(path)
        if (folder !== undefined) {
          folders.add(resolve(workingFolder, folder))
          continue
        }
        // A workspace package's build: the notices written beside it.
        const beside = join(resolve(workingFolder, dirname(path)), noticesFileName)
        if (resolve(workingFolder, dirname(path)) !== outFolder && existsSync(beside))
          notices.push(...readNotices(beside))
      }
      for (const folder of folders) notices.push(noticeOf(folder))
      if (notices.length === 0) return
      // The scripts are written after this, into a folder a clean build has not made yet.
      mkdirSync(outFolder, { recursive: true })
      writeNotices(join(outFolder, noticesFileName), notices)
    })
  },
}
