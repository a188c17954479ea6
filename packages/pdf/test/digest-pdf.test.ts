import { loadReport, resolveReport } from '@rapporteur/core'
import { examplePath, normaliseText } from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { type PdfReading, readPdf } from './read-pdf.js'

let reading: PdfReading
let bodyText: string

beforeAll(async () => {
  const digest = resolveReport(await loadReport(examplePath), { variant: 'digest' })
  reading = await readPdf(await renderPdf(digest))
  bodyText = normaliseText(reading.pages.map((page) => page.bodyText).join(' '))
})

describe('the example’s digest as a PDF', () => {
  it('says what it is in its status line and running head', () => {
    const status = normaliseText('Summary report — recommendations digest')
    expect(normaliseText(reading.pages[0]!.text)).toContain(status)
    const head = reading.pages[1]!.items.filter((item) => item.artifact).map((item) => item.text)
    expect(normaliseText(head.join(' '))).toContain(status)
  })

  it('states the rule of the meeting once', () => {
    expect(bodyText.split('held under the Chatham House Rule')).toHaveLength(2)
  })

  it('gives each recommendation and call its paragraph, under its speaker', () => {
    const order = [
      'Ms. Pia Oberoi, Senior Advisor',
      'partnerships for targeted action (para. 12).',
      'The Honourable Ratna Omidvar',
      'regardless of class or place of birth (para. 16);',
      'Mr. Jonathan Prentice, Secretariat',
      'E. Mr. Prentice encouraged other countries to become champions (para. 47).',
      'Participants A. there was a call',
      'G. One participant called for increased cooperation among MPs and trade unions in the region (para. 30).',
    ]
    const places = order.map((words) => bodyText.indexOf(words))
    expect(
      places.every((place) => place >= 0),
      JSON.stringify(places),
    ).toBe(true)
    expect([...places].sort((left, right) => left - right)).toEqual(places)
  })

  it('leaves the report’s notes to the report: no marker, no note area', () => {
    expect(reading.pages.map((page) => normaliseText(page.noteText))).toEqual(
      reading.pages.map(() => ''),
    )
    expect(bodyText).toContain(
      'such as the Caribbean Community (CARICOM), who have devised protocols to facilitate the deployment of talent',
    )
  })
})
