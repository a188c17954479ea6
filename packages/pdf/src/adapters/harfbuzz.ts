/**
 * The one place that touches harfbuzzjs: its Emscripten module (`hb.js`, `hb.wasm`)
 * and the thin wrapper (`hbjs.js`) are loaded by path, so the package works from
 * CommonJS and from a bundle alike. Text is copied into HarfBuzz's memory in one go,
 * where the wrapper copies it a character at a time, and shaped glyphs are read out
 * of it into lists of numbers, where the wrapper makes two objects per glyph. `harfbuzz.test.ts` fails loudly when an upgrade
 * changes what this file relies on.
 */
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Glyphs as HarfBuzz places them, in visual order and font units: glyph `i` is at
 * index `i` of every list. Five lists of small integers per shaped text, whatever
 * its length, rather than an object per glyph.
 */
export interface ShapedGlyphs {
  length: number
  /** Glyph ids in the font. */
  ids: number[]
  /** UTF-16 offset, in the text handed to `shape`, of the first character of each glyph's cluster. */
  clusters: number[]
  advances: number[]
  xOffsets: number[]
  yOffsets: number[]
}

/** One glyph of `ShapedGlyphs`, as an object. */
export interface ShapedGlyph {
  id: number
  cluster: number
  advance: number
  xOffset: number
  yOffset: number
}

/** The glyphs as a list of objects, for reading them one by one (tests, diagnostics). */
export function glyphList(glyphs: ShapedGlyphs): ShapedGlyph[] {
  return Array.from({ length: glyphs.length }, (_value, index) => ({
    id: glyphs.ids[index]!,
    cluster: glyphs.clusters[index]!,
    advance: glyphs.advances[index]!,
    xOffset: glyphs.xOffsets[index]!,
    yOffset: glyphs.yOffsets[index]!,
  }))
}

/** Glyph lists for `length` glyphs, every value 0. */
export function emptyGlyphs(length: number): ShapedGlyphs {
  const zeros = () => new Array<number>(length).fill(0)
  return {
    length,
    ids: zeros(),
    clusters: zeros(),
    advances: zeros(),
    xOffsets: zeros(),
    yOffsets: zeros(),
  }
}

/** What to shape a stretch of text as. */
export interface ShapingProperties {
  direction: 'ltr' | 'rtl'
  /** An ISO 15924 script tag, such as `Latn` or `Arab`. */
  script: string
  /** A BCP 47 language tag. */
  language: string
}

/** A font opened by HarfBuzz: immutable once made, so renders may share it. */
export interface HarfBuzzFont {
  unitsPerEm: number
  /** Whether the font's character map has the code point. */
  covers(codePoint: number): boolean
  /** The glyph's advance before any shaping (its `hmtx` width), in font units. */
  nominalAdvance(glyph: number): number
  /**
   * Shapes `length` UTF-16 units of `text` from `start`, with the text around them
   * as context (Arabic joining across a change of style, for one). Glyphs come in
   * visual order, as HarfBuzz gives them.
   */
  shape(text: string, start: number, length: number, properties: ShapingProperties): ShapedGlyphs
}

/** A loaded HarfBuzz. */
export interface HarfBuzz {
  version: string
  openFont(data: Uint8Array): HarfBuzzFont
}

interface HarfBuzzBuffer {
  /** The buffer's address in HarfBuzz's memory. */
  ptr: number
  setDirection(direction: string): void
  setScript(script: string): void
  setLanguage(language: string): void
  destroy(): void
}

/** The Emscripten module: HarfBuzz's C functions and its memory. */
interface EmscriptenModule {
  wasmExports: {
    malloc(size: number): number
    free(pointer: number): void
    hb_buffer_add_utf16(
      buffer: number,
      text: number,
      textLength: number,
      itemOffset: number,
      itemLength: number,
    ): void
    hb_buffer_get_length(buffer: number): number
    /** The address of the buffer's `hb_glyph_info_t` array (5 words a glyph: codepoint, mask, cluster, var1, var2). */
    hb_buffer_get_glyph_infos(buffer: number, length: number): number
    /** The address of its `hb_glyph_position_t` array (5 words a glyph: x_advance, y_advance, x_offset, y_offset, var). */
    hb_buffer_get_glyph_positions(buffer: number, length: number): number
  }
  HEAPU8: Uint8Array
  HEAPU32: Uint32Array
  HEAP32: Int32Array
}

interface HarfBuzzModule {
  version_string(): string
  createBlob(data: Uint8Array): unknown
  createFace(blob: unknown, index: number): { upem: number; collectUnicodes(): Uint32Array }
  createFont(face: unknown): { glyphHAdvance(glyph: number): number }
  createBuffer(): HarfBuzzBuffer
  shape(font: unknown, buffer: HarfBuzzBuffer, features?: string): void
}

let loading: Promise<HarfBuzz> | undefined

const glyphWords = 5

/**
 * Adds `length` UTF-16 units of `text` from `start` to a buffer, the rest as context:
 * the text is copied into HarfBuzz's memory at once, where the wrapper copies it a
 * unit at a time.
 */
function addText(
  emscripten: EmscriptenModule,
  buffer: HarfBuzzBuffer,
  text: string,
  start: number,
  length: number,
): void {
  const functions = emscripten.wasmExports
  const units = Buffer.from(text, 'utf16le')
  const pointer = functions.malloc(Math.max(1, units.length))
  try {
    emscripten.HEAPU8.set(units, pointer)
    functions.hb_buffer_add_utf16(buffer.ptr, pointer, text.length, start, length)
  } finally {
    functions.free(pointer)
  }
}

/** Copies a shaped buffer's glyphs out of HarfBuzz's memory, without an object per glyph. */
function readGlyphs(emscripten: EmscriptenModule, buffer: HarfBuzzBuffer): ShapedGlyphs {
  const functions = emscripten.wasmExports
  const length = functions.hb_buffer_get_length(buffer.ptr)
  const glyphs = emptyGlyphs(length)
  if (length === 0) return glyphs
  const infos = functions.hb_buffer_get_glyph_infos(buffer.ptr, 0) >>> 2
  const positions = functions.hb_buffer_get_glyph_positions(buffer.ptr, 0) >>> 2
  // Read after shaping: memory may have grown, which replaces the views.
  const words = emscripten.HEAPU32
  const signedWords = emscripten.HEAP32
  for (let index = 0; index < length; index++) {
    const info = infos + index * glyphWords
    const position = positions + index * glyphWords
    glyphs.ids[index] = words[info]!
    glyphs.clusters[index] = words[info + 2]!
    glyphs.advances[index] = signedWords[position]!
    glyphs.xOffsets[index] = signedWords[position + 2]!
    glyphs.yOffsets[index] = signedWords[position + 3]!
  }
  return glyphs
}

function open(
  module: HarfBuzzModule,
  emscripten: EmscriptenModule,
  data: Uint8Array,
): HarfBuzzFont {
  const face = module.createFace(module.createBlob(data), 0)
  const font = module.createFont(face)
  const coverage = new Set(face.collectUnicodes())
  const advances = new Map<number, number>()
  return {
    unitsPerEm: face.upem,
    covers: (codePoint) => coverage.has(codePoint),
    nominalAdvance: (glyph) => {
      let advance = advances.get(glyph)
      if (advance === undefined) {
        advance = font.glyphHAdvance(glyph)
        advances.set(glyph, advance)
      }
      return advance
    },
    shape: (text, start, length, properties) => {
      const buffer = module.createBuffer()
      try {
        addText(emscripten, buffer, text, start, length)
        buffer.setDirection(properties.direction)
        buffer.setScript(properties.script)
        buffer.setLanguage(properties.language)
        module.shape(font, buffer)
        return readGlyphs(emscripten, buffer)
      } finally {
        buffer.destroy()
      }
    },
  }
}

/** Loads HarfBuzz's WebAssembly build once per process. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url)
    const folder = dirname(require.resolve('harfbuzzjs/package.json'))
    const createModule = require(join(folder, 'hb.js')) as (
      options: object,
    ) => Promise<EmscriptenModule>
    const wrap = require(join(folder, 'hbjs.js')) as (instance: EmscriptenModule) => HarfBuzzModule
    const emscripten = await createModule({ wasmBinary: readFileSync(join(folder, 'hb.wasm')) })
    const module = wrap(emscripten)
    return {
      version: module.version_string(),
      openFont: (data) => open(module, emscripten, data),
    }
  })()
  return loading
}

/** HarfBuzz's subsetter: makes a font file that keeps only what some characters need. */
export interface HarfBuzzSubsetter {
  /**
   * A subset of a font file (TrueType or OpenType) with the glyphs of the code points
   * and every glyph its layout tables reach from them (ligatures, conjuncts, marks), so
   * the subset shapes those characters as the whole font does. Hinting is left out.
   *
   * @throws {Error} When HarfBuzz cannot subset the file.
   */
  subset(data: Uint8Array, codePoints: Iterable<number>): Uint8Array
  /**
   * A subset of a TrueType font file for a PDF: the glyphs given, at the same glyph ids
   * (the others left empty), without the layout tables or the character map, which a
   * PDF's text does not use. Hinting is kept.
   *
   * @throws {Error} When HarfBuzz cannot subset the file.
   */
  subsetGlyphs(data: Uint8Array, glyphs: Iterable<number>): Uint8Array
}

/** The C functions of `hb-subset.wasm`, a module of its own with its own memory. */
interface SubsetExports {
  memory: WebAssembly.Memory
  malloc(size: number): number
  free(pointer: number): void
  hb_blob_create(
    data: number,
    length: number,
    mode: number,
    userData: number,
    destroy: number,
  ): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, codePoint: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_glyph_set(input: number): number
  /** One of the input's sets, by `hb_subset_sets_t`. */
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
}

const subsetFunctions = [
  'malloc',
  'free',
  'hb_blob_create',
  'hb_blob_destroy',
  'hb_blob_get_data',
  'hb_blob_get_length',
  'hb_face_create',
  'hb_face_destroy',
  'hb_face_reference_blob',
  'hb_set_add',
  'hb_subset_input_create_or_fail',
  'hb_subset_input_destroy',
  'hb_subset_input_unicode_set',
  'hb_subset_input_glyph_set',
  'hb_subset_input_set',
  'hb_subset_input_get_flags',
  'hb_subset_input_set_flags',
  'hb_subset_or_fail',
] as const satisfies ReadonlyArray<keyof SubsetExports>

/** `HB_MEMORY_MODE_WRITABLE`: HarfBuzz may use the bytes where they are. */
const writableMemory = 2
/** `HB_SUBSET_FLAGS_NO_HINTING`. */
const noHinting = 0x1

/** `HB_SUBSET_FLAGS_RETAIN_GIDS`. */
const retainGlyphIds = 0x2
/** `HB_SUBSET_SETS_DROP_TABLE_TAG`. */
const dropTables = 3
/** The tables a PDF's glyphs never read: layout, kerning and the character map. */
const tablesPdfsIgnore = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'kern', 'morx', 'cmap']

const tagNumber = (tag: string) =>
  [...tag].reduce((number, character) => number * 256 + character.charCodeAt(0), 0) >>> 0

let loadingSubsetter: Promise<HarfBuzzSubsetter> | undefined

/** What to keep of a font file: code points, or glyphs by id for a PDF. */
type Keep = { codePoints: Iterable<number> } | { glyphs: Iterable<number> }

function subsetWith(exports: SubsetExports, data: Uint8Array, keep: Keep) {
  const pointer = exports.malloc(Math.max(1, data.byteLength))
  new Uint8Array(exports.memory.buffer).set(data, pointer)
  const blob = exports.hb_blob_create(pointer, data.byteLength, writableMemory, 0, 0)
  const face = exports.hb_face_create(blob, 0)
  exports.hb_blob_destroy(blob)
  const input = exports.hb_subset_input_create_or_fail()
  try {
    if (input === 0) throw new Error('HarfBuzz could not start a subset')
    const flags = exports.hb_subset_input_get_flags(input)
    if ('codePoints' in keep) {
      const unicodes = exports.hb_subset_input_unicode_set(input)
      for (const codePoint of keep.codePoints) exports.hb_set_add(unicodes, codePoint)
      exports.hb_subset_input_set_flags(input, flags | noHinting)
    } else {
      const glyphs = exports.hb_subset_input_glyph_set(input)
      for (const glyph of keep.glyphs) exports.hb_set_add(glyphs, glyph)
      const dropped = exports.hb_subset_input_set(input, dropTables)
      for (const tag of tablesPdfsIgnore) exports.hb_set_add(dropped, tagNumber(tag))
      exports.hb_subset_input_set_flags(input, flags | retainGlyphIds | noHinting)
    }
    const subset = exports.hb_subset_or_fail(face, input)
    if (subset === 0) throw new Error('HarfBuzz could not subset the font')
    const result = exports.hb_face_reference_blob(subset)
    try {
      const length = exports.hb_blob_get_length(result)
      if (length === 0) throw new Error('HarfBuzz made an empty subset')
      const start = exports.hb_blob_get_data(result, 0)
      // Read after subsetting: memory may have grown, which replaces the buffer.
      return new Uint8Array(exports.memory.buffer).slice(start, start + length)
    } finally {
      exports.hb_blob_destroy(result)
      exports.hb_face_destroy(subset)
    }
  } finally {
    if (input !== 0) exports.hb_subset_input_destroy(input)
    exports.hb_face_destroy(face)
    exports.free(pointer)
  }
}

/** Loads HarfBuzz's subsetter (`hb-subset.wasm`) once per process. */
export function loadSubsetter(): Promise<HarfBuzzSubsetter> {
  loadingSubsetter ??= (async () => {
    const require = createRequire(import.meta.url)
    const folder = dirname(require.resolve('harfbuzzjs/package.json'))
    const { instance } = await WebAssembly.instantiate(readFileSync(join(folder, 'hb-subset.wasm')))
    const exports = instance.exports as unknown as SubsetExports
    const missing = subsetFunctions.filter((name) => typeof exports[name] !== 'function')
    if (missing.length > 0)
      throw new Error(`harfbuzzjs's hb-subset.wasm lacks ${missing.join(', ')}`)
    return {
      subset: (data, codePoints) => subsetWith(exports, data, { codePoints }),
      subsetGlyphs: (data, glyphs) => subsetWith(exports, data, { glyphs }),
    }
  })()
  return loadingSubsetter
}
