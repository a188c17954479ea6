import { strFromU8, strToU8 } from 'fflate'
import { applicationProperties } from './app-properties.js'
import type { PackageParts } from './package-parts.js'
import { escapeXml } from './xml-safe.js'
import { type Deflate, type ZipDay, zipPackage } from './zip-package.js'

/** What the package's properties must say, whatever the moment it was written. */
export interface PackageFacts {
  /** The document's dates, ISO 8601. */
  documentDate: string
  /** The document's language, such as `en`. */
  language: string
  /** The document's direction: a right-to-left document's sections are right to left (`w:bidi`). */
  direction?: 'ltr' | 'rtl'
  /** How the parts are compressed. */
  deflate: Deflate
  /** The organisation named as the document's company. */
  company: string
}

// Word writes the package's content types and root relationships first; the rest follow by name.
function partOrder(left: string, right: string): number {
  const rank = (name: string) =>
    name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2
  return rank(left) - rank(right) || (left < right ? -1 : left > right ? 1 : 0)
}

function w3cDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`The document date "${iso}" is not a date.`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Zips the package's parts so the same document gives the same bytes: fixed dates
 * in its properties, the document's language, relationship and shape ids numbered
 * in order rather than at random, and zip entries in a stable order with a fixed time.
 */
export function normalisePackage(parts: PackageParts, facts: PackageFacts): Uint8Array {
  const names = [...parts.keys()].sort(partOrder)
  const texts = new Map<string, string>()
  for (const name of names) {
    const part = parts.get(name)!
    if (typeof part === 'string') texts.set(name, part)
    else if (/\.(xml|rels)$/.test(name)) texts.set(name, strFromU8(part))
  }

  // Relationship ids made at random become rIdLink1, rIdLink2, … in the order the parts list them.
  const renamed = new Map<string, string>()
  for (const [name, text] of texts) {
    if (!name.endsWith('.rels')) continue
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1]!
      if (!/^rId\d+$/.test(id) && !renamed.has(id)) renamed.set(id, `rIdLink${renamed.size + 1}`)
    }
  }
  const bookmarks = new Map<string, number>()
  let shapes = 0
  const shapeIds = new Map<string, string>()
  for (const [name, text] of texts) {
    let next = text
    if (renamed.size > 0)
      next = next.replace(
        /(\b(?:Id|r:id|r:embed|r:link)=")([^"]+)"/g,
        (whole, prefix: string, id: string) => {
          const replacement = renamed.get(id)
          return replacement === undefined ? whole : `${prefix}${replacement}"`
        },
      )
    next = next.replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, (id) => {
      let replacement = shapeIds.get(id)
      if (replacement === undefined) {
        shapes += 1
        replacement = `PowerPlusWaterMarkObject${shapes}`
        shapeIds.set(id, replacement)
      }
      return replacement
    })
    // The docx library counts bookmarks across documents; here they count from 1 in each one.
    next = next.replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g,
      (_whole, prefix: string, id: string) => {
        let number = bookmarks.get(id)
        if (number === undefined) {
          number = bookmarks.size + 1
          bookmarks.set(id, number)
        }
        return `${prefix}${number}"`
      },
    )
    if (name === 'word/footnotes.xml' || name === 'word/endnotes.xml') {
      // Word's separators hold the separator line only, not a note's reference mark.
      next = next.replace(
        /(<w:(footnote|endnote) w:type="(?:separator|continuationSeparator)"[^>]*>)([\s\S]*?)(<\/w:\2>)/g,
        (_whole, open: string, _kind: string, body: string, close: string) =>
          `${open}${body.replace(/<w:r><w:rPr><w:rStyle w:val="(?:Footnote|Endnote)Reference"\/><\/w:rPr><w:(?:footnote|endnote)Ref\/><\/w:r>/g, '')}${close}`,
      )
    }
    if (name === 'word/document.xml' && facts.direction === 'rtl') {
      // The docx library has no option for it; w:bidi comes after w:textDirection and before w:docGrid.
      next = next.replace(
        /(<w:sectPr\b[\s\S]*?)(<w:rtlGutter\b|<w:docGrid\b|<w:printerSettings\b|<\/w:sectPr>)/g,
        '$1<w:bidi/>$2',
      )
    }
    if (name === 'docProps/core.xml') {
      const date = w3cDate(facts.documentDate)
      next = next
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${date}$3`)
        .replace(/<dc:language>[^<]*<\/dc:language>/, '')
        .replace(
          /<\/cp:coreProperties>/,
          `<dc:language>${escapeXml(facts.language)}</dc:language></cp:coreProperties>`,
        )
    }
    if (name === 'word/styles.xml') {
      // The default character style is Word's, marked as the default of its type.
      next = next.replace(
        '<w:style w:type="character" w:styleId="DefaultParagraphFont">',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">',
      )
    }
    if (name === 'word/numbering.xml') {
      // The lists use their first level: it is a level in use, not a tentative one.
      next = next.replace(/(<w:lvl w:ilvl="0") w:tentative="1"/g, '$1')
    }
    texts.set(name, next)
  }

  const body = texts.get('word/document.xml')
  if (body !== undefined && texts.has('docProps/app.xml'))
    texts.set('docProps/app.xml', applicationProperties(body, { company: facts.company }))

  // Every entry is dated the document's day (UTC) at noon.
  const date = new Date(facts.documentDate)
  const day: ZipDay = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  }
  return zipPackage(
    names.map((name) => {
      const text = texts.get(name)
      return [name, text === undefined ? (parts.get(name) as Uint8Array) : strToU8(text)] as const
    }),
    day,
    facts.deflate,
  )
}
