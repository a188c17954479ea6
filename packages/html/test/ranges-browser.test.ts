import { parseReport, resolveReport } from '@rapporteur/core'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { pageFolder } from './page-files.js'

const folder = pageFolder()
let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
  })
})

afterAll(async () => {
  await browser?.close()
  folder.remove()
})

/** Sentences whose ranges fall at every place along a line: each starts with a longer word. */
const sentences = Array.from(
  { length: 40 },
  (_, index) => `${'w'.repeat(index + 1)} met on 17–20 May 2022, in 1990-2000 and in 2001–2010.`,
).join(' ')

const source = (frontMatter: string) =>
  `---\ntitle: Ranges\nfacilitator: Secretariat\ndate: 2024-01-01\nmodality: virtual\n${frontMatter}---\n\n# Discussion\n\n${sentences}\n`

/** What Chromium shows of the report's paragraphs at a phone's width. */
async function shown(frontMatter: string) {
  const report = resolveReport(parseReport(source(frontMatter), { filename: 'report.md' }), {
    variant: 'final',
  })
  const { url } = folder.write('ranges.html', renderHtml(report))
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(url)
    return await page.evaluate(() => {
      // Each line of the paragraphs as the browser lays it out, and the widths of word joiners.
      const lines: string[] = []
      const joinerWidths: number[] = []
      for (const paragraph of document.querySelectorAll('main p')) {
        let line = ''
        let lastTop: number | null = null
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const value = node.textContent ?? ''
          for (let index = 0; index < value.length; index++) {
            const range = document.createRange()
            range.setStart(node, index)
            range.setEnd(node, index + 1)
            const rectangle = range.getBoundingClientRect()
            if (value[index] === '\u2060') joinerWidths.push(rectangle.width)
            if (rectangle.height > 0 && value[index] !== ' ') {
              if (lastTop !== null && rectangle.top > lastTop + 2) {
                lines.push(line)
                line = ''
              }
              lastTop = rectangle.top
            }
            line += value[index]
          }
        }
        lines.push(line)
      }
      return { lines, joinerWidths }
    })
  } finally {
    await context.close()
  }
}

describe('ranges in the HTML', () => {
  it('never end a line with the dash of a range in Chromium, and the joiner takes no room', async () => {
    const { lines, joinerWidths } = await shown('')
    expect(lines.length).toBeGreaterThan(40)
    expect(lines.filter((line) => /–\s*$/u.test(line))).toEqual([])
    expect(joinerWidths.length).toBe(120)
    expect(joinerWidths.every((width) => width === 0)).toBe(true)
  })

  it('end a line with the dash when typography is off, as the test expects to find', async () => {
    const { lines } = await shown('typography: false\n')
    expect(lines.filter((line) => /–\s*$/u.test(line)).length).toBeGreaterThan(0)
  })
})
