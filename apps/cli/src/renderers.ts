import { deflateRawSync } from 'node:zlib'
import type { OutputFormat, ResolvedReport, WebFonts } from '@rapporteur/core'
import { noteCodeUse } from './code-use.js'
import { openParagraphCacheFile } from './paragraph-cache-file.js'
import { openWebFontCache } from './web-font-cache-folder.js'

/** What a render needs besides the report. */
export interface RenderContext {
  /** Receives a renderer's warnings, such as a character no font covers. */
  onWarning: (message: string) => void
  /** Whether the HTML marks each paragraph with where it was written. Default: false. */
  sourcePositions?: boolean
  /** Whether an HTML page embeds the PDF's faces, subset to its characters. Default: true. */
  webFonts?: boolean
}

/** Turns a resolved report into the bytes of one format. */
export type Render = (report: ResolvedReport, context: RenderContext) => Promise<Uint8Array>

const encoder = new TextEncoder()

/**
 * The renderer of each format, loaded on first use so that a build of one format
 * does not load the others.
 */
export const renderers: { [Format in OutputFormat]: () => Promise<Render> } = {
  html: async () => {
    noteCodeUse('html')
    const { htmlFontText, renderHtml } = await import('@rapporteur/html')
    // The page embeds the PDF's faces, subset to its characters, so it reads alike anywhere;
    // the PDF package, which makes them, is loaded only for a page that embeds them.
    let fontMaker: Promise<(text: ReturnType<typeof htmlFontText>) => Promise<WebFonts>> | undefined
    const makeFonts = () => {
      fontMaker ??= (async () => {
        noteCodeUse('pdf')
        const { webFonts } = await import('@rapporteur/pdf')
        const cache = openWebFontCache()
        return (text) => webFonts(text, { cache })
      })()
      return fontMaker
    }
    return async (report, context) => {
      const options = { sourcePositions: context.sourcePositions }
      const fonts =
        context.webFonts === false
          ? undefined
          : await (await makeFonts())(htmlFontText(report, options))
      return encoder.encode(renderHtml(report, { ...options, fonts }))
    }
  },
  docx: async () => {
    noteCodeUse('docx')
    const { renderDocx } = await import('@rapporteur/docx')
    // Node's zlib compresses the package's parts several times faster than portable JavaScript.
    return (report) => renderDocx(report, { deflate: (bytes) => deflateRawSync(bytes) })
  },
  pdf: async () => {
    noteCodeUse('pdf')
    const pdf = await import('@rapporteur/pdf')
    // Paragraphs set by earlier runs of this install are not set again.
    const paragraphs = openParagraphCacheFile(pdf, import.meta.url)
    // The file is written back once the thread's documents are made (`saveParagraphCacheFiles`).
    return (report, context) =>
      pdf.renderPdf(report, { onWarning: context.onWarning, paragraphCache: paragraphs.cache })
  },
}
