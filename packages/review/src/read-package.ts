import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate'
import { ReviewError } from './review-error.js'

/** The parts of a Word package, by name, as text. */
export type PackageTexts = ReadonlyMap<string, string>

// An encrypted Office file is an OLE compound file, not a zip: it starts with these bytes.
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

/**
 * Opens a returned copy as a Word package and gives its XML parts as text. Throws a
 * `ReviewError` naming the file when it is not a DOCX, is password-protected, or has
 * no document part.
 */
export function readPackage(bytes: Uint8Array, file: string): PackageTexts {
  if (startsWith(bytes, compoundFileSignature))
    throw new ReviewError(
      `${file}: the file is password-protected (or an old .doc): save it again in Word without a password, as .docx`,
    )
  if (!startsWith(bytes, [0x50, 0x4b]))
    throw new ReviewError(`${file}: not a DOCX (a .docx file is a zip package; this one is not)`)
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, { filter: (entry) => /\.(xml|rels)$/.test(entry.name) })
  } catch (error) {
    throw new ReviewError(
      `${file}: not a readable DOCX: the zip package is damaged (${(error as Error).message})`,
    )
  }
  if (entries['word/document.xml'] === undefined)
    throw new ReviewError(`${file}: not a DOCX: the package has no word/document.xml`)
  const texts = new Map<string, string>()
  for (const [name, content] of Object.entries(entries)) texts.set(name, strFromU8(content))
  return texts
}

/**
 * The package again with some of its parts replaced by new text; every other part, and
 * the order of the parts, as they were. Entries are dated 1980-01-01 so that the same
 * parts always give the same bytes.
 */
export function replaceParts(bytes: Uint8Array, replaced: PackageTexts): Uint8Array {
  const entries = unzipSync(bytes)
  const date = new Date(1980, 0, 1)
  const files: Zippable = {}
  for (const [name, content] of Object.entries(entries)) {
    const text = replaced.get(name)
    files[name] = [text === undefined ? content : strToU8(text), { mtime: date }]
  }
  return zipSync(files, { level: 6 })
}
