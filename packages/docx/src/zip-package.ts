import { deflateSync, strToU8 } from 'fflate'
import { crc32 } from './crc32.js'

/** Compresses bytes as raw DEFLATE (RFC 1951), with no zlib or gzip wrapper. */
export type Deflate = (bytes: Uint8Array) => Uint8Array

/** DEFLATE by fflate at level 6, which runs anywhere JavaScript does. */
export const portableDeflate: Deflate = (bytes) => deflateSync(bytes, { level: 6 })

/** A calendar day, for the time of every entry in a zip. */
export interface ZipDay {
  year: number
  /** 1 to 12. */
  month: number
  /** 1 to 31. */
  day: number
}

const localHeaderSize = 30
const centralHeaderSize = 46
const endSize = 22

/**
 * Writes a zip archive of the entries, in their order, each compressed with
 * `deflate` and dated `day` at 12:00. No extra fields, comments or data
 * descriptors: the same entries give the same bytes.
 */
export function zipPackage(
  entries: ReadonlyArray<readonly [name: string, bytes: Uint8Array]>,
  day: ZipDay,
  deflate: Deflate,
): Uint8Array {
  // Zip dates run from 1980 to 2107: a day outside is dated at the nearest end.
  const {
    year,
    month,
    day: date,
  } = day.year < 1980
    ? { year: 1980, month: 1, day: 1 }
    : day.year > 2107
      ? { year: 2107, month: 12, day: 31 }
      : day
  const dosTime = 12 << 11
  const dosDate = ((year - 1980) << 9) | (month << 5) | date
  const files = entries.map(([name, bytes]) => {
    const nameBytes = strToU8(name)
    return {
      nameBytes,
      utf8: nameBytes.length !== name.length,
      size: bytes.length,
      crc: crc32(bytes),
      compressed: deflate(bytes),
      offset: 0,
    }
  })
  let localLength = 0
  let centralLength = 0
  for (const file of files) {
    file.offset = localLength
    localLength += localHeaderSize + file.nameBytes.length + file.compressed.length
    centralLength += centralHeaderSize + file.nameBytes.length
  }
  const out = new Uint8Array(localLength + centralLength + endSize)
  const view = new DataView(out.buffer)
  // The fields a local header and a central directory entry share, from "version needed".
  const common = (at: number, file: (typeof files)[number]) => {
    view.setUint16(at, 20, true)
    view.setUint16(at + 2, file.utf8 ? 0x800 : 0, true)
    view.setUint16(at + 4, 8, true)
    view.setUint16(at + 6, dosTime, true)
    view.setUint16(at + 8, dosDate, true)
    view.setUint32(at + 10, file.crc, true)
    view.setUint32(at + 14, file.compressed.length, true)
    view.setUint32(at + 18, file.size, true)
    view.setUint16(at + 22, file.nameBytes.length, true)
  }
  let central = localLength
  for (const file of files) {
    view.setUint32(file.offset, 0x04034b50, true)
    common(file.offset + 4, file)
    out.set(file.nameBytes, file.offset + localHeaderSize)
    out.set(file.compressed, file.offset + localHeaderSize + file.nameBytes.length)
    view.setUint32(central, 0x02014b50, true)
    view.setUint16(central + 4, 20, true)
    common(central + 6, file)
    view.setUint32(central + 42, file.offset, true)
    out.set(file.nameBytes, central + centralHeaderSize)
    central += centralHeaderSize + file.nameBytes.length
  }
  view.setUint32(central, 0x06054b50, true)
  view.setUint16(central + 8, files.length, true)
  view.setUint16(central + 10, files.length, true)
  view.setUint32(central + 12, centralLength, true)
  view.setUint32(central + 16, localLength, true)
  return out
}
