import { type File, Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'

/** A package's parts by path: XML as text, anything else as bytes. */
export type PackageParts = Map<string, string | Uint8Array>

interface PartCompiler {
  compile(file: File): Iterable<[string, string | Uint8Array]>
}

/**
 * The parts of the Word package the docx library writes for a document. The
 * library's compiler gives them before it zips them, which saves zipping and
 * unzipping; where a version of the library has no such compiler, the zip it
 * writes is read back.
 */
export async function packageParts(document: File): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler
  if (typeof compiler?.compile === 'function') return new Map(compiler.compile(document))
  return zippedPackageParts(document)
}

/** The parts of the Word package, read back from the zip the docx library writes. */
export async function zippedPackageParts(document: File): Promise<PackageParts> {
  const entries = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))
  return new Map(
    Object.entries(entries).map(([name, bytes]) => [
      name,
      /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : bytes,
    ]),
  )
}
