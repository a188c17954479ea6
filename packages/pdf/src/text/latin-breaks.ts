/**
 * Line break opportunities by UAX #14 for text whose characters are all Latin, Latin-1,
 * the Latin extensions, combining diacritics or general punctuation (U+0000–U+036F and
 * U+2000–U+206F, the zero width joiner aside), as linebreak finds them: its pair table and
 * its rules (those that the classes of these characters reach), with the classes of these
 * characters in a table here. linebreak builds a table of every Unicode character as it
 * loads, which most reports never need. `latin-breaks.test.ts` proves the two the same:
 * the class of every character handled, and the breaks of every sequence of four classes.
 */

/** A place where a line may end, as linebreak gives it. */
export interface LatinBreak {
  position: number
  required: boolean
}

// Line break classes, in linebreak's order; the pair table's rows and columns are the first 21.
const space = 25
const mandatory = 21
const carriageReturn = 22
const lineFeed = 23
const nextLine = 24
const wordJoiner = 20
const tableClasses = 21
const prohibited = 4

// The class of each code unit, as a letter from 'A' (OP, CL, CP, QU, GL, NS, EX, SY, IS, PR,
// PO, NU, AL, IN, HY, BA, BB, B2, ZW, CM, WJ, BK, CR, LF, NL, SP); '_' for the zero width joiner.
// U+0000–U+036F:
const basicClasses =
  'TTTTTTTTTPXVVWTTTTTTTTTTTTTTTTTTZGDMJKMDACMJIOIHLLLLLLLLLLIIMMMGMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMAJCMMMMMMMMMMMMMMMMMMMMMMMMMMMMMAPBMTTTTTTYTTTTTTTTTTTTTTTTTTTTTTTTTT' +
  'EAKJJJMMMMMDMPMMKJMMQMMMMMMDMMMAMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM' +
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMQMMMQMMM' +
  'MMMMMMMMMMMMMMMQMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT' +
  'TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTETTTTTTTTTTTTEEEEEEETTTTTTTTTTTTT'
// U+2000–U+206F:
const punctuationClasses =
  'PPPPPPPEPPPST_TTPEPPRMMMDDADDDADMMMMNNNPVVTTTTTEKKKKKKKKMDDMFFMMMMMMIABFFFMMMMMM' +
  'MMMMMMPMPPPPMPPPUMMMMMTTTTTTTTTT'

// The pair table of the classes OP…WJ, a row per class before: 0 a direct break, 1 an
// indirect break (after spaces only), 2 an indirect break for combining marks, 3 a
// prohibited break for combining marks, 4 a prohibited break.
const pairTable = [
  '444444444444444444434',
  '044114444110011100424',
  '044114444111111100424',
  '444111444111111111424',
  '144111444111111111424',
  '044111444000011100424',
  '044111444000011100424',
  '044111444001011100424',
  '044111444001111100424',
  '144111444001111100424',
  '144111444001111100424',
  '144111444111111100424',
  '144111444111111100424',
  '044111444000011100424',
  '044101444001011100424',
  '044101444000011100424',
  '144111444111111111424',
  '044111444000011104424',
  '000000000000000000400',
  '144111444111111100424',
  '144111444111111111424',
].map((row) => Array.from(row, Number))

/** The line break class of a code unit (see above), or -1 for a character not handled here. */
export function latinBreakClass(code: number): number {
  if (code <= 0x36f) return basicClasses.charCodeAt(code) - 0x41
  if (code < 0x2000 || code > 0x206f) return -1
  const letter = punctuationClasses.charCodeAt(code - 0x2000)
  return letter === 0x5f ? -1 : letter - 0x41
}

// The class a text starts with: a line feed or next line as a mandatory break, a space as a word joiner.
const firstClass = (value: number) =>
  value === lineFeed || value === nextLine ? mandatory : value === space ? wordJoiner : value

/**
 * The break opportunities of a text as linebreak's `LineBreaker` gives them, the end of
 * the text last (not marked required, as linebreak gives it), or null when the text has a
 * character not handled here.
 */
export function latinBreaks(text: string): LatinBreak[] | null {
  const { length } = text
  const classes = new Uint8Array(length)
  for (let index = 0; index < length; index++) {
    const value = latinBreakClass(text.charCodeAt(index))
    if (value < 0) return null
    classes[index] = value
  }
  const breaks: LatinBreak[] = []
  if (length === 0) return breaks
  let current = firstClass(classes[0]!)
  let next = classes[0]!
  let lastPosition = 0
  for (let position = 1; position < length; ) {
    lastPosition = position
    const last = next
    next = classes[position++]!
    if (current === mandatory || (current === carriageReturn && next !== lineFeed)) {
      current = firstClass(next)
      breaks.push({ position: lastPosition, required: true })
      continue
    }
    // Spaces leave the class before them current, for the indirect breaks after them.
    if (next === space) continue
    if (next === mandatory || next === lineFeed || next === nextLine) {
      current = mandatory
      continue
    }
    if (next === carriageReturn) {
      current = carriageReturn
      continue
    }
    const pair = current < tableClasses ? pairTable[current]![next]! : prohibited
    let shouldBreak = false
    if (pair === 0) shouldBreak = true
    else if (pair === 1) shouldBreak = last === space
    // A combining mark after anything but a space takes the class of what it follows.
    else if (pair === 2 || pair === 3) {
      if (last !== space) continue
      shouldBreak = pair === 2
    }
    current = next
    if (shouldBreak) breaks.push({ position: lastPosition, required: false })
  }
  if (lastPosition < length) breaks.push({ position: length, required: false })
  return breaks
}
