/** Page sizes in points. */
export const pageSizes = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const

/** A page size name: `A4` or `Letter`. */
export type PageSizeName = keyof typeof pageSizes

/** Where everything sits on a page, in points from the top-left corner. */
export interface PageGeometry {
  width: number
  height: number
  marginTop: number
  marginBottom: number
  marginLeft: number
  marginRight: number
  /** Left edge of body text: paragraph numbers and section numerals hang to its left. */
  textLeft: number
  /** Right edge of the text column. */
  textRight: number
  /** Height of the body and notes together. */
  contentHeight: number
}

/** The geometry of a page of the given size. */
export function pageGeometry(size: PageSizeName): PageGeometry {
  const { width, height } = pageSizes[size]
  const marginTop = 72
  const marginBottom = 68
  const marginLeft = 72
  const marginRight = 72
  return {
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    textLeft: marginLeft + 34,
    textRight: width - marginRight,
    contentHeight: height - marginTop - marginBottom,
  }
}
