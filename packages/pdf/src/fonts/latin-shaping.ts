/**
 * Shaping of Latin text and common punctuation straight from a font's tables.
 *
 * fontkit shapes every word with its general OpenType engine, which is slow in a new
 * process: a report has a few thousand distinct words, and shaping them took most of
 * a cold PDF render. For Latin letters, digits and punctuation, the shaping features
 * fontkit applies by default come down to ligature substitution (GSUB type 4) and pair
 * kerning (GPOS type 2). This module applies exactly those lookups, in fontkit's order,
 * and gives the same glyphs and positions. It takes text only when the font's tables
 * prove that no other lookup can touch it (see `planFor`); any other text is left to
 * fontkit. A test compares both on every word of the example and on random text.
 */

/** A glyph as fontkit returns it (the same cached object). */
export interface ShapedGlyph {
  id: number
  advanceWidth: number
  codePoints: number[]
}

/** A glyph's position, in the thousandths of an em that pdfkit uses. */
export interface ShapedPosition {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

/** A shaped run, as pdfkit's embedded font keeps it in its layout cache. */
export interface ShapedRun {
  glyphs: ShapedGlyph[]
  positions: ShapedPosition[]
  advanceWidth: number
}

/** Shapes text when it is Latin text the font's tables allow; `undefined` otherwise. */
export type LatinShaper = (text: string) => ShapedRun | undefined

// The parts of fontkit's parsed tables that this module reads.
interface Coverage {
  version: number
  glyphs?: number[]
  rangeRecords?: Array<{ start: number; end: number; startCoverageIndex: number }>
}
interface ClassDefinition {
  version: number
  startGlyph?: number
  classValueArray?: number[]
  classRangeRecord?: Array<{ start: number; end: number; class: number }>
}
interface IndexedList<Item> {
  length: number
  get(index: number): Item
}
interface ValueRecord {
  xAdvance?: number
  yAdvance?: number
  xPlacement?: number
  yPlacement?: number
  xPlaDevice?: unknown
  yPlaDevice?: unknown
  xAdvDevice?: unknown
  yAdvDevice?: unknown
}
interface ContextRule {
  input?: number[]
  classes?: number[]
  backtrack?: number[]
  lookahead?: number[]
}
interface Subtable {
  version?: number
  coverage?: Coverage
  coverages?: Coverage[]
  inputCoverage?: Coverage[]
  backtrackCoverage?: Coverage[]
  lookaheadCoverage?: Coverage[]
  ruleSets?: Array<ContextRule[] | null>
  chainRuleSets?: Array<ContextRule[] | null>
  classDef?: ClassDefinition
  inputClassDef?: ClassDefinition
  backtrackClassDef?: ClassDefinition
  lookaheadClassDef?: ClassDefinition
  classSet?: Array<ContextRule[] | null>
  chainClassSet?: Array<ContextRule[] | null>
  markCoverage?: Coverage
  mark1Coverage?: Coverage
  ligatureSets?: IndexedList<Array<{ glyph: number; components: number[] }>>
  pairSets?: IndexedList<Array<{ secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }>>
  classDef1?: ClassDefinition
  classDef2?: ClassDefinition
  classRecords?: IndexedList<IndexedList<{ value1?: ValueRecord; value2?: ValueRecord }>>
}
interface Lookup {
  lookupType: number
  flags: {
    markAttachmentType?: number
    flags?: {
      ignoreMarks?: boolean
      ignoreBaseGlyphs?: boolean
      ignoreLigatures?: boolean
      useMarkFilteringSet?: boolean
    }
  }
  subTables: Subtable[]
}
interface LayoutTable {
  scriptList: Array<{
    tag: string
    script: {
      defaultLangSys: { featureIndexes: number[] } | null
    }
  }>
  featureList: Array<{ tag: string; feature: { lookupListIndexes: number[] } }>
  lookupList: IndexedList<Lookup>
  featureVariations?: unknown
}

/** The part of a fontkit font this module uses. */
export interface ShapingFont {
  GSUB?: LayoutTable
  GPOS?: LayoutTable
  GDEF?: { glyphClassDef?: ClassDefinition }
  kern?: unknown
  glyphForCodePoint(codePoint: number): ShapedGlyph
  getGlyph(id: number, codePoints?: number[]): ShapedGlyph
  /** fontkit's character map, which gives a glyph id without making a glyph object. */
  _cmapProcessor?: { lookup(codePoint: number): number }
}

/** The code points this module shapes: printable ASCII, Latin-1, Latin Extended-A, common punctuation. */
const shapedRanges: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac], // U+00AD, the soft hyphen, is a default ignorable: fontkit hides it
  [0xae, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
]

/** Whether a shaped code point is a Latin letter (Unicode script Latin); the others are Common. */
function isLatinLetter(codePoint: number): boolean {
  return (
    (codePoint >= 0x41 && codePoint <= 0x5a) ||
    (codePoint >= 0x61 && codePoint <= 0x7a) ||
    codePoint === 0xaa ||
    codePoint === 0xba ||
    (codePoint >= 0xc0 && codePoint <= 0x17f && codePoint !== 0xd7 && codePoint !== 0xf7)
  )
}

/** The features fontkit applies by default to horizontal text, in its order (fractions aside: they need U+2044). */
const defaultFeatures = [
  'rvrn',
  'ltra',
  'ltrm',
  'ccmp',
  'locl',
  'rlig',
  'mark',
  'mkmk',
  'calt',
  'clig',
  'liga',
  'rclt',
  'curs',
  'kern',
]

function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs!.indexOf(glyph)
  if (coverage.version === 2) {
    for (const range of coverage.rangeRecords!) {
      if (range.start <= glyph && glyph <= range.end)
        return range.startCoverageIndex + glyph - range.start
    }
  }
  return -1
}

function classOf(definition: ClassDefinition, glyph: number): number {
  if (definition.version === 1) {
    const index = glyph - definition.startGlyph!
    if (index >= 0 && index < definition.classValueArray!.length)
      return definition.classValueArray![index]!
  } else if (definition.version === 2) {
    for (const range of definition.classRangeRecord!) {
      if (range.start <= glyph && glyph <= range.end) return range.class
    }
  }
  return 0
}

function intersects(coverage: Coverage | undefined, glyphs: ReadonlySet<number>): boolean {
  if (!coverage) return true
  for (const glyph of glyphs) if (coverageIndex(coverage, glyph) !== -1) return true
  return false
}

/**
 * Whether a subtable of a lookup this module does not apply could act on a run made
 * only of `glyphs`; true when unsure. A contextual rule can act only when every glyph
 * (or class, or coverage) it asks for is among them.
 */
function couldApply(
  table: 'GSUB' | 'GPOS',
  type: number,
  subtable: Subtable,
  glyphs: ReadonlySet<number>,
): boolean {
  const contextual = table === 'GSUB' ? type === 5 || type === 6 : type === 7 || type === 8
  if (!contextual) {
    if (table === 'GPOS' && (type === 4 || type === 5))
      return intersects(subtable.markCoverage, glyphs)
    if (table === 'GPOS' && type === 6) return intersects(subtable.mark1Coverage, glyphs)
    return subtable.coverage === undefined || intersects(subtable.coverage, glyphs)
  }
  if (subtable.version === 3) {
    const coverages = [
      ...(subtable.backtrackCoverage ?? []),
      ...(subtable.inputCoverage ?? subtable.coverages ?? []),
      ...(subtable.lookaheadCoverage ?? []),
    ]
    return coverages.every((coverage) => intersects(coverage, glyphs))
  }
  if (!subtable.coverage) return true
  const covered = [...glyphs].filter((glyph) => coverageIndex(subtable.coverage!, glyph) !== -1)
  if (subtable.version === 1) {
    const all = (ids: number[] | undefined) => (ids ?? []).every((id) => glyphs.has(id))
    return covered.some((glyph) => {
      const rules = (subtable.chainRuleSets ?? subtable.ruleSets)?.[
        coverageIndex(subtable.coverage!, glyph)
      ]
      return (rules ?? []).some(
        (rule) => all(rule.input) && all(rule.backtrack) && all(rule.lookahead),
      )
    })
  }
  if (subtable.version === 2) {
    const inputDefinition = subtable.inputClassDef ?? subtable.classDef
    if (!inputDefinition) return true
    const classesOf = (definition: ClassDefinition | undefined) =>
      definition ? new Set([...glyphs].map((glyph) => classOf(definition, glyph))) : undefined
    const inputClasses = classesOf(inputDefinition)!
    const backtrackClasses = classesOf(subtable.backtrackClassDef)
    const lookaheadClasses = classesOf(subtable.lookaheadClassDef)
    const within = (classes: number[] | undefined, known: Set<number> | undefined) =>
      (classes ?? []).every((value) => known === undefined || known.has(value))
    return covered.some((glyph) => {
      const rules = (subtable.chainClassSet ?? subtable.classSet)?.[classOf(inputDefinition, glyph)]
      return (rules ?? []).some(
        (rule) =>
          within(rule.input ?? rule.classes, inputClasses) &&
          within(rule.backtrack, backtrackClasses) &&
          within(rule.lookahead, lookaheadClasses),
      )
    })
  }
  return true
}

interface PlannedLookup {
  table: 'GSUB' | 'GPOS'
  lookup: Lookup
}

/** How one script's text is shaped in one font: the lookups to apply, in order. */
interface ShapingPlan {
  substitutions: Lookup[]
  positionings: Lookup[]
}

/** The lookups fontkit would apply for a script tag, found as its `selectScript` and `lookupsForFeatures` do. */
function lookupsFor(table: LayoutTable | undefined, scriptTag: string): Lookup[] | null {
  if (!table) return []
  if (table.featureVariations) return null
  const entry =
    table.scriptList.find((script) => script.tag === scriptTag) ??
    ['DFLT', 'dflt', 'latn']
      .map((tag) => table.scriptList.find((script) => script.tag === tag))
      .find((script) => script !== undefined)
  if (!entry) return []
  const language = entry.script.defaultLangSys
  if (!language) return []
  const features = new Map<string, number[]>()
  for (const index of language.featureIndexes) {
    const record = table.featureList[index]!
    features.set(record.tag, record.feature.lookupListIndexes)
  }
  const chosen: Array<{ index: number; lookup: Lookup }> = []
  for (const tag of defaultFeatures) {
    for (const index of features.get(tag) ?? []) {
      chosen.push({ index, lookup: table.lookupList.get(index) })
    }
  }
  chosen.sort((left, right) => left.index - right.index)
  return chosen.map((entry) => entry.lookup)
}

/**
 * The plan for a script, or null when the font could treat some shaped text in a way
 * this module does not reproduce: a lookup of another kind that could start at one
 * of the glyphs, a glyph that a lookup's flags would skip, a mark glyph, font
 * variations, or kerning from the old `kern` table.
 */
function planFor(font: ShapingFont, scriptTag: string, glyphs: Set<number>): ShapingPlan | null {
  const substitutionLookups = lookupsFor(font.GSUB, scriptTag)
  const positioningLookups = lookupsFor(font.GPOS, scriptTag)
  if (!substitutionLookups || !positioningLookups) return null
  if (!font.GPOS && font.kern) return null
  const classes = font.GDEF?.glyphClassDef
  if (!classes) return null
  const reachable = new Set(glyphs)
  const planned: PlannedLookup[] = [
    ...substitutionLookups.map((lookup) => ({ table: 'GSUB' as const, lookup })),
    ...positioningLookups.map((lookup) => ({ table: 'GPOS' as const, lookup })),
  ]
  // Ligature outputs take part in the lookups after them.
  for (const lookup of substitutionLookups) {
    if (lookup.lookupType !== 4) continue
    for (const glyph of reachable)
      for (const ligature of ligaturesOf(lookup, glyph)) reachable.add(ligature.glyph)
  }
  for (const glyph of reachable) if (classOf(classes, glyph) === 3) return null
  for (const { table, lookup } of planned) {
    const applied =
      (table === 'GSUB' && lookup.lookupType === 4) || (table === 'GPOS' && lookup.lookupType === 2)
    if (applied) {
      const flags = lookup.flags.flags ?? {}
      if (flags.useMarkFilteringSet) return null
      for (const glyph of reachable) {
        const glyphClass = classOf(classes, glyph)
        if (flags.ignoreBaseGlyphs && glyphClass === 1) return null
        if (flags.ignoreLigatures && glyphClass === 2) return null
      }
      if (table === 'GPOS') {
        for (const subtable of lookup.subTables)
          if (subtable.version !== 1 && subtable.version !== 2) return null
      }
      continue
    }
    const extension = table === 'GSUB' ? lookup.lookupType === 7 : lookup.lookupType === 9
    if (extension) return null
    for (const subtable of lookup.subTables) {
      if (couldApply(table, lookup.lookupType, subtable, reachable)) return null
    }
  }
  const kerns = positioningLookups.some((lookup) => lookup.lookupType === 2)
  if (!kerns && font.kern) return null
  return {
    substitutions: substitutionLookups.filter((lookup) => lookup.lookupType === 4),
    positionings: positioningLookups.filter((lookup) => lookup.lookupType === 2),
  }
}

/** A ligature a glyph can start: the glyphs that must follow it, and the glyph that replaces them all. */
interface Ligature {
  components: number[]
  glyph: number
}

/** The ligatures a glyph can start under one lookup, in the order fontkit tries them. */
function ligaturesOf(lookup: Lookup, glyph: number): Ligature[] {
  const ligatures: Ligature[] = []
  for (const subtable of lookup.subTables) {
    const index = coverageIndex(subtable.coverage!, glyph)
    if (index !== -1) ligatures.push(...subtable.ligatureSets!.get(index))
  }
  return ligatures
}

/**
 * What a pair lookup does to two glyphs: the advances it adds to each, `null` when no
 * subtable takes the pair, `undefined` when it moves them in a way this module leaves to fontkit.
 */
function pairAdjustment(
  lookup: Lookup,
  first: number,
  second: number,
): readonly [number, number] | null | undefined {
  for (const subtable of lookup.subTables) {
    const index = coverageIndex(subtable.coverage!, first)
    if (index === -1) continue
    let values: { value1?: ValueRecord; value2?: ValueRecord } | undefined
    if (subtable.version === 1) {
      values = subtable.pairSets!.get(index).find((pair) => pair.secondGlyph === second)
      if (!values) continue
    } else {
      values = subtable
        .classRecords!.get(classOf(subtable.classDef1!, first))
        .get(classOf(subtable.classDef2!, second))
    }
    const advance1 = advanceOf(values.value1)
    const advance2 = advanceOf(values.value2)
    return advance1 === undefined || advance2 === undefined ? undefined : [advance1, advance2]
  }
  return null
}

/** The advance a value record adds; `undefined` when it also moves the glyph otherwise. */
function advanceOf(value: ValueRecord | undefined): number | undefined {
  if (!value) return 0
  if (value.yAdvance || value.xPlacement || value.yPlacement) return undefined
  if (value.xPlaDevice || value.yPlaDevice || value.xAdvDevice || value.yAdvDevice) return undefined
  return value.xAdvance ?? 0
}

/** Which code points this module shapes, by code point below U+2100. */
const shapedTable = (() => {
  const table = new Uint8Array(0x2100)
  for (const [first, last] of shapedRanges) table.fill(1, first, last + 1)
  return table
})()

/** A plan made ready for shaping many words: each lookup's answers kept as they are found. */
interface PreparedPlan {
  ligatures: Array<Map<number, Ligature[]>>
  pairs: Array<Map<number, readonly [number, number] | null | undefined>>
  plan: ShapingPlan
}

/**
 * Creates a shaper for one font, scaled as pdfkit scales (1000 / units per em). The
 * font's tables are read on first use and kept with the shaper.
 */
export function createLatinShaper(font: ShapingFont, scale: number): LatinShaper {
  const plans = new Map<string, PreparedPlan | null>()
  let shapedGlyphs: Set<number> | undefined

  // Planning reads glyph ids only. Glyph objects are made as fontkit makes them, in the
  // order text asks for them: fontkit keeps the first one made for an id, with the code
  // points it was made for.
  const glyphOf = (codePoint: number): number =>
    font._cmapProcessor?.lookup(codePoint) ?? font.glyphForCodePoint(codePoint).id
  const glyphByCodePoint: Array<ShapedGlyph | undefined> = []
  const prepared = (scriptTag: string): PreparedPlan | null => {
    let found = plans.get(scriptTag)
    if (found === undefined) {
      if (!shapedGlyphs) {
        shapedGlyphs = new Set()
        for (const [first, last] of shapedRanges) {
          for (let codePoint = first; codePoint <= last; codePoint++) {
            const id = glyphOf(codePoint)
            if (id !== 0) shapedGlyphs.add(id)
          }
        }
      }
      const plan = planFor(font, scriptTag, shapedGlyphs)
      found = plan && {
        plan,
        ligatures: plan.substitutions.map(() => new Map()),
        pairs: plan.positionings.map(() => new Map()),
      }
      plans.set(scriptTag, found)
    }
    return found
  }

  return (text) => {
    if (text.length === 0) return undefined
    let latin = false
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.charCodeAt(index)
      if (codePoint >= 0x2100 || shapedTable[codePoint] === 0) return undefined
      if (isLatinLetter(codePoint)) latin = true
    }
    const chosen = prepared(latin ? 'latn' : 'zzzz')
    if (!chosen) return undefined
    const ids: number[] = []
    const glyphs: ShapedGlyph[] = []
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.charCodeAt(index)
      let glyph = glyphByCodePoint[codePoint]
      if (glyph === undefined) {
        glyph = font.glyphForCodePoint(codePoint)
        glyphByCodePoint[codePoint] = glyph
      }
      if (glyph.id === 0) return undefined
      ids.push(glyph.id)
      glyphs.push(glyph)
    }

    const { substitutions, positionings } = chosen.plan
    for (let step = 0; step < substitutions.length; step++) {
      const known = chosen.ligatures[step]!
      for (let index = 0; index < ids.length; index++) {
        const first = ids[index]!
        let ligatures = known.get(first)
        if (ligatures === undefined) {
          ligatures = ligaturesOf(substitutions[step]!, first)
          known.set(first, ligatures)
        }
        for (const ligature of ligatures) {
          const count = ligature.components.length
          if (index + count >= ids.length) continue
          let matches = true
          for (let offset = 0; offset < count && matches; offset++)
            matches = ids[index + 1 + offset] === ligature.components[offset]
          if (!matches) continue
          const codePoints: number[] = []
          for (let offset = 0; offset <= count; offset++)
            codePoints.push(...glyphs[index + offset]!.codePoints)
          ids.splice(index, count + 1, ligature.glyph)
          glyphs.splice(index, count + 1, font.getGlyph(ligature.glyph, codePoints))
          break
        }
      }
    }

    const advances: number[] = []
    for (const glyph of glyphs) advances.push(glyph.advanceWidth)
    for (let step = 0; step < positionings.length; step++) {
      const known = chosen.pairs[step]!
      for (let index = 0; index + 1 < ids.length; index++) {
        const key = ids[index]! * 0x10000 + ids[index + 1]!
        let adjustment = known.get(key)
        if (!known.has(key)) {
          adjustment = pairAdjustment(positionings[step]!, ids[index]!, ids[index + 1]!)
          known.set(key, adjustment)
        }
        if (adjustment === undefined) return undefined
        if (adjustment === null) continue
        advances[index]! += adjustment[0]
        advances[index + 1]! += adjustment[1]
      }
    }

    let advanceWidth = 0
    const positions: ShapedPosition[] = []
    for (let index = 0; index < glyphs.length; index++) {
      const xAdvance = advances[index]! * scale
      advanceWidth += xAdvance
      positions.push({
        xAdvance,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
        advanceWidth: glyphs[index]!.advanceWidth * scale,
      })
    }
    return { glyphs, positions, advanceWidth }
  }
}
