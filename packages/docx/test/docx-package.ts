import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const relationshipNamespace =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A `.docx` package opened with a zip reader and an XML parser that did not write it. */
export interface OpenedPackage {
  names: string[]
  text(name: string): string
  xml(name: string): Document
}

export function openPackage(bytes: Uint8Array): OpenedPackage {
  const entries = unzipSync(bytes)
  const text = (name: string) => {
    const entry = entries[name]
    if (entry === undefined) throw new Error(`The package has no part ${name}.`)
    return strFromU8(entry)
  }
  return {
    names: Object.keys(entries),
    text,
    xml: (name) =>
      new DOMParser({
        errorHandler: {
          fatalError: (message: string) => {
            throw new Error(message)
          },
        },
      }).parseFromString(text(name), 'application/xml') as unknown as Document,
  }
}

/** The elements of a Word part with a `w:` local name, in document order. */
export function wordElements(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(wordNamespace, localName))
}

/** A Word attribute's value, such as `w:val`. */
export function wordAttribute(element: Element | undefined, localName: string): string | null {
  if (element === undefined || !element.hasAttributeNS(wordNamespace, localName)) return null
  return element.getAttributeNS(wordNamespace, localName)
}

/** Each zip entry's name and DOS date and time, read from its local header. */
export function zipEntryTimes(
  bytes: Uint8Array,
): Array<{ name: string; date: number; time: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries: Array<{ name: string; date: number; time: number }> = []
  let offset = 0
  while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
    const compressedSize = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extraLength = view.getUint16(offset + 28, true)
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength)),
      time: view.getUint16(offset + 10, true),
      date: view.getUint16(offset + 12, true),
    })
    offset += 30 + nameLength + extraLength + compressedSize
  }
  return entries
}

/** The text of a paragraph (or any element) as its `w:t` elements hold it. */
export function textOf(element: Element): string {
  return wordElements(element, 't')
    .map((node) => node.textContent ?? '')
    .join('')
}

/** The paragraph's style id, or null. */
export function styleOf(paragraph: Element): string | null {
  const properties = wordElements(paragraph, 'pPr')[0]
  return wordAttribute(properties && wordElements(properties, 'pStyle')[0], 'val')
}

/** The numId of a paragraph's own `w:numPr`, or null. */
export function numIdOf(paragraph: Element): string | null {
  const properties = Array.from(paragraph.childNodes).find(
    (node) => (node as Element).localName === 'pPr',
  ) as Element | undefined
  const numberProperties = properties && wordElements(properties, 'numPr')[0]
  return wordAttribute(numberProperties && wordElements(numberProperties, 'numId')[0], 'val')
}

/** A converted PDF's text, page by page. */
export interface ConvertedDocument {
  /** Each page's text from `pdftotext -layout`. */
  pages: string[]
  /**
   * The running text: the lines set in the body's size or larger (so not the header,
   * footer, notes or tables), note markers as superscript digits, list labels alone on
   * their line left out, from `pdftotext -bbox-layout`.
   */
  body: string
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

interface PlacedWord {
  text: string
  height: number
}

function placedLines(html: string): PlacedWord[][] {
  const lines: PlacedWord[][] = []
  for (const line of html.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [
      ...line[1]!.matchAll(
        /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((word) => ({
      text: word[3]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
      height: Number(word[2]) - Number(word[1]),
    }))
    if (words.length > 0) lines.push(words)
  }
  return lines
}

function bodyText(placed: PlacedWord[][]): string {
  const heights = new Map<number, number>()
  for (const word of placed.flat())
    heights.set(
      Math.round(word.height),
      (heights.get(Math.round(word.height)) ?? 0) + word.text.length,
    )
  const bodyHeight = [...heights].sort((left, right) => right[1] - left[1])[0]?.[0] ?? 0
  const lines: string[] = []
  for (const line of placed) {
    const lineHeight = Math.max(...line.map((word) => word.height))
    if (lineHeight < bodyHeight - 0.5) continue
    let text = ''
    for (const word of line) {
      if (word.height < lineHeight * 0.75 && /^\d+$/.test(word.text)) {
        text += [...word.text].map((digit) => superscriptDigits[Number(digit)]).join('')
      } else {
        text += `${text === '' ? '' : ' '}${word.text}`
      }
    }
    // A list label alone on its line is read out of place at times; the labels are checked in the layout text.
    if (!/^(\d+|[IVXLC]+|[A-Z])\.$/.test(text)) lines.push(text)
  }
  return lines.join('\n')
}

/** A PDF LibreOffice made of a document, in a folder of its own until `remove` is called. */
export interface LibreOfficePdf {
  path: string
  remove(): void
}

/**
 * Converts the document to PDF with LibreOffice, as a reader who opens it there sees it
 * (a profile of its own, so runs do not lock each other out).
 */
export function libreOfficePdf(bytes: Uint8Array, name: string): LibreOfficePdf {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-docx-'))
  const remove = () => rmSync(folder, { recursive: true, force: true })
  try {
    const input = join(folder, `${name}.docx`)
    writeFileSync(input, bytes)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    )
    if (!readdirSync(folder).includes(`${name}.pdf`))
      throw new Error(`LibreOffice did not convert ${name}.docx`)
    return { path: join(folder, `${name}.pdf`), remove }
  } catch (error) {
    remove()
    throw error
  }
}

/** Converts the document to PDF with LibreOffice and reads each page's text with pdftotext. */
export function convertWithLibreOffice(bytes: Uint8Array, name: string): ConvertedDocument {
  const converted = libreOfficePdf(bytes, name)
  try {
    const pdf = converted.path
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    const pages: string[] = []
    for (let page = 1; page <= count; page++) {
      pages.push(
        execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
          encoding: 'utf8',
        }),
      )
    }
    const placed = placedLines(
      execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }),
    )
    return { pages, body: bodyText(placed) }
  } finally {
    converted.remove()
  }
}

/** The document saved again as `.docx` by LibreOffice, as a reviewer's copy would be. */
export function resaveWithLibreOffice(bytes: Uint8Array): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-docx-'))
  try {
    const input = join(folder, 'draft.docx')
    writeFileSync(input, bytes)
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(folder, 'out'),
        input,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    )
    return readFileSync(join(folder, 'out', 'draft.docx'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
