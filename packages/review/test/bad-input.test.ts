import { parseReport, resolveReport } from '@rapporteur/core'
import { renderDocx } from '@rapporteur/docx'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { collectReview, isReviewError, type ReviewError } from '../src/index.js'
import { exampleDraft, exampleSource } from './example.js'

const draft = await renderDocx(exampleDraft)

function failure(bytes: Uint8Array, file = 'copy.docx'): ReviewError {
  try {
    collectReview(exampleSource, [{ file, bytes }])
  } catch (error) {
    if (isReviewError(error)) return error
    throw error
  }
  throw new Error('no ReviewError')
}

const otherReport = `---
title: Another consultation entirely
reportType: Summary report
status: draft
facilitator: Someone else
date: 2023-05-01
modality: in-person
language: en
rule: on-the-record
---
# Fisheries

Quotas for the northern fleet were discussed at length by the delegations present.

Several delegations asked for a study of the southern stocks before the next season.
`

describe('returned copies that cannot be read', () => {
  it('names a file that is not a DOCX', () => {
    expect(failure(strToU8('just some text'), 'notes.docx').messages).toEqual([
      'notes.docx: not a DOCX (a .docx file is a zip package; this one is not)',
    ])
  })

  it('names a password-protected file', () => {
    const encrypted = new Uint8Array(512)
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(failure(encrypted, 'locked.docx').message).toMatch(
      /^locked\.docx: the file is password-protected/,
    )
  })

  it('names a zip without a document', () => {
    expect(failure(zipSync({ 'readme.txt': strToU8('hello') })).message).toBe(
      'copy.docx: not a DOCX: the package has no word/document.xml',
    )
  })

  it('refuses a DOCX of another report made by Rapporteur, whose bookmarks have the same names', () => {
    const other = resolveReport(parseReport(otherReport), { variant: 'draft' })
    return renderDocx(other).then((bytes) => {
      const error = failure(bytes, 'fisheries.docx')
      expect(error.message).toMatch(
        /^fisheries\.docx: not a copy of this report: 0 of its \d+ paragraphs match/,
      )
    })
  })

  it('reads what it can of a copy with a damaged part, with a warning placed in that part', () => {
    const entries = unzipSync(draft)
    entries['word/footnotes.xml'] = strToU8(
      '<?xml version="1.0"?>\n<w:footnotes xmlns:w="x">\n<w:footnote><w:p></w:footnote>',
    )
    const review = collectReview(exampleSource, [{ file: 'torn.docx', bytes: zipSync(entries) }])
    expect(review.warnings).toHaveLength(1)
    expect(review.warnings[0]!.where).toMatch(/^torn\.docx: word\/footnotes\.xml:3:\d+$/)
    expect(review.warnings[0]!.message).toMatch(
      /the footnotes and their comments and changes are left out$/,
    )
  })
})
