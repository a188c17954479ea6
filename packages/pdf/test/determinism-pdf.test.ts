import { type Report, validateReport } from '@rapporteur/core'
import { scriptReport, scriptSamples } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { readPdf } from './read-pdf.js'

function namedReport(name: string, familyName: string): Report {
  return validateReport({
    title: `A meeting with ${name}`,
    facilitator: 'Secretariat',
    date: '2024-03-01',
    modality: 'virtual',
    people: [{ id: 'speaker', honorific: 'Ms.', name, familyName, title: 'Delegate' }],
    sections: [
      {
        type: 'section',
        title: 'Discussion',
        blocks: [
          {
            type: 'paragraph',
            content: [
              { type: 'mention', person: 'speaker' },
              { type: 'text', value: ' spoke. Did Dale Dunn reply? Dear Delegates, Ďábelské Dny.' },
            ],
          },
        ],
      },
    ],
  })
}

const sample = (name: string) => scriptSamples.find((entry) => entry.name === name)!

describe('renders that share a process', () => {
  it('give each report its own bytes, whatever was rendered before', async () => {
    const accented = namedReport('Zuzana Ďurovičová', 'Ďurovičová')
    const plain = namedReport('Dale Dunn', 'Dunn')
    const plainFirst = await renderPdf(plain)
    const accentedAfterPlain = await renderPdf(accented)
    const plainAfterAccented = await renderPdf(plain)
    const accentedAgain = await renderPdf(accented)
    expect(Buffer.from(plainAfterAccented).equals(Buffer.from(plainFirst))).toBe(true)
    expect(Buffer.from(accentedAgain).equals(Buffer.from(accentedAfterPlain))).toBe(true)
    const text = (await readPdf(plainAfterAccented)).pages[0]!.text
    expect(text).toContain('Did Dale Dunn reply? Dear Delegates, Ďábelské Dny.')
  })

  it('give the same bytes for Cyrillic after Greek as for Cyrillic alone, and in parallel', async () => {
    const greek = scriptReport(sample('greek'))
    const cyrillic = scriptReport(sample('cyrillic'))
    const alone = await renderPdf(cyrillic)
    await renderPdf(greek)
    const after = await renderPdf(cyrillic)
    const [parallel] = await Promise.all([renderPdf(cyrillic), renderPdf(greek)])
    expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true)
    expect(Buffer.from(parallel!).equals(Buffer.from(alone))).toBe(true)
  })
})
