import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseReport, resolveReport } from '@rapporteur/core'
import { renderDocx } from '@rapporteur/docx'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redlineDocx } from '../src/index.js'

const frontMatter = `---
title: Consultation on the Topic of the Meeting
reportType: Summary report
status: final
facilitator: Office of the Facilitating Organisation
date: 2024-05-02
modality: virtual
language: en
rule: chatham-house
---
`

/** The old version: four paragraphs, one note. */
export const oldSource = `${frontMatter}
# Opening

The chair opened the consultation and welcomed the participants.[^list]

The chair recalled the purpose of the meeting: to hear *every* stakeholder before the next session.

Participants discussed the calendar of meetings at some length.

# Closing

The chair thanked the participants and closed the meeting.

[^list]: The list of participants is available from the secretariat.
`

/** The new version: a word changed, a sentence added, a paragraph struck out, the note reworded. */
export const newSource = `${frontMatter}
# Opening

The chair opened the consultation and greeted the participants.[^list]

The chair recalled the purpose of the meeting: to hear *every* stakeholder before the next session. Written contributions are welcome until the end of May.

# Closing

The chair thanked the participants and closed the meeting.

[^list]: The list of participants can be had from the secretariat on request.
`

const docxOf = (source: string) =>
  renderDocx(resolveReport(parseReport(source), { variant: 'final' }))

const author = 'Office of the Facilitating Organisation'
const date = '2024-05-02T00:00:00Z'

interface OfficeText {
  mode: string
  redlines: number
  body: string
  footnotes: string[]
}

const script = fileURLToPath(new URL('./office-text.py', import.meta.url))

describe('redlineDocx', () => {
  let redline: Uint8Array
  let oldDocx: Uint8Array
  let newDocx: Uint8Array
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-redline-'))
  beforeAll(async () => {
    oldDocx = await docxOf(oldSource)
    newDocx = await docxOf(newSource)
    redline = redlineDocx(oldDocx, newDocx, { author, date })
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('marks each change as a Word tracked change, attributed and dated', () => {
    const document = strFromU8(unzipSync(redline)['word/document.xml']!)
    const notes = strFromU8(unzipSync(redline)['word/footnotes.xml']!)
    expect(document).toContain(
      `<w:del w:id="100000" w:author="${author}" w:date="${date}"><w:r><w:delText xml:space="preserve">welcomed</w:delText></w:r></w:del>`,
    )
    expect(document).toMatch(
      /<w:ins [^>]*><w:r><w:t xml:space="preserve">greeted<\/w:t><\/w:r><\/w:ins>/,
    )
    expect(document).toMatch(
      /<w:ins [^>]*><w:r><w:t xml:space="preserve"> Written contributions are welcome until the end of May.<\/w:t><\/w:r><\/w:ins>/,
    )
    // The paragraph struck out keeps its words, in w:delText, and its mark is deleted too.
    expect(document).toMatch(
      /<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">Participants discussed the calendar of meetings at some length.<\/w:delText>/,
    )
    expect(notes).toMatch(
      /<w:del [^>]*><w:r><w:delText xml:space="preserve">available<\/w:delText>/,
    )
    expect(notes).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> on request<\/w:t>/)
    expect(document.match(/w:author="/g)?.length).toBeGreaterThanOrEqual(4)
    expect(document).not.toMatch(new RegExp(`w:author="(?!${author})`))
  })

  it('gives the same bytes for the same versions', () => {
    expect(redlineDocx(oldDocx, newDocx, { author, date })).toEqual(redline)
  })

  it('opened in LibreOffice: accepting every change gives the new text, rejecting every change the old', async () => {
    const files = { old: oldDocx, new: newDocx, redline }
    for (const [name, bytes] of Object.entries(files))
      writeFileSync(join(folder, `${name}.docx`), bytes)
    const pipe = `rapporteur-redline-${process.pid}`
    const office = spawn(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--invisible',
        '--norestore',
        `--accept=pipe,name=${pipe};urp;`,
      ],
      { stdio: 'ignore' },
    )
    try {
      const output = execFileSync(
        '/usr/bin/python3',
        [
          script,
          pipe,
          `${join(folder, 'old.docx')}:as-is`,
          `${join(folder, 'new.docx')}:as-is`,
          `${join(folder, 'redline.docx')}:accept`,
          `${join(folder, 'redline.docx')}:reject`,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      )
      const [oldText, newText, accepted, rejected] = JSON.parse(output) as OfficeText[]
      expect(oldText!.body).toContain('Participants discussed the calendar')
      expect(newText!.body).not.toContain('Participants discussed the calendar')
      expect(accepted!.redlines).toBeGreaterThanOrEqual(8)
      expect(accepted!.body).toBe(newText!.body)
      expect(accepted!.footnotes).toEqual(newText!.footnotes)
      expect(rejected!.body).toBe(oldText!.body)
      expect(rejected!.footnotes).toEqual(oldText!.footnotes)
      expect(accepted!.footnotes).not.toEqual(rejected!.footnotes)
    } finally {
      office.kill()
    }
  }, 180_000)
})
