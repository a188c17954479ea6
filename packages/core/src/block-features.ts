import { runsOf } from './block-runs.js'
import { anonymousSpeaker, type Block, type Inline } from './content-schema.js'
import { speakerOf } from './gather-recommendations.js'

/**
 * What a translation keeps of a block whatever its language, by which a block of a
 * translation is told to be the counterpart of a block of the report it translates.
 */
export interface BlockFeatures {
  /**
   * The block's kind: `numbered paragraph`, `paragraph` (unnumbered), `subheading`,
   * `list`, `checklist`, `recommendations` or `table`. Counterparts are of one kind.
   */
  kind: string
  /**
   * What the block cites, names and counts, once for each time, sorted: the footnotes it
   * references (`note 3`), the people it mentions (`person kone`), its participants
   * (`participant p1`, or `participant` without an identity), its numbers written in
   * digits of any script (`number 2018`), its marked recommendations and calls with who
   * made them (`recommendation kone`, `call participant`), the speaker of a list of
   * recommendations (`recommendations kone`), and how many items, rows or columns it has
   * (`items 3`).
   */
  features: string[]
  /** How many characters its words have. */
  length: number
}

const decimalDigit = /\p{Nd}/u
const digitValues = new Map<string, string>()

/**
 * The value of a decimal digit of any script (`٣` and `৩` are 3): Unicode sets each
 * script's digits as ten consecutive characters from zero, so the value is how many
 * digits come before it, modulo ten.
 */
function digitValue(digit: string): string {
  let value = digitValues.get(digit)
  if (value === undefined) {
    let code = digit.codePointAt(0)!
    let before = 0
    while (code > 0 && decimalDigit.test(String.fromCodePoint(code - 1))) {
      code--
      before++
    }
    value = String(before % 10)
    digitValues.set(digit, value)
  }
  return value
}

/** The numbers of a text written in digits, in ASCII digits without leading zeros. */
export function numbersIn(text: string): string[] {
  return (text.match(/\p{Nd}+/gu) ?? []).map((digits) =>
    Array.from(digits, digitValue)
      .join('')
      .replace(/^0+(?=\d)/, ''),
  )
}

function inlineFeatures(inlines: readonly Inline[], found: BlockFeatures): void {
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        found.length += inline.value.length
        for (const number of numbersIn(inline.value)) found.features.push(`number ${number}`)
        break
      case 'footnoteReference':
        found.features.push(`note ${inline.identifier}`)
        break
      case 'mention':
        found.features.push(`person ${inline.person}`)
        break
      case 'participant':
        found.length += inline.label.length
        found.features.push(
          inline.identity === undefined ? 'participant' : `participant ${inline.identity}`,
        )
        break
      case 'recommendation':
        found.features.push(`${inline.kind} ${speakerOf(inline) ?? anonymousSpeaker}`)
        break
    }
    if ('children' in inline) inlineFeatures(inline.children, found)
  }
}

function kindOf(block: Block): string {
  if (block.type === 'paragraph') return block.numbered ? 'numbered paragraph' : 'paragraph'
  return block.type
}

/** What a translation keeps of `block`: its kind, what it cites, names and counts, its length. */
export function blockFeatures(block: Block): BlockFeatures {
  const found: BlockFeatures = { kind: kindOf(block), features: [], length: 0 }
  switch (block.type) {
    case 'subheading':
      found.length += block.text.length
      for (const number of numbersIn(block.text)) found.features.push(`number ${number}`)
      break
    case 'recommendations':
      found.features.push(`recommendations ${block.speaker}`, `items ${block.items.length}`)
      break
    case 'list':
    case 'checklist':
      found.features.push(`items ${block.items.length}`)
      break
    case 'table':
      found.features.push(`columns ${block.header.length}`, `rows ${block.rows.length}`)
      break
  }
  for (const run of runsOf(block, [])) inlineFeatures(run.inlines, found)
  found.features.sort()
  return found
}

/**
 * How much two blocks' features agree, from 0 (nothing in common) to 1 (the same,
 * or both without any): twice the features they share over how many both have.
 * Both lists are sorted, as `blockFeatures` gives them.
 */
export function featureAgreement(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1
  let shared = 0
  let leftIndex = 0
  let rightIndex = 0
  while (leftIndex < left.length && rightIndex < right.length) {
    const leftFeature = left[leftIndex]!
    const rightFeature = right[rightIndex]!
    if (leftFeature === rightFeature) {
      shared++
      leftIndex++
      rightIndex++
    } else if (leftFeature < rightFeature) leftIndex++
    else rightIndex++
  }
  return (2 * shared) / (left.length + right.length)
}
