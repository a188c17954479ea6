import { ReportError } from './report-error.js'

/**
 * Reads a source file's bytes (Node.js only). Throws a `ReportError` that says, for
 * the file, why it cannot be read: missing, a directory, or another error.
 */
export async function readSourceFile(path: string): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises')
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a file'
          : `cannot be read (${code ?? 'unknown error'})`
    throw new ReportError([{ file: path, message: reason }])
  }
}
