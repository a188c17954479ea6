import { AlignmentType, type ILevelsOptions, LevelFormat, LevelSuffix } from 'docx'
import { bodyIndent, listIndent, symbolFont } from './styles.js'

/** The kinds of list the document numbers, each from a Word numbering definition. */
export const listKinds = {
  paragraphNumbers: 'paragraph-numbers',
  sectionNumerals: 'section-numerals',
  recommendationLetters: 'recommendation-letters',
  orderedList: 'ordered-list',
  documentList: 'document-list',
  bullets: 'bullets',
} as const

/** A kind of list: one of `listKinds`. */
export type ListKind = (typeof listKinds)[keyof typeof listKinds]

/** Where a paragraph sits in a list: the numbering reference, its instance and level. */
export interface ListPlace {
  reference: string
  instance: number
  level: 0
}

/** The numbering definitions a document needs, gathered while its blocks are rendered. */
export interface NumberingRegistry {
  /** Level definitions by reference. */
  definitions: Map<string, ILevelsOptions[]>
  /** The instance the next new list of a reference takes. */
  nextInstance: Map<string, number>
  /** How the report's language labels list letters, numbers and sections. */
  style: NumberingStyle
}

/** How a language labels list letters: capitals or small letters, in a pattern such as `{letter})`. */
export interface LetterStyle {
  letterCase: 'upper' | 'lower'
  letterLabel: string
  /** Latin letters, or Arabic ones in abjadi order (Word's `arabicAbjad`). Default: Latin. */
  letters?: 'latin' | 'arabicAbjad'
}

/**
 * How a language labels numbers and sections besides its letters: the pattern of a
 * paragraph's number (`{number}.`, `{number} -`), of a section's label (`{numeral}.`),
 * the numerals of sections, and how far a section's title hangs from its label.
 */
export interface NumberingStyle extends LetterStyle {
  /** Default: `{number}.` */
  numberLabel?: string
  /** Default: `{numeral}.` */
  sectionLabel?: string
  /** Default: roman. */
  numerals?: 'roman' | 'arabicOrdinal' | 'chinese'
  /** The hanging indent of a section heading, in twentieths of a point. Default: the body's indent. */
  sectionHanging?: number
}

/**
 * Whether Word numbers the sections itself: roman numerals it has (`upperRoman`); the
 * ordinals of Arabic documents and Chinese numerals are written as the heading's text,
 * exactly as core words them, so that every format shows the same label.
 */
export function wordNumbersSections(style: NumberingStyle): boolean {
  return (style.numerals ?? 'roman') === 'roman'
}

/** An empty registry. Default letters: `A.`, `B.`, … */
export function createNumberingRegistry(
  style: NumberingStyle = { letterCase: 'upper', letterLabel: '{letter}.' },
): NumberingRegistry {
  return { definitions: new Map(), nextInstance: new Map(), style }
}

/** One numbered level: `format` shown as `1.`, `A.` or `I.`, hanging by `hanging` from `left`. */
function numberedLevel(
  format: ILevelsOptions['format'],
  start: number,
  left: number,
  hanging: number,
  text = '%1.',
): ILevelsOptions {
  return {
    level: 0,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left, hanging } } },
  }
}

function levelFor(
  kind: ListKind,
  start: number,
  marker: string,
  style: NumberingStyle,
): ILevelsOptions {
  const numberText = (style.numberLabel ?? '{number}.').replace('{number}', '%1')
  switch (kind) {
    case listKinds.paragraphNumbers:
      return numberedLevel(LevelFormat.DECIMAL, start, bodyIndent, bodyIndent, numberText)
    case listKinds.sectionNumerals: {
      const hanging = style.sectionHanging ?? bodyIndent
      const text = (style.sectionLabel ?? '{numeral}.').replace('{numeral}', '%1')
      return numberedLevel(LevelFormat.UPPER_ROMAN, start, hanging, hanging, text)
    }
    case listKinds.recommendationLetters:
      return numberedLevel(
        style.letters === 'arabicAbjad'
          ? LevelFormat.ARABIC_ABJAD
          : style.letterCase === 'lower'
            ? LevelFormat.LOWER_LETTER
            : LevelFormat.UPPER_LETTER,
        start,
        listIndent,
        bodyIndent,
        style.letterLabel.replace('{letter}', '%1'),
      )
    case listKinds.orderedList:
    case listKinds.documentList:
      return numberedLevel(LevelFormat.DECIMAL, start, listIndent, bodyIndent, numberText)
    case listKinds.bullets:
      return {
        level: 0,
        format: LevelFormat.BULLET,
        text: marker,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.TAB,
        style: {
          paragraph: { indent: { left: listIndent, hanging: bodyIndent / 2 } },
          // Times New Roman has the bullet but not marks such as ✓.
          ...(marker === '•' ? {} : { run: { font: symbolFont } }),
        },
      }
  }
}

/**
 * The numbering reference for a kind of list starting at `start` (or, for bullets,
 * shown with `marker`), its definition added to the registry the first time.
 */
export function referenceFor(
  registry: NumberingRegistry,
  kind: ListKind,
  start = 1,
  marker = '•',
): string {
  const reference =
    kind === listKinds.bullets
      ? `${kind}-${[...marker].map((character) => character.codePointAt(0)).join('-')}`
      : `${kind}-${start}`
  if (!registry.definitions.has(reference))
    registry.definitions.set(reference, [levelFor(kind, start, marker, registry.style)])
  return reference
}

/** A new list of a reference: its own instance, so its numbers start again. */
export function newList(registry: NumberingRegistry, reference: string): ListPlace {
  const instance = registry.nextInstance.get(reference) ?? 0
  registry.nextInstance.set(reference, instance + 1)
  return { reference, instance, level: 0 }
}

/** The Word numbering configuration for the registry's definitions, in the order they were added. */
export function numberingConfig(registry: NumberingRegistry) {
  return [...registry.definitions].map(([reference, levels]) => ({ reference, levels }))
}
