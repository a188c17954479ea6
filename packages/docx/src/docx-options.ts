import type { RenderReportOptions } from '@rapporteur/core'

/** The name of a page size: `A4` or `Letter`. */
export type PageSizeName = 'A4' | 'Letter'

/** Page sizes the Word document can be laid out on, in twentieths of a point. */
export const pageSizes = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const satisfies Record<PageSizeName, { width: number; height: number }>

/**
 * Options for `renderDocx`. Everything else (marks, status, metadata) comes from the
 * report; `variant` and `languages` mean what they mean for every renderer.
 */
export interface DocxOptions extends RenderReportOptions {
  /** The paper the document is laid out on. Default: `'A4'`. */
  pageSize?: PageSizeName
  /**
   * Compresses each part of the package as raw DEFLATE. Default: fflate's, which
   * runs anywhere JavaScript does. In Node.js, `(bytes) => zlib.deflateRawSync(bytes)`
   * is faster on a first render; the bytes of the document then depend on the zlib
   * Node.js carries, as they depend on the compressor in any case.
   */
  deflate?: (bytes: Uint8Array) => Uint8Array
}

/** The page margin on every side, in twentieths of a point (2.5 cm). */
export const pageMargin = 1417

/** The page geometry of a page size, in twentieths of a point. */
export function pageGeometry(pageSize: PageSizeName = 'A4') {
  const size = pageSizes[pageSize]
  if (size === undefined)
    throw new TypeError(`Unknown page size "${String(pageSize)}": use "A4" or "Letter".`)
  return { ...size, margin: pageMargin, textWidth: size.width - 2 * pageMargin }
}

/** The page geometry `renderDocx` lays the document out on. */
export type PageGeometry = ReturnType<typeof pageGeometry>
