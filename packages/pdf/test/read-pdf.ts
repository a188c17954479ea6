import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A piece of text as pdf.js reads it: position in PDF points (origin bottom-left), font size. */
export interface TextItem {
  text: string
  x: number
  y: number
  width: number
  size: number
  /** Inside an Artifact marked-content sequence (running head, foot, watermark). */
  artifact: boolean
}

/** A link annotation: an address or a named destination. */
export interface LinkAnnotation {
  url: string | null
  destination: string | null
}

/** One page as pdf.js reads it. */
export interface PdfPage {
  width: number
  height: number
  items: TextItem[]
  /** The text a reader gets: artifacts left out. */
  text: string
  /** The body's text: artifacts, note markers and notes left out. */
  bodyText: string
  /** The notes' text, at the foot of the page. */
  noteText: string
  links: LinkAnnotation[]
}

/** A document as pdf.js reads it. */
export interface PdfReading {
  pages: PdfPage[]
  outline: string[]
  info: Record<string, unknown>
  marked: boolean
  hasStructureTree: boolean
  /** The page index of each named destination asked for. */
  destinationPage(name: string): Promise<number | null>
}

/** Reads a PDF with pdf.js: text per page (with positions), link annotations, outline and metadata. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const document = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  const pages: PdfPage[] = []
  let hasStructureTree = false
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent({ includeMarkedContent: true })
    const items: TextItem[] = []
    let artifactDepth = 0
    let depth = 0
    const artifactAt: number[] = []
    let text = ''
    let bodyText = ''
    let noteText = ''
    for (const item of content.items as Array<Record<string, unknown>>) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        depth++
        if (item.tag === 'Artifact') {
          artifactAt.push(depth)
          artifactDepth++
        }
        continue
      }
      if (item.type === 'endMarkedContent') {
        if (artifactAt[artifactAt.length - 1] === depth) {
          artifactAt.pop()
          artifactDepth--
        }
        depth--
        continue
      }
      const transform = item.transform as number[]
      const entry: TextItem = {
        text: item.str as string,
        x: transform[4]!,
        y: transform[5]!,
        width: item.width as number,
        size: Math.hypot(transform[0]!, transform[1]!),
        artifact: artifactDepth > 0,
      }
      items.push(entry)
      if (!entry.artifact) {
        const piece = entry.text + (item.hasEOL ? '\n' : ' ')
        text += piece
        if (entry.size >= 9) bodyText += piece
        else if (entry.size >= 7.5) noteText += piece
      }
    }
    const annotations = await page.getAnnotations()
    const links = annotations
      .filter((annotation: Record<string, unknown>) => annotation.subtype === 'Link')
      .map((annotation: Record<string, unknown>) => ({
        url: (annotation.url as string | undefined) ?? null,
        destination: typeof annotation.dest === 'string' ? annotation.dest : null,
      }))
    if (number === 1) hasStructureTree = (await page.getStructTree()) !== null
    pages.push({ width, height, items, text, bodyText, noteText, links })
  }
  const outline = ((await document.getOutline()) ?? []).map(
    (entry: { title: string }) => entry.title,
  )
  const metadata = await document.getMetadata()
  const markInfo = await document.getMarkInfo()
  return {
    pages,
    outline,
    info: metadata.info as Record<string, unknown>,
    marked: markInfo?.Marked === true,
    hasStructureTree,
    destinationPage: async (name) => {
      const destination = await document.getDestination(name)
      if (!destination) return null
      return document.getPageIndex(destination[0])
    },
  }
}

/** Writes bytes to a fresh temporary file and returns its path, for command-line tools. */
export function temporaryFile(bytes: Uint8Array, name = 'report.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rapporteur-pdf-')), name)
  writeFileSync(path, bytes)
  return path
}

/** Runs a command-line tool and returns its output and exit status. */
export function run(
  command: string,
  args: string[],
  input?: string,
): { status: number; output: string } {
  try {
    return {
      status: 0,
      output: execFileSync(command, args, {
        encoding: 'utf8',
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        ...(input === undefined ? {} : { input }),
      }),
    }
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string }
    return { status: failure.status ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` }
  }
}

/** The catalog's `/Lang`, read by qpdf. */
export function catalogLanguage(path: string): string | null {
  const { output } = run('qpdf', ['--json=2', '--json-key=qpdf', path])
  const objects = (
    JSON.parse(output) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] }
  ).qpdf[1]
  for (const object of Object.values(objects)) {
    const value = object.value
    if (value && value['/Type'] === '/Catalog')
      return typeof value['/Lang'] === 'string'
        ? (value['/Lang'] as string).replace(/^u:/, '')
        : null
  }
  return null
}
