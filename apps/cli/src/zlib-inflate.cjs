// Stands in for tiny-inflate in the bundled command line: linebreak and fontkit inflate their
// Unicode tables as they load, which Node's zlib does many times faster than portable JavaScript.
const { inflateRawSync } = require('node:zlib')

/** Inflates raw DEFLATE data into `dest`, as tiny-inflate does: a shorter result is a slice of it. */
module.exports = function inflate(source, dest) {
  const inflated = inflateRawSync(source)
  if (inflated.length > dest.length) throw new Error('Data error')
  dest.set(inflated)
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest
}
