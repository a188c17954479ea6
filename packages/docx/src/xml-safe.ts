// XML 1.0 holds tab, line feed, carriage return and the characters from U+0020 on,
// except U+FFFE, U+FFFF and lone surrogates: a Word document with another does not open.
function isXmlCharacter(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false
  return codePoint !== 0xfffe && codePoint !== 0xffff
}

/** The text without the characters an XML document cannot contain. */
export function xmlSafe(text: string): string {
  let safe = ''
  let changed = false
  for (const character of text) {
    if (isXmlCharacter(character.codePointAt(0)!)) safe += character
    else changed = true
  }
  return changed ? safe : text
}

/** The text escaped for an XML element's content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** The text of XML element content with the predefined entities read back. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
