import { loadReport, resolveReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
import { expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { normalisePackage } from '../src/normalise-package.js'
import { zippedPackageParts } from '../src/package-parts.js'
import { createDocument } from '../src/render-docx.js'
import { portableDeflate } from '../src/zip-package.js'

it('writes the same bytes from the parts the library zips as from the parts it compiles', async () => {
  const resolved = resolveReport(await loadReport(examplePath), { variant: 'draft' })
  const { documentDate, language, author } = resolved.metadata
  const fromZip = normalisePackage(await zippedPackageParts(createDocument(resolved)), {
    documentDate,
    language,
    deflate: portableDeflate,
    company: author,
  })
  expect(Buffer.from(fromZip).equals(Buffer.from(await renderDocx(resolved)))).toBe(true)
})
