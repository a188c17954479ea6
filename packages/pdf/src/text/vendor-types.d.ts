declare module 'linebreak' {
  /** A line break opportunity: the text before `position` (a UTF-16 offset) may end a line. */
  interface LineBreak {
    position: number
    required: boolean
  }

  /** Iterates a string's line break opportunities by UAX #14, the end of the text last. */
  class LineBreaker {
    constructor(text: string)
    nextBreak(): LineBreak | null
  }

  export = LineBreaker
}

declare module 'hyphen' {
  /** A pattern file's data: the levels table, the pattern trie and optional exception words. */
  type HyphenationPatterns = [unknown, unknown, Record<string, number[]>?]

  interface HyphenatorOptions {
    async?: boolean
    exceptions?: string[]
    hyphenChar?: string
    html?: boolean
    minWordLength?: number
  }

  /** Returns a function that inserts `hyphenChar` at every hyphenation point of a text. */
  function createHyphenator(
    patterns: HyphenationPatterns,
    options?: HyphenatorOptions,
  ): (text: string) => string

  export = createHyphenator
}
