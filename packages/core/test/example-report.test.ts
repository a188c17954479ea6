import { describe, expect, it } from 'vitest'
import {
  examplePath,
  missingInOrder,
  normaliseText,
  originalFootnotes,
  originalSentences,
} from '../../fixtures/src/index.js'
import { inlineText, loadReport, resolveReport, toPlainText } from '../src/index.js'

const report = await loadReport(examplePath)
const resolved = resolveReport(report, { variant: 'final' })

describe('the bundled example', () => {
  it('has the 8 sections of the original, numbered I to VIII', () => {
    expect(resolved.sections.map((section) => section.numeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
    ])
    expect(resolved.sections[7]!.title).toBe('Background documents')
  })

  it('numbers 51 paragraphs consecutively across sections, and keeps the unnumbered one', () => {
    const paragraphs = resolved.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === 'paragraph'),
    )
    const numbers = paragraphs.flatMap((paragraph) =>
      paragraph.number === null ? [] : [paragraph.number],
    )
    expect(numbers).toEqual(Array.from({ length: 51 }, (_, index) => index + 1))
    const unnumbered = paragraphs.filter((paragraph) => paragraph.number === null)
    expect(unnumbered.map((paragraph) => inlineText(paragraph.content).slice(0, 30))).toEqual([
      'Ms.\u00a0Krairiksh remarked that th',
    ])
  })

  it('numbers 21 footnotes in order of first reference', () => {
    expect(resolved.footnotes.map((note) => note.number)).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    )
    expect(resolved.footnotes.map((note) => normaliseText(inlineText(note.content)))).toEqual(
      originalFootnotes(),
    )
  })

  it('letters each speaker’s recommendations from A', () => {
    const lists = resolved.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === 'recommendations'),
    )
    expect(
      lists.map((list) => [
        list.speaker?.shortName,
        list.caption,
        list.items.map((item) => item.letter).join(''),
      ]),
    ).toEqual([
      ['Ms.\u00a0Omidvar', 'Recommendations of Ms.\u00a0Omidvar', 'ABCDEF'],
      ['Ms.\u00a0Krairiksh', 'Recommendations of Ms.\u00a0Krairiksh', 'ABC'],
      ['Mr.\u00a0Santiago', 'Recommendations of Mr.\u00a0Santiago', 'ABCDE'],
    ])
  })

  it('names each speaker in full at the first mention and short after', () => {
    const text = toPlainText(resolved)
    expect(text).toContain(
      '13. The Honourable\u00a0Ratna Omidvar, Senator for Ontario (Canada), remarked',
    )
    expect(text).toContain('14. Ms.\u00a0Omidvar noted that')
    expect(text.match(/Ratna Omidvar, Senator/g)).toHaveLength(2) // the body and the agenda
  })

  it('contains every sentence of the original body, in order, and the text of every note', () => {
    const text = toPlainText(resolved)
    expect(missingInOrder(originalSentences(), text)).toEqual([])
    expect(missingInOrder(originalFootnotes(), text)).toEqual([])
    expect(originalSentences().length).toBeGreaterThan(180)
  })

  it('would notice a dropped or reordered sentence', () => {
    const text = toPlainText(resolved)
    const sentences = originalSentences()
    expect(missingInOrder(sentences, text.replace(sentences[40]!.slice(0, 30), ''))).toHaveLength(1)
    const [first, second] = [sentences[10]!, sentences[11]!]
    expect(missingInOrder([second, first], text)).toHaveLength(1)
  })

  it('carries the checklist, attendance, background documents and the annex', () => {
    const checklist = resolved.sections[0]!.blocks.find((block) => block.type === 'checklist')
    expect(checklist?.items.map((item) => inlineText(item.leadIn))).toEqual([
      'Transparency:',
      'Inclusivity:',
      'Diversity:',
      'Meaningful participation:',
    ])
    expect(report.attendance).toMatchObject({ total: 42, gender: { women: 70, men: 30 } })
    expect(report.attendance?.countries).toHaveLength(9)
    const documents = resolved.sections[7]!.blocks[0]
    expect(documents?.type === 'documentList' && documents.items).toHaveLength(11)
    const [annex] = resolved.annexes
    const agenda = annex?.blocks.find((block) => block.type === 'agenda')
    // A word joiner after each dash keeps a slot on one line.
    expect(agenda?.rows.map((row) => row.time.replace(/\u2060/g, ''))).toEqual([
      '10:30–11:00',
      '11:00–11:15',
      '11:15–12:30',
      '12:30–13:00',
      '13:00–13:20',
      '13:20–13:30',
    ])
    const questions = annex?.blocks.find((block) => block.type === 'list')
    expect(questions?.items).toHaveLength(9)
  })
})
