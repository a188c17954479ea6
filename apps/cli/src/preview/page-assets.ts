import { readFileSync } from 'node:fs'

/** A file of the preview page itself, held in memory. */
export interface PageAsset {
  bytes: Uint8Array
  type: string
}

/** The page's own files, beside the program in `preview/`, and the type each is served as. */
const assetTypes: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'page.js': 'text/javascript; charset=utf-8',
  'page.css': 'text/css; charset=utf-8',
  'pdf.worker.min.mjs': 'text/javascript; charset=utf-8',
}

/**
 * Reads the preview page's files once, by a fixed list of names: the server
 * serves these and the documents it built, and never a path a request names.
 */
export function loadPageAssets(): ReadonlyMap<string, PageAsset> {
  const folder = new URL('./preview/', import.meta.url)
  return new Map(
    Object.entries(assetTypes).map(([name, type]) => [
      name,
      { bytes: readFileSync(new URL(name, folder)), type },
    ]),
  )
}
