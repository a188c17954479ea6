/** Styles for text on a terminal; each leaves the text as it is where colour is off. */
export interface Colours {
  bold(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  dim(text: string): string
}

/** A stream text is written to, which may be a terminal. */
export interface ColourTarget {
  isTTY?: boolean
  hasColors?: () => boolean
}

const plain: Colours = {
  bold: (text) => text,
  red: (text) => text,
  yellow: (text) => text,
  green: (text) => text,
  dim: (text) => text,
}

const styled: Colours = {
  bold: (text) => `\x1b[1m${text}\x1b[22m`,
  red: (text) => `\x1b[31m${text}\x1b[39m`,
  yellow: (text) => `\x1b[33m${text}\x1b[39m`,
  green: (text) => `\x1b[32m${text}\x1b[39m`,
  dim: (text) => `\x1b[2m${text}\x1b[22m`,
}

/**
 * The colours for a stream: on only on a terminal that shows them, and never when
 * `NO_COLOR` is set to anything but the empty string (https://no-color.org);
 * Node.js's `hasColors` also honours `FORCE_COLOR` and `TERM=dumb`.
 */
export function coloursFor(target: ColourTarget): Colours {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return plain
  if (!target.isTTY || target.hasColors?.() !== true) return plain
  return styled
}
