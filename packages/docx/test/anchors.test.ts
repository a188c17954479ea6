import { inlineText, loadReport, resolveReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import {
  type OpenedPackage,
  openPackage,
  resaveWithLibreOffice,
  textOf,
  wordAttribute,
  wordElements,
} from './docx-package.js'

const report = await loadReport(examplePath)
const draft = resolveReport(report, { variant: 'draft' })
const bytes = await renderDocx(draft)

/** Each bookmark's name and the text of the paragraph it starts in, in document order. */
function bookmarks(opened: OpenedPackage, part: string): Array<{ name: string; text: string }> {
  return wordElements(opened.xml(part), 'bookmarkStart')
    .map((start) => ({
      name: wordAttribute(start, 'name') ?? '',
      text: textOf(start.parentNode as Element).trim(),
    }))
    .filter(({ name }) => name !== '_GoBack')
}

const expectedBody = draft.sections.flatMap((section) => [
  { name: section.id, text: section.title },
  ...section.blocks.flatMap((block) =>
    block.type === 'paragraph' && block.id !== null
      ? [{ name: block.id, text: inlineText(block.content) }]
      : [],
  ),
])

describe('anchors in the DOCX', () => {
  const opened = openPackage(bytes)

  it('bookmarks every section heading and numbered paragraph with the HTML anchor name', () => {
    const found = bookmarks(opened, 'word/document.xml')
    const body = found.filter(({ name }) => !name.startsWith('annex-'))
    expect(body.map(({ name }) => name)).toEqual(expectedBody.map(({ name }) => name))
    for (const [index, { text }] of body.entries()) {
      // Letters only: Word shows note numbers as references, not as the text's superscripts.
      const letters = (value: string) => value.replace(/[^\p{L}]/gu, '')
      expect(letters(text)).toBe(letters(expectedBody[index]!.text))
    }
    expect(found.filter(({ name }) => name.startsWith('annex-')).map(({ name }) => name)).toEqual(
      draft.annexes.map((annex) => annex.id),
    )
  })

  it('bookmarks every footnote as note-N', () => {
    const names = bookmarks(opened, 'word/footnotes.xml').map(({ name }) => name)
    expect(names).toEqual(draft.footnotes.map((note) => note.id))
  })

  it('numbers the bookmarks once each across the document and its notes', () => {
    const ids = ['word/document.xml', 'word/footnotes.xml'].flatMap((part) =>
      wordElements(opened.xml(part), 'bookmarkStart').map((start) => wordAttribute(start, 'id')),
    )
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe('1')
  })

  it('keeps its anchors when LibreOffice saves it again as DOCX', () => {
    const resaved = openPackage(resaveWithLibreOffice(bytes))
    const body = bookmarks(resaved, 'word/document.xml').map(({ name }) => name)
    expect(body.filter((name) => !name.startsWith('annex-'))).toEqual(
      expectedBody.map(({ name }) => name),
    )
    // LibreOffice renames a note's bookmark after the first as `note-2_Copy_1`; a reader strips it.
    const notes = bookmarks(resaved, 'word/footnotes.xml').map(({ name }) =>
      name.replace(/_Copy_\d+$/, ''),
    )
    expect(notes).toEqual(draft.footnotes.map((note) => note.id))
  }, 180_000)
})
