import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadReport } from '@rapporteur/core'
import {
  arabicExamplePath,
  examplePath,
  frenchExamplePath,
  hostileReport,
  missingInOrder,
  originalFootnotes,
  originalSentences,
  stressReport,
} from '@rapporteur/fixtures'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { pageFolder } from './page-files.js'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const folder = pageFolder()
let browser: Browser
const pages: Record<string, string> = {}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
  })
  const report = await loadReport(examplePath)
  pages.example = folder.write('example.html', renderHtml(report)).url
  pages.digest = folder.write('digest.html', renderHtml(report, { variant: 'digest' })).url
  pages.internal = folder.write('internal.html', renderHtml(report, { variant: 'internal' })).url
  pages.hostile = folder.write('hostile.html', renderHtml(hostileReport())).url
  pages.stress = folder.write('stress.html', renderHtml(stressReport())).url
  pages.french = folder.write('french.html', renderHtml(await loadReport(frenchExamplePath))).url
  pages.arabic = folder.write('arabic.html', renderHtml(await loadReport(arabicExamplePath))).url
})

afterAll(async () => {
  await browser?.close()
  folder.remove()
})

interface Visit {
  page: Page
  /** Requests for anything but the page's own file. */
  requests: string[]
  /** Dialogs a script opened (alert, confirm, prompt). */
  dialogs: string[]
}

async function visit(
  name: string,
  width: number,
  run: (visit: Visit) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: 800 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (request) => {
    if (request.url() !== pages[name]) requests.push(request.url())
  })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  try {
    await page.goto(pages[name]!, { waitUntil: 'load' })
    await run({ page, requests, dialogs })
  } finally {
    await context.close()
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
  return violations
}

function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
  })
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const name of ['example', 'internal', 'digest', 'french', 'arabic']) {
    for (const width of [1280, 320]) {
      it(`finds no violations in the ${name} page at ${width} px`, async () => {
        await visit(name, width, async ({ page }) => {
          expect(await axeViolations(page)).toEqual([])
        })
      })
    }
  }

  it('finds no violations in the dark colour scheme, whose page is dark with light text', async () => {
    await visit('example', 1280, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      const luminance = await page.evaluate(() => {
        const channels = (colour: string) =>
          colour
            .match(/\d+(\.\d+)?/g)!
            .slice(0, 3)
            .map(Number)
        const mean = (colour: string) => channels(colour).reduce((sum, value) => sum + value, 0) / 3
        const body = getComputedStyle(document.body)
        const paragraph = getComputedStyle(document.querySelector('#para-1')!)
        return { paper: mean(body.backgroundColor), ink: mean(paragraph.color) }
      })
      expect(luminance.paper).toBeLessThan(60)
      expect(luminance.ink).toBeGreaterThan(180)
      expect(await axeViolations(page)).toEqual([])
    })
  })

  it('does find violations, so a clean result means something', async () => {
    await visit('example', 1280, async ({ page }) => {
      await page.evaluate(() => {
        document.documentElement.removeAttribute('lang')
        document.querySelector('.paragraph-number')!.textContent = ''
      })
      const violations = await axeViolations(page)
      expect(violations.some((violation) => violation.startsWith('html-has-lang'))).toBe(true)
    })
  })
})

describe('layout', () => {
  for (const name of ['example', 'hostile', 'stress', 'french', 'arabic']) {
    it(`has no horizontal scroll at 320 px: ${name}`, async () => {
      await visit(name, 320, async ({ page }) => {
        const { scrollWidth, clientWidth } = await horizontalOverflow(page)
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
      })
    })
  }

  it('lays a right-to-left report out from the right: numbers hang in the right gutter', async () => {
    await visit('arabic', 1280, async ({ page }) => {
      const places = await page.evaluate(() => {
        const paragraph = document.querySelector('p.numbered')!
        const number = paragraph.querySelector('.paragraph-number')!
        return {
          direction: getComputedStyle(document.documentElement).direction,
          paragraph: paragraph.getBoundingClientRect().toJSON(),
          number: number.getBoundingClientRect().toJSON(),
        }
      })
      expect(places.direction).toBe('rtl')
      expect(places.number.left).toBeGreaterThanOrEqual(places.paragraph.right - 1)
    })
  })

  it('keeps a readable measure at 1280 px', async () => {
    await visit('example', 1280, async ({ page }) => {
      const width = await page.$eval('#para-1', (element) => element.getBoundingClientRect().width)
      const font = await page.$eval('#para-1', (element) =>
        Number.parseFloat(getComputedStyle(element).fontSize),
      )
      // About 70 characters a line: between 28 and 42 ems of text.
      expect(width / font).toBeGreaterThan(28)
      expect(width / font).toBeLessThan(42)
    })
  })

  it('in print, keeps every heading and every paragraph that introduces a list with what follows', async () => {
    await visit('example', 1280, async ({ page }) => {
      await page.emulateMedia({ media: 'print' })
      const breaks = await page.$$eval('h1, h2, h3, h4, h5, h6, p', (elements) =>
        elements.map((element) => ({
          heading: element.tagName !== 'P',
          last: element.textContent?.trim().slice(-1),
          before: element.nextElementSibling?.tagName ?? null,
          breakAfter: getComputedStyle(element).breakAfter,
        })),
      )
      const headings = breaks.filter((entry) => entry.heading)
      expect(headings.length).toBeGreaterThan(5)
      for (const heading of headings) expect(heading.breakAfter).toBe('avoid')
      // Paragraphs that end with a colon and come before a list (paragraph 7's objectives, …).
      const leadIns = breaks.filter(
        (entry) =>
          !entry.heading && entry.last === ':' && (entry.before === 'UL' || entry.before === 'OL'),
      )
      expect(leadIns.length).toBeGreaterThan(3)
      for (const leadIn of leadIns) expect(leadIn.breakAfter).toBe('avoid')
    })
  })

  it('makes the agenda’s time column as wide as its times, and lists speakers without bullets', async () => {
    await visit('example', 1280, async ({ page }) => {
      const { cell, text, marker } = await page.$eval('.agenda th[scope=row]', (element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        const speakers = document.querySelector('.agenda-speakers')
        return {
          cell: element.getBoundingClientRect().width,
          text: range.getBoundingClientRect().width,
          marker: speakers ? getComputedStyle(speakers).listStyleType : null,
        }
      })
      expect(cell).toBeLessThan(text * 1.5)
      expect(marker).toBe('none')
      // Ruled as the PDF and the DOCX rule it: rules across, none upright, the header's heavier.
      const rules = await page.$$eval('.agenda th, .agenda td', (cells) =>
        cells.map((element) => {
          const style = getComputedStyle(element)
          return {
            upright: parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth),
            below: parseFloat(style.borderBottomWidth),
            header: element.closest('thead') !== null,
          }
        }),
      )
      expect(rules.every((rule) => rule.upright === 0)).toBe(true)
      expect(rules.every((rule) => rule.below > 0)).toBe(true)
      const heaviest = Math.max(...rules.filter((rule) => !rule.header).map((rule) => rule.below))
      for (const rule of rules.filter((rule) => rule.header))
        expect(rule.below).toBeGreaterThan(heaviest)
    })
  })

  it('aligns the contents’ titles in one column, whatever the width of their numerals', async () => {
    for (const width of [1280, 375]) {
      await visit('example', width, async ({ page }) => {
        const starts = await page.$$eval('.contents a', (links) =>
          links.map((link) => {
            const range = document.createRange()
            const title = [...link.childNodes].find(
              (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
            )!
            range.selectNodeContents(title)
            return Math.round(range.getClientRects()[0]!.left)
          }),
        )
        expect(starts.length).toBeGreaterThan(5)
        expect(new Set(starts).size).toBe(1)
      })
    }
  })

  it('makes no requests beyond the page itself', async () => {
    await visit('example', 1280, async ({ requests }) => {
      expect(requests).toEqual([])
    })
  })
})

describe('what a reader reads', () => {
  it('has every sentence and every note of the original, in order', async () => {
    await visit('example', 1280, async ({ page }) => {
      const text = await page.evaluate(() => document.body.innerText)
      expect(missingInOrder(originalSentences(), text)).toEqual([])
      const notes = await page.$eval(
        '[role="doc-endnotes"]',
        (element) => (element as HTMLElement).innerText,
      )
      expect(missingInOrder(originalFootnotes(), notes)).toEqual([])
    })
  })

  it('gives the page a language, a title and a description, and dates a machine can read', async () => {
    await visit('example', 1280, async ({ page }) => {
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.title()).toMatch(/^Consultation with Parliamentarians/)
      expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(
        /^Summary of a virtual/,
      )
      expect(await page.getAttribute('header time', 'datetime')).toBe('2022-02-08')
      expect(await page.textContent('header time')).toBe('8\u00a0February\u00a02022')
    })
  })

  it('shows the draft status and the comment line under the masthead, once', async () => {
    await visit('example', 1280, async ({ page }) => {
      expect(await page.textContent('header .masthead-status')).toBe(
        'Summary report — draft for comment',
      )
      expect(await page.locator('header >> text=/draft for comment/i').count()).toBe(1)
      expect(
        await page.isVisible(
          'header >> text=/Comments on this draft are welcome until 15\u00a0February\u00a02022/',
        ),
      ).toBe(true)
      // Set as the PDF and the DOCX set them: the comment line in italic, the facilitator upright.
      const style = (selector: string) =>
        page.$eval(selector, (element) => getComputedStyle(element).fontStyle)
      expect(await style('header .comment-line')).toBe('italic')
      expect(await style('header .masthead-facilitator')).toBe('normal')
    })
  })

  it('has a section per numeral, headed "I. Background" and so on, listed in the contents', async () => {
    await visit('example', 1280, async ({ page }) => {
      const headings = await page.$$eval(
        'main > section:not(.annex):not(.endnotes) > h2',
        (elements) => elements.map((element) => (element as HTMLElement).innerText),
      )
      expect(headings).toHaveLength(8)
      expect(headings[0]).toBe('I. Background')
      expect(headings[7]).toBe('VIII. Background documents')
      const contents = await page.$$eval('nav a', (links) =>
        links.map((link) => link.getAttribute('href')),
      )
      expect(contents).toEqual([
        ...headings.map((_, index) => `#section-${index + 1}`),
        '#annex-1',
        '#notes',
      ])
    })
  })

  it('has 51 numbered paragraphs, each with its anchor and a visible link to it', async () => {
    await visit('example', 320, async ({ page }) => {
      const paragraphs = await page.$$eval('p[id^="para-"]', (elements) =>
        elements.map((element) => {
          const link = element.querySelector('a.paragraph-number') as HTMLElement | null
          const box = link?.getBoundingClientRect()
          return {
            id: element.id,
            href: link?.getAttribute('href'),
            shown: link?.innerText,
            visible: box !== undefined && box.width > 0 && box.height > 0,
          }
        }),
      )
      expect(paragraphs).toHaveLength(51)
      paragraphs.forEach((paragraph, index) => {
        expect(paragraph).toEqual({
          id: `para-${index + 1}`,
          href: `#para-${index + 1}`,
          shown: `${index + 1}.`,
          visible: true,
        })
      })
    })
  })

  it('lists recommendations as lettered lists named after their speaker', async () => {
    await visit('example', 1280, async ({ page }) => {
      const lists = await page.$$eval('ol[type="A"]', (elements) =>
        elements.map((element) => ({
          label: element.getAttribute('aria-label'),
          first: (element.querySelector('li') as HTMLElement).innerText.slice(0, 3),
        })),
      )
      expect(lists).toEqual([
        { label: 'Recommendations of Ms.\u00a0Omidvar', first: 'A. ' },
        { label: 'Recommendations of Ms.\u00a0Krairiksh', first: 'A. ' },
        { label: 'Recommendations of Mr.\u00a0Santiago', first: 'A. ' },
      ])
    })
  })

  it('shows the agenda as a table with column and row headers, and the documents as links', async () => {
    await visit('example', 1280, async ({ page }) => {
      expect(await page.$$eval('table.agenda thead th[scope="col"]', (cells) => cells.length)).toBe(
        2,
      )
      expect(
        await page.$$eval('table.agenda tbody th[scope="row"]', (cells) => cells.length),
      ).toBeGreaterThan(4)
      const documents = await page.$$eval('#section-8 ol a', (links) =>
        links.map((link) => link.getAttribute('href')),
      )
      expect(documents.length).toBeGreaterThan(5)
      for (const href of documents) expect(href).toMatch(/^https:\/\//)
    })
  })

  it('shows above each recommendations list who made it, in italics, the list named the same', async () => {
    await visit('example', 1280, async ({ page }) => {
      const lists = await page.$$eval('ol.recommendations', (elements) =>
        elements.map((list) => {
          const caption = list.previousElementSibling as HTMLElement
          return {
            caption: caption.innerText,
            italic: getComputedStyle(caption).fontStyle,
            name: list.getAttribute('aria-label'),
          }
        }),
      )
      expect(lists).toEqual(
        ['Ms.\u00a0Omidvar', 'Ms.\u00a0Krairiksh', 'Mr.\u00a0Santiago'].map((speaker) => ({
          caption: `Recommendations of ${speaker}`,
          italic: 'italic',
          name: `Recommendations of ${speaker}`,
        })),
      )
    })
  })

  it('shows the digest’s recommendations by speaker, each with its paragraph, and no notes of its own', async () => {
    await visit('digest', 1280, async ({ page }) => {
      const groups = await page.$$eval('main h3', (headings) =>
        headings.map((heading) => {
          const list = heading.nextElementSibling as HTMLElement
          return {
            speaker: (heading as HTMLElement).innerText,
            items: [...list.querySelectorAll('li')].map((item) => (item as HTMLElement).innerText),
          }
        }),
      )
      expect(groups.map((group) => group.speaker)).toEqual([
        'Ms.\u00a0Pia Oberoi, Senior Advisor on Migration and Human Rights, OHCHR, Asia-Pacific, OHCHR',
        'The Honourable\u00a0Ratna Omidvar, Senator for Ontario (Canada)',
        'Senator\u00a0Pikulkeaw Krairiksh, Member of the IPU Executive Committee (Thailand)',
        'Mr.\u00a0Charles Santiago, Member of Parliament for Klang constituency, Selangor (Malaysia) and Chair of ASEAN Parliamentarians for Human Rights (APHR)',
        'Ms.\u00a0Carolina Hernandez, Office of the UN High Commissioner for Human Rights (Geneva)',
        'Ms.\u00a0Laurel Townhead, Quaker UN Office (QUNO)',
        'Mr.\u00a0Jonathan Prentice, Secretariat, UN Network on Migration',
        'Dr.\u00a0Nenette Motus, Coordinator, Regional UN Network on Migration for Asia and the Pacific',
        'Participants',
      ])
      const items = groups.flatMap((group) => group.items)
      expect(items).toHaveLength(39)
      for (const item of items) expect(item).toMatch(/\(para\.\u00a0\d+\)/)
      expect(groups.at(-1)!.items.at(-1)).toBe(
        'I. Another participant called for more information, good practices and future collaboration on dignified and sustainable return and re-integration, as their country was developing new policies (para.\u00a042).',
      )
      const markers = await page.$$eval('a[role="doc-noteref"]', (links) =>
        links.map((link) => link.textContent),
      )
      expect(markers).toEqual([])
      expect(await page.$$('#notes, [role="doc-endnotes"]')).toEqual([])
      expect(items.join(' ')).toContain('(CARICOM), who have devised protocols')
      const rule = await page.$$eval('main p', (paragraphs) =>
        paragraphs.filter((paragraph) => paragraph.textContent!.includes('Chatham House Rule')),
      )
      expect(rule).toHaveLength(1)
    })
  })

  it('has 21 notes, each marker linking to its note and each note linking back to every marker', async () => {
    await visit('example', 1280, async ({ page }) => {
      const links = await page.evaluate(() => {
        const target = (href: string | null) =>
          href?.startsWith('#') ? document.getElementById(href.slice(1)) : null
        const notes = [...document.querySelectorAll('[role="doc-endnotes"] li')]
        const markers = [...document.querySelectorAll('a[role="doc-noteref"]')]
        return {
          notes: notes.length,
          markers: markers.map((marker) => ({
            text: marker.textContent,
            note: target(marker.getAttribute('href'))?.id ?? null,
            inEndnotes:
              target(marker.getAttribute('href'))?.closest('[role="doc-endnotes"]') !== null,
          })),
          backLinks: notes.map((note) => ({
            note: note.id,
            back: [...note.querySelectorAll('a[role="doc-backlink"]')].map((link) => {
              const marker = target(link.getAttribute('href'))
              return marker?.getAttribute('href') ?? null
            }),
            referencedBy: markers.filter((marker) => marker.getAttribute('href') === `#${note.id}`)
              .length,
          })),
        }
      })
      expect(links.notes).toBe(21)
      expect(links.markers).toHaveLength(21)
      links.markers.forEach((marker, index) => {
        expect(marker).toEqual({
          text: String(index + 1),
          note: `note-${index + 1}`,
          inEndnotes: true,
        })
      })
      for (const note of links.backLinks) {
        expect(note.back.length).toBe(note.referencedBy)
        for (const back of note.back) expect(back).toBe(`#${note.note}`)
      }
    })
  })

  it('follows a note marker to its note and back', async () => {
    await visit('example', 1280, async ({ page }) => {
      await page.click('#note-ref-3')
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('note-3')
      await page.click('#note-3 a[role="doc-backlink"]')
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('note-ref-3')
    })
  })
})

describe('the hostile report', () => {
  it('runs nothing and links only to http, https and mailto', async () => {
    await visit('hostile', 1280, async ({ page, dialogs }) => {
      const found = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('*')]
        return {
          scripts: document.querySelectorAll('script').length,
          handlers: elements.flatMap((element) =>
            [...element.attributes]
              .filter((attribute) => /^on/i.test(attribute.name))
              .map((attribute) => attribute.name),
          ),
          badLinks: [...document.querySelectorAll('[href], [src]')]
            .map((element) =>
              (element.getAttribute('href') ?? element.getAttribute('src') ?? '').trim(),
            )
            .filter((url) => !/^(?:https?:|mailto:|#)/i.test(url)),
          text: document.body.innerText,
        }
      })
      expect(found.scripts).toBe(0)
      expect(found.handlers).toEqual([])
      expect(found.badLinks).toEqual([])
      expect(found.text).toContain('a javascript: link')
      expect(found.text).toContain('a data: link')
      expect(found.text).toContain('<script>alert("title")</script>')
      await page.hover('body')
      await page.click('main p')
      expect(dialogs).toEqual([])
    })
  })
})
