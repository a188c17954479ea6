/** A scheme and the slashes after it (`https://`, `mailto:`): an address never breaks inside it. */
const schemePart = /^[a-z][a-z\d+.-]*:(?:\/\/)?/i

/** Marks a line may break before, as style manuals ask: a line never ends with one of them. */
const breakBefore = new Set(['.', ',', '-', '_', '~', '?', '#', '%', '@'])

/** Marks a line may break before or after. */
const breakAround = new Set(['=', '&'])

/**
 * Whether text reads as an address (a URL or an e-mail address) rather than words: no
 * spaces, and a scheme, a slash, an `@` or a dot between letters.
 */
export function isAddress(text: string): boolean {
  return (
    text.length > 3 &&
    !/\s/.test(text) &&
    (schemePart.test(text) || /[/@]/.test(text) || /\p{L}\.\p{L}/u.test(text))
  )
}

/**
 * Where a line may break inside an address: offsets (UTF-16) before which a line may end.
 * After a `/` (not inside `https://` or between two slashes); before `.`, `,`, `-`, `_`,
 * `~`, `?`, `#`, `%` and `@`; before and after `=` and `&`. A line so never ends with a
 * dot, which would read as a sentence's end, or a hyphen, which would read as a word
 * broken by the layout. Never at the very start or end, nor right after the scheme.
 */
export function addressBreaks(address: string): number[] {
  const start = schemePart.exec(address)?.[0].length ?? 0
  const breaks = new Set<number>()
  for (let index = start + 1; index < address.length; index++) {
    const character = address[index]!
    const previous = address[index - 1]!
    if (breakBefore.has(character) || breakAround.has(character)) breaks.add(index)
    if ((previous === '/' && character !== '/') || breakAround.has(previous)) breaks.add(index)
  }
  // Nothing breaks between two marks (`/.`, `?=`): a line would begin or end with a lone mark.
  return [...breaks]
    .filter(
      (index) => /[\p{L}\p{N}]/u.test(address[index - 1]!) || /[\p{L}\p{N}]/u.test(address[index]!),
    )
    .sort((a, b) => a - b)
}
