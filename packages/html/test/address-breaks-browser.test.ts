import { addressBreaks, loadReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
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

describe('addresses in the HTML', () => {
  it('carry a <wbr> where core lets them break', async () => {
    const html = renderHtml(await loadReport(examplePath))
    expect(html).toContain(
      '<span class="address-part">https://www</span><wbr><span class="address-part">.un</span><wbr>',
    )
  })

  it('break in Chromium at a narrow width only where core lets them, never after a dot', async () => {
    const url = folder.write('addresses.html', renderHtml(await loadReport(examplePath))).url
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    try {
      const page = await context.newPage()
      await page.goto(url)
      // For each address shown as a link's text: the offsets where a new line starts.
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('a.shows-url')].map((link) => {
          const text = link.textContent ?? ''
          const starts: number[] = []
          let offset = 0
          let lastTop: number | null = null
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const value = node.textContent ?? ''
            for (let index = 0; index < value.length; index++) {
              const range = document.createRange()
              range.setStart(node, index)
              range.setEnd(node, index + 1)
              const top = range.getClientRects()[0]?.top ?? null
              if (top !== null && lastTop !== null && top > lastTop + 2) starts.push(offset + index)
              if (top !== null) lastTop = top
            }
            offset += value.length
          }
          return { text, starts }
        }),
      )
      const broken = found.filter((address) => address.starts.length > 0)
      // At 375 pixels many of the example's addresses are longer than a line.
      expect(broken.length).toBeGreaterThan(3)
      expectBreaksAllowed(broken)
    } finally {
      await context.close()
    }
  })

  it('break in print, after the words of a link, only where core lets them', async () => {
    const report = await loadReport(examplePath)
    // The example's links show their addresses; one whose words are not its address is added.
    const withWords = {
      ...report,
      footnotes: report.footnotes.map((note, index) =>
        index === 0
          ? {
              ...note,
              content: [
                ...note.content,
                { type: 'text' as const, value: ' See ' },
                {
                  type: 'link' as const,
                  url: 'https://www.ohchr.org/en/documents/reports/summary-consultation-parliamentarians-global-compact-migration-2022/annex-provisional-agenda.pdf',
                  children: [{ type: 'text' as const, value: 'the agenda' }],
                },
                { type: 'text' as const, value: '.' },
              ],
            }
          : note,
      ),
    }
    const url = folder.write('print-addresses.html', renderHtml(withWords)).url
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    try {
      const page = await context.newPage()
      await page.goto(url)
      await page.emulateMedia({ media: 'print' })
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('.print-address')].map((address) => {
          // The address without the angle brackets around it.
          const text = (address.textContent ?? '').replace(/^ </, '').replace(/>$/, '')
          const starts: number[] = []
          let offset = -2
          let lastTop: number | null = null
          const walker = document.createTreeWalker(address, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const value = node.textContent ?? ''
            for (let index = 0; index < value.length; index++) {
              const range = document.createRange()
              range.setStart(node, index)
              range.setEnd(node, index + 1)
              const top = range.getClientRects()[0]?.top ?? null
              const at = offset + index
              if (top !== null && lastTop !== null && top > lastTop + 2 && at > 0) starts.push(at)
              if (top !== null) lastTop = top
            }
            offset += value.length
          }
          return { text, starts, shown: getComputedStyle(address).display }
        }),
      )
      expect(found.length).toBeGreaterThan(0)
      expect(found.every((address) => address.shown === 'inline')).toBe(true)
      const broken = found.filter((address) => address.starts.length > 0)
      expect(broken.length).toBeGreaterThan(0)
      expectBreaksAllowed(broken)
    } finally {
      await context.close()
    }
  })

  it('show the address after a link only in print', async () => {
    const html = renderHtml(await loadReport(examplePath))
    expect(html).toMatch(/@media print\{[\s\S]*\.print-address\{display:inline/)
    expect(html).toContain('.print-address{display:none}')
  })
})

/** Checks that each address broke only where core lets it, and never after a dot. */
function expectBreaksAllowed(broken: Array<{ text: string; starts: number[] }>): void {
  for (const address of broken) {
    const allowed = addressBreaks(address.text)
    for (const start of address.starts) {
      expect(allowed, `${address.text} broken before offset ${start}`).toContain(start)
      expect(address.text[start - 1]).not.toBe('.')
    }
  }
}
