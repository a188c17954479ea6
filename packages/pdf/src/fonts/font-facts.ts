/**
 * What a PDF's font descriptor says about a font file, read from the fixed fields of
 * its `head`, `hhea`, `OS/2`, `post` and `name` tables as the OpenType specification
 * places them. `font-facts.test.ts` checks every catalogue font against fontkit's reading.
 */
export interface FontFacts {
  unitsPerEm: number
  /** The bounding box of all glyphs, in font units: `head`'s xMin, yMin, xMax, yMax. */
  boundingBox: [number, number, number, number]
  /** `hhea`'s ascender and descender, in font units. */
  ascent: number
  descent: number
  /** `OS/2`'s cap height and x-height (version 2 and later), in font units; 0 when the font has none. */
  capHeight: number
  xHeight: number
  /** `post`'s italic angle, in degrees. */
  italicAngle: number
  fixedPitch: boolean
  /** The class of `OS/2`'s `sFamilyClass` (its high byte): 1–7 serif, 10 script. */
  familyClass: number
  /** Whether `head`'s style bits say italic. */
  italic: boolean
  /** The PostScript name (`name` ID 6), or `Font` when the file has none. */
  postscriptName: string
}

type Tables = Map<string, { offset: number; length: number }>

function tablesOf(view: DataView): Tables {
  const tables: Tables = new Map()
  const count = view.getUint16(4)
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    )
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) })
  }
  return tables
}

function postscriptNameOf(view: DataView, table: { offset: number } | undefined): string {
  if (table === undefined) return 'Font'
  const count = view.getUint16(table.offset + 2)
  const strings = table.offset + view.getUint16(table.offset + 4)
  for (let index = 0; index < count; index++) {
    const record = table.offset + 6 + index * 12
    if (view.getUint16(record + 6) !== 6) continue
    const platform = view.getUint16(record)
    const length = view.getUint16(record + 8)
    const start = strings + view.getUint16(record + 10)
    let name = ''
    if (platform === 3 || platform === 0)
      for (let at = 0; at + 1 < length; at += 2)
        name += String.fromCharCode(view.getUint16(start + at))
    else for (let at = 0; at < length; at++) name += String.fromCharCode(view.getUint8(start + at))
    if (name !== '') return name
  }
  return 'Font'
}

const known = new WeakMap<Uint8Array, FontFacts>()

/**
 * The facts of a TrueType or OpenType font file (not a collection). They are read
 * once per file and shared: they never change.
 */
export function fontFactsOf(data: Uint8Array): FontFacts {
  const found = known.get(data)
  if (found !== undefined) return found
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const tables = tablesOf(view)
  const table = (tag: string) => {
    const entry = tables.get(tag)
    if (entry === undefined) throw new Error(`the font file has no ${tag} table`)
    return entry.offset
  }
  const head = table('head')
  const hhea = table('hhea')
  const post = table('post')
  const os2 = tables.get('OS/2')
  const os2Version = os2 === undefined ? -1 : view.getUint16(os2.offset)
  const facts: FontFacts = {
    unitsPerEm: view.getUint16(head + 18),
    boundingBox: [
      view.getInt16(head + 36),
      view.getInt16(head + 38),
      view.getInt16(head + 40),
      view.getInt16(head + 42),
    ],
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    capHeight: os2 !== undefined && os2Version >= 2 ? view.getInt16(os2.offset + 88) : 0,
    xHeight: os2 !== undefined && os2Version >= 2 ? view.getInt16(os2.offset + 86) : 0,
    italicAngle: view.getInt32(post + 4) / 65536,
    fixedPitch: view.getUint32(post + 12) !== 0,
    familyClass: os2 === undefined ? 0 : view.getInt16(os2.offset + 30) >> 8,
    italic: (view.getUint16(head + 44) & 0b10) !== 0,
    postscriptName: postscriptNameOf(view, tables.get('name')),
  }
  known.set(data, facts)
  return facts
}
