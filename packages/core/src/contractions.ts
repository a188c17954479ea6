import type { ResolvedInline } from './resolved-model.js'

/** A word and the article after it that the language joins: `de` + `el` → `del`. */
export type Contraction = readonly [word: string, article: string, joined: string]

/** The word, its first letter as written (`de` or `De`), and the spaces after it, at the end of a text. */
function endingWord(text: string, word: string): RegExpExecArray | null {
  const first = word.charAt(0)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])([${first}${first.toUpperCase()}]${escapeExpression(word.slice(1))})[ \\u00a0]+$`,
    'u',
  )
  return pattern.exec(text)
}

function escapeExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `joined` with its first letter a capital where the word it stands for had one. */
function joinedAs(written: string, joined: string): string {
  return written.charAt(0) === written.charAt(0).toLowerCase()
    ? joined
    : joined.charAt(0).toUpperCase() + joined.slice(1)
}

/**
 * A text with each word and article the language joins written joined, where a filled
 * label put them side by side: `Recomendaciones de el Sr. López` becomes
 * `Recomendaciones del Sr. López`. Only an article in small letters is joined, so that
 * a name that begins with one (`de El Salvador`) is left as it is.
 */
export function contractWords(text: string, contractions: readonly Contraction[]): string {
  let contracted = text
  for (const [word, article, joined] of contractions) {
    const first = word.charAt(0)
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])([${first}${first.toUpperCase()}]${escapeExpression(word.slice(1))})([ \\u00a0]+)${escapeExpression(article)}(?=[ \\u00a0])`,
      'gu',
    )
    contracted = contracted.replace(pattern, (_, written: string) => joinedAs(written, joined))
  }
  return contracted
}

/**
 * The inlines with a word that meets the article at the start of a mention joined with
 * it: `de :person{#lopez}` (`el Sr. López`) reads `del Sr. López`, the mention keeping
 * the rest of its words.
 */
export function contractBeforeMentions(
  inlines: ResolvedInline[],
  contractions: readonly Contraction[],
): ResolvedInline[] {
  if (contractions.length === 0) return inlines
  const result = [...inlines]
  for (let index = 1; index < result.length; index++) {
    const mention = result[index]!
    const before = result[index - 1]!
    if (mention.type !== 'mention' || before.type !== 'text') continue
    for (const [word, article, joined] of contractions) {
      const ending = endingWord(before.value, word)
      const start = new RegExp(`^${escapeExpression(article)}[ \\u00a0]+`, 'u').exec(mention.text)
      if (!ending || !start) continue
      result[index - 1] = {
        ...before,
        value: `${before.value.slice(0, ending.index)}${joinedAs(ending[1]!, joined)} `,
      }
      result[index] = { ...mention, text: mention.text.slice(start[0].length) }
      break
    }
  }
  return result
}
