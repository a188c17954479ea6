let table: Uint32Array | undefined

/** The CRC-32 of bytes (ISO 3309, as zip files use it). */
export function crc32(bytes: Uint8Array): number {
  if (table === undefined) {
    table = new Uint32Array(256)
    for (let index = 0; index < 256; index++) {
      let value = index
      for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
      table[index] = value
    }
  }
  let crc = 0xffffffff
  for (let index = 0; index < bytes.length; index++)
    crc = table[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
