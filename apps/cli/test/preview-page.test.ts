import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type PreviewProcess, startPreview } from './preview-process.js'

const chromiumPath = '/usr/bin/chromium'
const folder = mkdtempSync(join(tmpdir(), 'rapporteur-preview-page-'))
const source = join(folder, 'minutes', 'report.md')
const french = join(folder, 'minutes', 'report.fr.md')
const opened = join(folder, 'opened.txt')
const original = readFileSync(examplePath, 'utf8')
const twelfth = 'reflected that the GCM is rooted'
const lineOfTwelve = original.split('\n').findIndex((line) => line.includes(twelfth)) + 1
/** Paragraph 12 in the French version beside the report. */
const twelfthInFrench = 'a rappelé que le PMM est ancré'
const originalInFrench = original
  .replace(/^language: en$/m, 'language: fr')
  .replace(twelfth, twelfthInFrench)

let preview: PreviewProcess
let browser: Browser
let page: Page
const requests: string[] = []
const consoleErrors: string[] = []

beforeAll(async () => {
  cpSync(examplePath, source)
  writeFileSync(french, originalInFrench)
  const editor = join(folder, 'editor.mjs')
  writeFileSync(
    editor,
    `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(opened)}, process.argv.slice(2).join(' '))\n`,
  )
  preview = await startPreview([
    source,
    '--editor',
    `"${process.execPath}" "${editor}" {file} {line} {column}`,
  ])
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.text()} at ${JSON.stringify(message.location())}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await preview?.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** The text of the paragraph with `id` in the page's HTML document, or null. */
const paragraphText = (id: string) =>
  page.evaluate((id) => {
    const frame = document.getElementById('document') as HTMLIFrameElement
    return frame.contentDocument?.getElementById(id)?.textContent ?? null
  }, id)

const waitForParagraph = (id: string, text: string) =>
  page.waitForFunction(
    ([id, text]) => {
      const frame = document.getElementById('document') as HTMLIFrameElement
      return frame.contentDocument?.getElementById(id!)?.textContent?.includes(text!) === true
    },
    [id, text],
    { timeout: 10_000, polling: 'raf' },
  )

/** What the stand-in editor was asked to open, once it has written it down. */
const openedInEditor = async () => {
  for (let attempt = 0; attempt < 100 && !existsSync(opened); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  await new Promise((resolve) => setTimeout(resolve, 50))
  const text = readFileSync(opened, 'utf8')
  rmSync(opened)
  return text
}

const pdfVersion = () =>
  page.evaluate(() => Number(document.getElementById('pages')!.dataset.version ?? 0))

it('shows the document, follows each save in place, and lists the problems of an invalid one', async () => {
  await page.goto(preview.url)
  await waitForParagraph('para-12', twelfth)
  await page.waitForFunction(
    () => Number(document.getElementById('pages')!.dataset.pages) > 0,
    null,
    {
      timeout: 15_000,
    },
  )
  expect(await page.locator('#downloads a').allTextContents()).toEqual(['HTML', 'PDF', 'DOCX'])

  // Only the pages on screen or near it are drawn; scrolling draws the others.
  const pageCount = Number(await page.locator('#pages').getAttribute('data-pages'))
  expect(pageCount).toBeGreaterThan(4)
  const drawn = () => page.locator('#pages .page canvas').count()
  expect(await drawn()).toBeLessThan(pageCount)
  await page.evaluate(() => {
    const pages = document.getElementById('pages')!
    pages.scrollTop = pages.scrollHeight
  })
  await page.waitForFunction(
    (count) => document.querySelector(`#pages .page[data-page="${count}"] canvas`) !== null,
    pageCount,
    { timeout: 10_000 },
  )
  // Two pages down, so that a page is in view on a narrow screen too.
  const pdfScrolled = await page.evaluate(() => {
    const pages = document.getElementById('pages')!
    const third = pages.querySelector<HTMLElement>('.page[data-page="3"]')!
    pages.scrollTop = third.offsetTop - pages.offsetTop
    return pages.scrollTop
  })
  expect(pdfScrolled).toBeGreaterThan(500)

  // A save is followed in place: the scroll position stays.
  await page.evaluate(() => {
    const frame = document.getElementById('document') as HTMLIFrameElement
    frame.contentDocument!.getElementById('para-12')!.scrollIntoView()
  })
  const scrolled = await page.evaluate(
    () => (document.getElementById('document') as HTMLIFrameElement).contentWindow!.scrollY,
  )
  expect(scrolled).toBeGreaterThan(500)
  const pdfBefore = await pdfVersion()
  const edited = 'reflected, in words saved during the preview, that the GCM is rooted'
  const started = performance.now()
  writeFileSync(source, original.replace(twelfth, edited))
  await waitForParagraph('para-12', edited)
  const htmlMilliseconds = performance.now() - started
  await page.waitForFunction(
    (before) => Number(document.getElementById('pages')!.dataset.version) > before,
    pdfBefore,
    {
      timeout: 10_000,
    },
  )
  const pdfMilliseconds = performance.now() - started
  console.log(
    `preview followed a save: HTML in ${Math.round(htmlMilliseconds)} ms, PDF pages in ${Math.round(pdfMilliseconds)} ms`,
  )
  expect(htmlMilliseconds).toBeLessThan(5000)
  expect(
    await page.evaluate(
      () => (document.getElementById('document') as HTMLIFrameElement).contentWindow!.scrollY,
    ),
  ).toBe(scrolled)
  // The PDF view keeps its place too, and the new version's page there is drawn.
  expect(await page.evaluate(() => document.getElementById('pages')!.scrollTop)).toBe(pdfScrolled)
  expect(await page.locator('#pages .page[data-page="3"] canvas').count()).toBe(1)

  // An invalid save: the located problem is listed and the last good document stays.
  writeFileSync(source, original.replace(twelfth, `:person{#nobody} ${edited}`))
  const problem = page.locator('#problem-list button')
  await problem.first().waitFor({ timeout: 10_000 })
  const problemText = await problem.first().textContent()
  expect(problemText).toMatch(
    new RegExp(`report\\.md:${lineOfTwelve}:\\d+: mention of unknown person "nobody"`),
  )
  expect(await page.locator('#problems').isVisible()).toBe(true)
  expect(await paragraphText('para-12')).toContain(edited)

  // The problem's place scrolls the document to its paragraph, and opens it in the editor.
  await page.evaluate(() =>
    (document.getElementById('document') as HTMLIFrameElement).contentWindow!.scrollTo(0, 0),
  )
  await problem.first().click()
  const shown = await page.evaluate(() => {
    const frame = document.getElementById('document') as HTMLIFrameElement
    const paragraph = frame.contentDocument!.getElementById('para-12')!
    const box = paragraph.getBoundingClientRect()
    return {
      inView: box.top >= 0 && box.top < frame.clientHeight,
      marked: paragraph.style.outline !== '',
    }
  })
  expect(shown).toEqual({ inView: true, marked: true })
  const column = Number(/:\d+:(\d+):/.exec(problemText!)![1])
  expect(await openedInEditor()).toBe(`${source} ${lineOfTwelve} ${column}`)

  // Fixing it clears the panel.
  writeFileSync(source, original.replace(twelfth, edited))
  await page.waitForFunction(() => document.getElementById('problems')!.hidden, null, {
    timeout: 10_000,
  })
  expect(await paragraphText('para-12')).toContain(edited)
})

it('shows where a clicked paragraph was written and opens it in the editor', async () => {
  rmSync(opened, { force: true })
  await page.evaluate(() => {
    const frame = document.getElementById('document') as HTMLIFrameElement
    const paragraph = frame.contentDocument!.getElementById('para-12')!
    paragraph.scrollIntoView()
    paragraph.click()
  })
  await page.waitForFunction(() => document.getElementById('location')!.textContent !== '')
  expect(await page.locator('#location').textContent()).toBe(`${source}:${lineOfTwelve}`)
  expect(await openedInEditor()).toBe(`${source} ${lineOfTwelve} 1`)
})

it('switches to another variant', async () => {
  expect(await page.evaluate(() => document.getElementById('document') !== null)).toBe(true)
  const draftShown = () =>
    page.evaluate(() =>
      (
        document.getElementById('document') as HTMLIFrameElement
      ).contentDocument!.body.textContent!.includes('draft for comment'),
    )
  expect(await draftShown()).toBe(true)
  await page.selectOption('#variant', 'final')
  await page.waitForFunction(
    () =>
      !(
        document.getElementById('document') as HTMLIFrameElement
      ).contentDocument!.body.textContent!.includes('draft for comment'),
    null,
    { timeout: 10_000 },
  )
  expect(await page.locator('#downloads a').first().getAttribute('href')).toMatch(
    /^download\/final\.html/,
  )
})

it('switches between the report and its translation, and follows saves of the one shown', async () => {
  const switcher = page.locator('#language')
  expect(await page.locator('#languages').isVisible()).toBe(true)
  expect(await switcher.locator('option').allTextContents()).toEqual([
    'English (en)',
    'français (fr)',
  ])
  const pdfBefore = await pdfVersion()
  await page.selectOption('#language', french)
  await waitForParagraph('para-12', twelfthInFrench)
  expect(
    await page.evaluate(
      () =>
        (document.getElementById('document') as HTMLIFrameElement).contentDocument!.documentElement
          .lang,
    ),
  ).toBe('fr')
  await page.waitForFunction(
    (before) => Number(document.getElementById('pages')!.dataset.version) > before,
    pdfBefore,
    { timeout: 15_000 },
  )
  expect(await page.locator('#downloads a').first().getAttribute('href')).toMatch(
    /^download\/final\.fr\.html/,
  )
  expect(await page.locator('#source').textContent()).toBe(french)

  // A save of the translation shows in place; clicking a paragraph names the translation's line.
  const edited = 'a rappelé, dans des mots enregistrés pendant l’aperçu, que le PMM est ancré'
  writeFileSync(french, originalInFrench.replace(twelfthInFrench, edited))
  await waitForParagraph('para-12', edited)
  rmSync(opened, { force: true })
  await page.evaluate(() => {
    const frame = document.getElementById('document') as HTMLIFrameElement
    frame.contentDocument!.getElementById('para-12')!.click()
  })
  await page.waitForFunction(
    (french) => document.getElementById('location')!.textContent!.startsWith(french),
    french,
  )
  expect(await page.locator('#location').textContent()).toBe(`${french}:${lineOfTwelve}`)
  expect(await openedInEditor()).toBe(`${french} ${lineOfTwelve} 1`)

  await page.selectOption('#language', source)
  await waitForParagraph('para-12', 'that the GCM is rooted')
  expect(await page.locator('#downloads a').first().getAttribute('href')).toMatch(
    /^download\/final\.html/,
  )
})

it('keeps its bar, both switches and both views in view on a narrow screen', async () => {
  await page.setViewportSize({ width: 375, height: 740 })
  // The pages are drawn again at the narrower width.
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#pages .page canvas')
    return canvas !== null && canvas.getBoundingClientRect().width < 375
  })
  const layout = await page.evaluate(() => {
    const inView = (id: string) => {
      const box = document.getElementById(id)!.getBoundingClientRect()
      return box.width > 0 && box.height > 80 && box.top >= 0 && box.bottom <= window.innerHeight
    }
    const bar = document.querySelector('.bar')!.getBoundingClientRect()
    return {
      overflow: document.documentElement.scrollWidth > window.innerWidth,
      bar: bar.bottom < window.innerHeight / 3,
      variant: document.getElementById('variant')!.getBoundingClientRect().right <= 375,
      language: document.getElementById('language')!.getBoundingClientRect().right <= 375,
      document: inView('document'),
      pages: inView('pages'),
    }
  })
  expect(layout).toEqual({
    overflow: false,
    bar: true,
    variant: true,
    language: true,
    document: true,
    pages: true,
  })
  await page.setViewportSize({ width: 1280, height: 800 })
})

it('says so when the source is deleted, makes no request elsewhere, and stops on Ctrl+C', async () => {
  rmSync(source)
  await page.waitForFunction(
    () => document.getElementById('status')!.textContent!.includes('was deleted'),
    null,
    {
      timeout: 10_000,
    },
  )
  await preview.waitForOutput((_stdout, stderr) => stderr.includes(`${source} was deleted`))
  const origin = new URL(preview.url).origin
  expect(
    requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
  ).toEqual([])
  expect(consoleErrors).toEqual([])
  expect(await preview.stop()).toBe(130)
  expect(preview.output().stderr).toContain('preview stopped')
})
