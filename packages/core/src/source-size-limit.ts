/**
 * The largest report source, in bytes of UTF-8: 10 MiB, some two hundred times the
 * bundled example. Making a document takes memory tens of times the size of its
 * source, so a larger source is refused before it is parsed.
 */
export const sourceSizeLimit = 10 * 1024 * 1024

/** The problem's message for a source of `bytes` bytes, past `sourceSizeLimit`. */
export function tooLargeMessage(bytes: number): string {
  return `the file is ${megabytes(bytes)} MB, and a report source may be at most ${megabytes(sourceSizeLimit)} MB: split it into several reports`
}

/** The size in bytes of UTF-8 of a source given as text or bytes, when it is past `sourceSizeLimit`. */
export function oversizedSource(source: string | Uint8Array): number | undefined {
  if (typeof source !== 'string')
    return source.byteLength > sourceSizeLimit ? source.byteLength : undefined
  // A UTF-16 unit takes one to three bytes: count them only when it could matter.
  if (source.length * 3 <= sourceSizeLimit) return undefined
  let bytes = 0
  for (let index = 0; index < source.length; index++) {
    const unit = source.charCodeAt(index)
    const highSurrogate = unit >= 0xd800 && unit < 0xdc00
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : highSurrogate ? 4 : 3
    if (highSurrogate) index++
  }
  return bytes > sourceSizeLimit ? bytes : undefined
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
