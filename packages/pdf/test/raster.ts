import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/** How a rendered page compares with its reference image. */
export interface RasterComparison {
  /** Share of pixels that differ beyond pixelmatch's colour threshold. */
  differentShare: number
  width: number
  height: number
  /** Where the image of the differences was written (differing pixels in red), if any differ. */
  differencePath: string | null
}

/** A part of a page, in pixels at the resolution asked for. */
export interface Crop {
  x: number
  y: number
  width: number
  height: number
}

/** Renders one page of a PDF (or a part of it) to PNG with poppler's pdftoppm, at `resolution` dots per inch. */
export function rasterise(pdfPath: string, page: number, resolution: number, crop?: Crop): PNG {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-raster-'))
  const prefix = join(folder, 'page')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    '-f',
    String(page),
    '-l',
    String(page),
    ...(crop
      ? [
          '-x',
          String(crop.x),
          '-y',
          String(crop.y),
          '-W',
          String(crop.width),
          '-H',
          String(crop.height),
        ]
      : []),
    '-singlefile',
    pdfPath,
    prefix,
  ])
  return PNG.sync.read(readFileSync(`${prefix}.png`))
}

/**
 * Compares a page with its reference image. With `RAPPORTEUR_UPDATE_REFERENCES=1`
 * a missing or different reference is written instead, for a person to look at
 * before it is committed.
 */
export function compareWithReference(page: PNG, referencePath: string): RasterComparison {
  const update = process.env.RAPPORTEUR_UPDATE_REFERENCES === '1'
  if (update || !existsSync(referencePath)) {
    if (!update) throw new Error(`no reference image at ${referencePath}`)
    writeFileSync(referencePath, PNG.sync.write(page))
  }
  const reference = PNG.sync.read(readFileSync(referencePath))
  if (reference.width !== page.width || reference.height !== page.height)
    return { differentShare: 1, width: page.width, height: page.height, differencePath: null }
  const difference = new PNG({ width: page.width, height: page.height })
  const different = pixelmatch(
    reference.data,
    page.data,
    difference.data,
    page.width,
    page.height,
    { threshold: 0.2 },
  )
  let differencePath: string | null = null
  if (different > 0) {
    const name = basename(referencePath, '.png')
    differencePath = join(
      mkdtempSync(join(tmpdir(), 'rapporteur-raster-')),
      `${name}-difference.png`,
    )
    writeFileSync(differencePath, PNG.sync.write(difference))
    writeFileSync(
      differencePath.replace(/-difference\.png$/, '-rendered.png'),
      PNG.sync.write(page),
    )
  }
  return {
    differentShare: different / (page.width * page.height),
    width: page.width,
    height: page.height,
    differencePath,
  }
}
