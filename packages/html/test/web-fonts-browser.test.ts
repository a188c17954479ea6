import { loadReport, resolveReport, type StyledText } from '@rapporteur/core'
import { examplePath, scriptSamples, scriptsReport } from '@rapporteur/fixtures'
import { webFonts } from '@rapporteur/pdf'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlFontText, renderHtml } from '../src/index.js'
import { pageFolder } from './page-files.js'

// The scripts a machine often lacks a font for; this one has none of them.
const sampleFamilies: Record<string, string> = {
  bengali: 'Noto Sans Bengali',
  devanagari: 'Noto Serif Devanagari',
  thai: 'Noto Sans Thai',
  'chinese-simplified': 'Noto Serif SC',
  arabic: 'Amiri',
}
const samples = scriptSamples.filter((sample) => sample.name in sampleFamilies)
const report = resolveReport(scriptsReport(samples), { variant: 'final' })
const folder = pageFolder()
let browser: Browser
const pages: Record<string, string> = {}
let embedded = ''

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
  })
  const fonts = await webFonts(htmlFontText(report))
  embedded = renderHtml(report, { fonts })
  pages.embedded = folder.write('embedded.html', embedded).url
  pages.system = folder.write('system.html', renderHtml(report)).url
  // A report in Chinese: the product's own words, in the furniture's face, are Chinese too.
  const chinese = resolveReport(
    {
      ...scriptsReport(scriptSamples.filter((sample) => sample.name === 'chinese-simplified')),
      language: 'zh',
    },
    { variant: 'final' },
  )
  const chineseFonts = await webFonts(htmlFontText(chinese))
  pages.chinese = folder.write('chinese.html', renderHtml(chinese, { fonts: chineseFonts })).url
  const example = resolveReport(await loadReport(examplePath), { variant: 'draft' })
  const exampleFonts = await webFonts(htmlFontText(example))
  pages.example = folder.write('example.html', renderHtml(example, { fonts: exampleFonts })).url
})

afterAll(async () => {
  await browser?.close()
  folder.remove()
})

async function visit(name: string, run: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const requests: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== pages[name])
      requests.push(request.url())
  })
  try {
    await page.goto(pages[name]!, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await run(page, context)
    expect(requests).toEqual([])
  } finally {
    await context.close()
  }
}

interface PlatformFont {
  familyName: string
  postScriptName: string
  isCustomFont: boolean
  glyphCount: number
}

/** The texts with adjacent ones of the same style joined, as a browser joins adjacent text nodes. */
function joined(texts: readonly StyledText[]): StyledText[] {
  const result: StyledText[] = []
  for (const text of texts) {
    const last = result.at(-1)
    if (last?.style === text.style) last.text += text.text
    else result.push({ ...text })
  }
  return result
}

/** The fonts Chromium drew an element's own text with, as its DevTools protocol reports them. */
async function fontsOf(page: Page, context: BrowserContext, selector: string) {
  const session = await context.newCDPSession(page)
  await session.send('DOM.enable')
  await session.send('CSS.enable')
  const { root } = await session.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  expect(nodeId, selector).toBeGreaterThan(0)
  const { fonts } = (await session.send('CSS.getPlatformFontsForNode', { nodeId })) as {
    fonts: PlatformFont[]
  }
  await session.detach()
  return fonts
}

describe('embedded web fonts in Chromium, on a machine with no font for these scripts', () => {
  it('draws every name and paragraph in the embedded faces, bold and italic as the PDF sets them', async () => {
    await visit('embedded', async (page, context) => {
      for (const [index, sample] of samples.entries()) {
        const family = sampleFamilies[sample.name]!
        const first = index * 3 + 1
        const alone = await fontsOf(page, context, `#para-${first + 2}`)
        expect(
          alone.every((font) => font.isCustomFont),
          sample.name,
        ).toBe(true)
        expect(alone.map((font) => font.familyName)).toContain(family)
        const quote = await fontsOf(page, context, `#para-${first}`)
        expect(
          quote.every((font) => font.isCustomFont),
          sample.name,
        ).toBe(true)
        expect(quote.map((font) => font.familyName)).toEqual(
          expect.arrayContaining([family, 'Tinos']),
        )
        // Spaces between the words of a name may be drawn in the text face, which comes first.
        const bold = await fontsOf(page, context, `#para-${first + 1} strong`)
        expect(
          bold.every((font) => font.isCustomFont),
          sample.name,
        ).toBe(true)
        expect(bold.map((font) => font.familyName).filter((name) => name !== 'Tinos')).toEqual([
          family,
        ])
        expect(bold.find((font) => font.familyName === family)!.postScriptName).toMatch(/Bold/)
        // No italics in these scripts: the family name in italics is drawn upright, as in the PDF.
        const italic = await fontsOf(page, context, `#para-${first + 1} em`)
        expect(italic.map((font) => [font.familyName, font.isCustomFont])).toEqual([[family, true]])
        expect(italic[0]!.postScriptName, sample.name).not.toMatch(/Bold|Italic/)
      }
      const faces = await page.evaluate(() =>
        [...document.fonts].map(
          (face) => `${face.family} ${face.weight} ${face.style} ${face.status}`,
        ),
      )
      expect(faces.length).toBeGreaterThan(samples.length * 2)
      expect(faces.filter((face) => !face.endsWith(' loaded'))).toEqual([])
      expect(
        await page.evaluate(() => document.fonts.check('16px "Noto Sans Bengali"', 'লক্ষ্মী')),
      ).toBe(true)
      if (process.env.RAPPORTEUR_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.RAPPORTEUR_SCREENSHOTS}/web-fonts.png` })
    })
  })

  it('draws italic text upright, pixel for pixel, in a script without italics, and slants Latin', async () => {
    await visit('embedded', async (page) => {
      /** Screenshots of a text set in italics and set upright, in the page's own faces. */
      const shots = async (text: string) => {
        await page.evaluate((words) => {
          document.getElementById('probe')?.remove()
          const probe = document.createElement('div')
          probe.id = 'probe'
          for (const [id, tag] of [
            ['probe-italic', 'em'],
            ['probe-upright', 'span'],
          ]) {
            const line = document.createElement('p')
            line.id = id!
            line.style.cssText = 'font-size:32px;line-height:64px;margin:0;width:900px'
            const run = document.createElement(tag!)
            run.textContent = words
            line.append(run)
            probe.append(line)
          }
          document.body.prepend(probe)
        }, text)
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        const italic = await page.locator('#probe-italic').screenshot()
        const upright = await page.locator('#probe-upright').screenshot()
        return { italic, upright }
      }
      for (const [index, sample] of samples.entries()) {
        const text = await page
          .locator(`#para-${index * 3 + 2} em`)
          .first()
          .textContent()
        expect(text, sample.name).toBeTruthy()
        const { italic, upright } = await shots(text!)
        expect(italic.equals(upright), sample.name).toBe(true)
      }
      // Latin has an italic face: the same comparison tells the two apart.
      const latin = await shots('Adopted in 2018 by the General Assembly')
      expect(latin.italic.equals(latin.upright)).toBe(false)
      // And a slant the browser would make up is seen too.
      await page.evaluate(() => {
        document.body.style.fontSynthesisStyle = 'auto'
      })
      const first = await page.locator('#para-2 em').first().textContent()
      const slanted = await shots(first!)
      expect(slanted.italic.equals(slanted.upright), samples[0]!.name).toBe(false)
    })
  })

  it('draws the furniture’s words in a script the machine lacks in the embedded faces', async () => {
    await visit('chinese', async (page, context) => {
      for (const selector of ['.masthead-status', '.contents h2', '#notes-heading']) {
        // The notes' heading, where the report has notes.
        if ((await page.locator(selector).count()) === 0 && selector === '#notes-heading') continue
        const text = await page.locator(selector).first().textContent()
        expect(text, selector).toMatch(/\p{Script=Han}/u)
        const fonts = await fontsOf(page, context, selector)
        expect(
          fonts.map((font) => [font.familyName, font.isCustomFont]),
          `${selector}: ${text}`,
        ).toEqual([['Noto Serif SC', true]])
      }
    })
  })

  it('draws them in no embedded face without web fonts, so the check above means something', async () => {
    await visit('system', async (page, context) => {
      const fonts = await fontsOf(page, context, '#para-3')
      expect(fonts.some((font) => font.isCustomFont)).toBe(false)
      expect(fonts.map((font) => font.familyName)).not.toContain('Noto Sans Bengali')
      expect(await page.evaluate(() => document.fonts.size)).toBe(0)
      if (process.env.RAPPORTEUR_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.RAPPORTEUR_SCREENSHOTS}/system-fonts.png` })
    })
  })

  it('gives the same page for the same report, whatever was rendered before, cache or not', async () => {
    const cache = new Map<string, Uint8Array>()
    const other = scriptsReport(scriptSamples.filter((sample) => sample.name === 'korean'))
    await webFonts(htmlFontText(other), { cache })
    expect(renderHtml(report, { fonts: await webFonts(htmlFontText(report), { cache }) })).toBe(
      embedded,
    )
    expect(renderHtml(report, { fonts: await webFonts(htmlFontText(report), { cache }) })).toBe(
      embedded,
    )
  })

  it('asks for each text the style the stylesheet sets it in', async () => {
    for (const [name, source] of [
      ['embedded', report],
      ['example', resolveReport(await loadReport(examplePath), { variant: 'draft' })],
    ] as const) {
      // The print stylesheet's link addresses are not text of the screen's page.
      const expected = htmlFontText(source).filter((text) => !/^ <(https?|mailto):/.test(text.text))
      await visit(name, async (page) => {
        // In print, where the draft's watermark shows (in bold); the weights are the screen's otherwise.
        await page.emulateMedia({ media: 'print' })
        const seen = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
          const texts: Array<{ text: string; style: string }> = []
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // The newline after the document, which the parser puts at the end of the body.
            if (node.parentElement === document.body && node.nodeValue!.trim() === '') continue
            const style = getComputedStyle(node.parentElement!)
            const bold = Number(style.fontWeight) >= 600
            const italic = style.fontStyle === 'italic'
            texts.push({
              text: node.nodeValue!,
              style: bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular',
            })
          }
          return texts
        })
        expect(joined(seen as StyledText[])).toEqual(joined(expected))
      })
    }
  })
})
