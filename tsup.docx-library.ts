import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Options } from 'tsup'

/**
 * The tsup options of a package that bundles the docx library instead of depending on
 * it. docx's package declares dependencies that its own build already carries (nanoid,
 * whose version 6 requires Node.js 22, and fflate): installing it would bring packages
 * that leave out Node.js 20, and 19 MB of builds, for about 500 KB that a build uses.
 *
 * The source maps do not embed the library's code (1 MB a map), which the build holds
 * unminified, and list it as code to step over (`ignoreList`).
 */
export const bundledDocxLibrary = {
  noExternal: [/^docx(\/|$)/],
  async onSuccess() {
    for (const name of readdirSync('dist').filter((file) => file.endsWith('.map'))) {
      const file = join('dist', name)
      const map = JSON.parse(readFileSync(file, 'utf8')) as {
        sources: string[]
        sourcesContent?: (string | null)[]
        ignoreList?: number[]
      }
      const library = map.sources.flatMap((source, index) =>
        /[\\/]node_modules[\\/]/.test(source) ? [index] : [],
      )
      for (const index of library) if (map.sourcesContent) map.sourcesContent[index] = null
      map.ignoreList = library
      writeFileSync(file, JSON.stringify(map))
    }
  },
} satisfies Options
