import { ReportError } from './report-error.js'
import { sourceSizeLimit, tooLargeMessage } from './source-size-limit.js'

/**
 * Reads a source file's bytes (Node.js only). Throws a `ReportError` that says, for
 * the file, why it cannot be read: missing, a directory, not a regular file (a
 * device or FIFO, whose reading might never end), larger than `sourceSizeLimit`, or
 * another error.
 */
export async function readSourceFile(path: string): Promise<Uint8Array> {
  const { constants, promises } = await import('node:fs')
  let handle: Awaited<ReturnType<typeof promises.open>> | undefined
  try {
    // Without blocking, so that opening a FIFO no one writes to returns at once.
    handle = await promises.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const found = await handle.stat()
    if (found.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    if (!found.isFile()) throw Object.assign(new Error(), { code: 'ENOTREGULAR' })
    // A source past the limit is refused before its bytes take memory.
    if (found.size > sourceSizeLimit)
      throw new ReportError([{ file: path, message: tooLargeMessage(found.size) }])
    return await handle.readFile()
  } catch (error) {
    if (error instanceof ReportError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a file'
          : code === 'ENOTREGULAR'
            ? 'not a regular file (a device, FIFO or socket)'
            : `cannot be read (${code ?? 'unknown error'})`
    throw new ReportError([{ file: path, message: reason }])
  } finally {
    await handle?.close()
  }
}
