import { cleanText } from './clean-text.js'

const allowedScheme = /^(?:https?|mailto):/i

// ASCII characters a URL may not hold as they are (space, quotes, angle brackets and
// the like), and white space of any kind; each is percent-encoded.
const notAllowedInUrl = /[\s"<>\\^`{|}]/gu

/**
 * The URL to link to, or null when its scheme is not http, https or mailto (such as
 * `javascript:` or `data:`): the link's text is then shown without a link. Checked
 * after trimming, whatever the case of the scheme; characters a URL cannot hold
 * are percent-encoded.
 */
export function safeUrl(url: string): string | null {
  const trimmed = cleanText(url).trim()
  if (!allowedScheme.test(trimmed)) return null
  return trimmed.replace(notAllowedInUrl, (character) => encodeURIComponent(character))
}
