import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A piece of text as poppler's `pdftohtml -xml` boxes it, in points from the page's top. */
interface TextBox {
  top: number
  bottom: number
  left: number
  right: number
  size: number
}

/** What a reader sees at the foot of one page, measured by poppler. */
export interface PageFoot {
  /** 1-based page number. */
  page: number
  /** Bottom of the lowest box of body text (9 points or more) above the notes. */
  bodyBottom: number
  /** Top of the notes' separator rule, found in the page's pixels; null on a page without notes. */
  rule: number | null
  /** The white space between the last body line and the rule, or the foot of the frame. */
  gap: number
  /** The next page opens with a centred heading, an annex's label: an annex starts a new page. */
  beforeAnnex: boolean
  /** The document's last page. */
  last: boolean
}

function textBoxes(path: string): { height: number; width: number; boxes: TextBox[] }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-zoom', '1', '-stdout', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const sizes = new Map<string, number>()
  const pages: { height: number; width: number; boxes: TextBox[] }[] = []
  const pattern =
    /<page number="\d+"[^>]*height="([\d.]+)" width="([\d.]+)"|<fontspec id="(\d+)" size="([\d.]+)"|<text top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)" font="(\d+)">(.*?)<\/text>/g
  for (const match of xml.matchAll(pattern)) {
    if (match[1] !== undefined) pages.push({ height: +match[1], width: +match[2]!, boxes: [] })
    else if (match[3] !== undefined) sizes.set(match[3], +match[4]!)
    else if (match[10]!.replace(/<[^>]+>/g, '').trim() !== '') {
      const top = +match[5]!
      const left = +match[6]!
      pages[pages.length - 1]!.boxes.push({
        top,
        bottom: top + +match[8]!,
        left,
        right: left + +match[7]!,
        size: sizes.get(match[9]!) ?? 0,
      })
    }
  }
  return pages
}

/** Rows (in points) where a dark horizontal stroke 100–120 points long starts, per page, read from a 72 dpi greyscale raster. */
function separatorRows(path: string): number[][] {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-feet-'))
  execFileSync('pdftoppm', ['-gray', '-r', '72', path, join(folder, 'page')])
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const data = readFileSync(join(folder, name))
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!
      const [width, height] = [+header[1]!, +header[2]!]
      const offset = header[0].length
      const rows: number[] = []
      for (let y = 0; y < height; y++) {
        let run = 0
        for (let x = 0; x <= width; x++) {
          const dark = x < width && data[offset + y * width + x]! < 200
          if (dark) run++
          else {
            if (run >= 100 && run <= 120) rows.push(y)
            run = 0
          }
        }
      }
      return rows
    })
}

/**
 * Measures each page's foot as a reader sees it: the white space between the last line of
 * body text and the notes' separator rule (or the foot of the text frame, `frameFoot`
 * points from the top, on a page without notes).
 */
export function pageFeet(path: string, frameFoot: number): PageFoot[] {
  const pages = textBoxes(path)
  const rules = separatorRows(path)
  const bodyText = (box: TextBox, page: { height: number; width: number }) =>
    box.size >= 9 &&
    box.size <= 20 &&
    box.top > 60 &&
    box.bottom < page.height - 60 &&
    box.left >= 60 &&
    box.right <= page.width - 60
  return pages.map((page, index) => {
    const noteTops = page.boxes
      .filter((box) => box.size >= 7.5 && box.size < 9 && box.bottom < page.height - 60)
      .map((box) => box.top)
    // The separator is the lowest such stroke with note text below it.
    const rule =
      [...(rules[index] ?? [])].reverse().find((row) => noteTops.some((top) => top > row)) ?? null
    const body = page.boxes.filter(
      (box) => bodyText(box, page) && (rule === null || box.bottom <= rule),
    )
    const bodyBottom = Math.max(...body.map((box) => box.bottom))
    const next = pages[index + 1]
    const opening = next?.boxes
      .filter((box) => bodyText(box, next))
      .sort((a, b) => a.top - b.top)[0]
    return {
      page: index + 1,
      bodyBottom,
      rule,
      gap: (rule ?? frameFoot) - bodyBottom,
      beforeAnnex:
        opening !== undefined &&
        opening.size >= 10.5 &&
        Math.abs((opening.left + opening.right) / 2 - next!.width / 2) < 20,
      last: next === undefined,
    }
  })
}
