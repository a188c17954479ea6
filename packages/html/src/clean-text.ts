import type { Text } from 'hast'

// Code points HTML forbids in a document, even as character references: C0 and C1
// controls (tab, line feed, form feed and carriage return aside), DEL and the noncharacters.
const forbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const suspect =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

/** Text safe to put in an HTML document: forbidden code points and lone surrogates removed. */
export function cleanText(value: string): string {
  // Most text has none of them: a quick test spares the slower replacement.
  return suspect.test(value) ? value.replace(forbidden, '') : value
}

/** A hast text node holding `value`, cleaned. */
export function textNode(value: string): Text {
  return { type: 'text', value: cleanText(value) }
}
