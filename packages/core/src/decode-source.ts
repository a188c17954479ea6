import type { Problem } from './problem.js'

/** Decodes UTF-8 bytes, or says where the first byte that is not UTF-8 is. */
export function decodeSource(
  bytes: Uint8Array,
  file: string | undefined,
): { text: string } | { problem: Problem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text }
  } catch {
    const offset = firstInvalidOffset(bytes)
    let line = 1
    let lineStart = 0
    for (let index = 0; index < offset; index++) {
      const byte = bytes[index]
      // CR LF, LF and CR alone each end a line.
      if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
        line++
        lineStart = index + 1
      }
    }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1
    return {
      problem: {
        file,
        line,
        column,
        message: `the file is not UTF-8 text (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}); save it as UTF-8`,
      },
    }
  }
}

function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    if (length === 0) return index
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
    }
    const valid = new TextDecoder('utf-8', { fatal: true })
    try {
      valid.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return bytes.length
}
