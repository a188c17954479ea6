import { parseReport, resolveReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { scriptParts } from '../src/script-fonts.js'
import { openPackage, textOf, wordAttribute, wordElements } from './docx-package.js'

const report = (language: string) =>
  parseReport(`---
title: Names
facilitator: The secretariat
date: 2024-02-08
modality: virtual
language: ${language}
---

# Opening

The meeting heard রবীন্দ্রনাথ ঠাকুর (Bangladesh), देवनागरी, สมชาย ใจดี, 王小明, 山田はなこ and 김민준.
`)

/** Each run's text with the faces it names for complex and East Asian scripts. */
async function runFaces(language: string) {
  const document = openPackage(
    await renderDocx(resolveReport(report(language), { variant: 'final' })),
  ).xml('word/document.xml')
  return wordElements(document, 'r').map((run) => {
    const fonts = wordElements(run, 'rFonts')[0]
    return [
      textOf(run),
      fonts === undefined ? null : (wordAttribute(fonts, 'cs') ?? wordAttribute(fonts, 'eastAsia')),
    ]
  })
}

describe('faces for the scripts Times New Roman lacks', () => {
  it('names one for each stretch of Indic, Thai, Chinese, Japanese and Korean text in a report in English', async () => {
    const faces = await runFaces('en')
    for (const expected of [
      ['রবীন্দ্রনাথ ঠাকুর', 'Nirmala UI'],
      ['देवनागरी', 'Nirmala UI'],
      ['สมชาย ใจดี', 'Leelawadee UI'],
      ['王小明', 'SimSun'],
      ['山田はなこ', 'MS Mincho'],
      ['김민준', 'Batang'],
      [' (Bangladesh), ', null],
    ])
      expect(faces).toContainEqual(expected)
  })

  it('leaves East Asian text to the face of a report in Chinese, and the rest of the text whole', () => {
    expect(scriptParts('王小明 and Nirmala', 'zh')).toEqual([
      { text: '王小明', font: null },
      { text: ' and Nirmala', font: null },
    ])
    expect(scriptParts('Plain text, 12 words.', 'en')).toEqual([
      { text: 'Plain text, 12 words.', font: null },
    ])
    expect(scriptParts('ক্‍ষ and ক্ষ', 'en')).toEqual([
      { text: 'ক্‍ষ', font: { cs: 'Nirmala UI' } },
      { text: ' and ', font: null },
      { text: 'ক্ষ', font: { cs: 'Nirmala UI' } },
    ])
  })
})
