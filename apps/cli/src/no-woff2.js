// Stands in for fontkit's WOFF2 decoder in the bundled command line: its fonts are TrueType.
export default function decompress() {
  throw new Error('WOFF2 fonts are not supported')
}
