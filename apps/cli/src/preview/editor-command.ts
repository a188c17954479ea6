import { spawn } from 'node:child_process'
import { UsageError } from '../usage-error.js'

/** A place in a source file, to open in an editor. */
export interface EditorPlace {
  file: string
  line: number
  column: number
}

/**
 * The `--editor` command as a function that opens a place in the editor. `{file}`,
 * `{line}` and `{column}` in the command are replaced (`code --goto
 * {file}:{line}:{column}`, `vim +{line} {file}`); without `{file}`, the file is
 * added at the end. Words are split at spaces, except inside quotes; the command
 * runs without a shell, so a file name is always one argument.
 */
export function editorCommand(command: string): (place: EditorPlace) => void {
  const words = splitWords(command)
  if (words.length === 0) throw new UsageError('--editor: the command is empty')
  const withFile = words.some((word) => word.includes('{file}')) ? words : [...words, '{file}']
  return (place) => {
    const [program, ...parameters] = withFile.map((word) =>
      word
        .replaceAll('{file}', place.file)
        .replaceAll('{line}', String(place.line))
        .replaceAll('{column}', String(place.column)),
    )
    const child = spawn(program!, parameters, { stdio: 'ignore', detached: true })
    child.on('error', (error) => {
      process.stderr.write(`rapporteur: --editor ${program}: ${error.message}\n`)
    })
    child.unref()
  }
}

/** Splits a command into words at spaces; '…' and "…" keep their spaces. */
export function splitWords(command: string): string[] {
  const words: string[] = []
  let word: string | undefined
  let quote: string | undefined
  for (const character of command) {
    if (quote !== undefined) {
      if (character === quote) quote = undefined
      else word += character
    } else if (character === '"' || character === "'") {
      quote = character
      word ??= ''
    } else if (/\s/.test(character)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else {
      word = (word ?? '') + character
    }
  }
  if (quote !== undefined) throw new UsageError(`--editor: a ${quote} quote is not closed`)
  if (word !== undefined) words.push(word)
  return words
}
