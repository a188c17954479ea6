import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A comment or tracked change to make in LibreOffice, on the first place with these words. */
export interface OfficeEdit {
  kind: 'comment' | 'insertion' | 'deletion'
  /** Words of the paragraph: the comment's range, the text deleted, or what an insertion follows. */
  at: string
  /** In a footnote rather than the body. */
  inNote?: boolean
  author: string
  /** Such as `2022-02-10T09:00:00`. */
  date: string
  text: string
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function convert(folder: string, input: string, format: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${folder}/profile`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      join(folder, format.split(':')[0]!),
      input,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  )
  return join(
    folder,
    format.split(':')[0]!,
    input.replace(/^.*\//, '').replace(/\.[a-z]+$/, `.${format.split(':')[0]}`),
  )
}

/**
 * A returned copy as LibreOffice writes it: the draft opened in LibreOffice (as flat ODF),
 * given annotations and tracked changes as LibreOffice's own format holds them, and saved
 * by LibreOffice as Word 2007–365 DOCX.
 */
export function libreOfficeCopy(draft: Uint8Array, edits: readonly OfficeEdit[]): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-review-'))
  try {
    const input = join(folder, 'copy.docx')
    writeFileSync(input, draft)
    const flat = convert(folder, input, 'fodt')
    let xml = readFileSync(flat, 'utf8')
    const regions: string[] = []
    edits.forEach((edit, index) => {
      let at = xml.indexOf(edit.at)
      while (at !== -1) {
        const inNote =
          xml.lastIndexOf('<text:note-body', at) > xml.lastIndexOf('</text:note-body>', at)
        if (inNote === (edit.inNote ?? false)) break
        at = xml.indexOf(edit.at, at + 1)
      }
      if (at === -1) throw new Error(`"${edit.at}" is not in the draft`)
      const info = `<office:change-info><dc:creator>${escapeXml(edit.author)}</dc:creator><dc:date>${edit.date}</dc:date></office:change-info>`
      const id = `ct${index + 1}`
      let replacement: string
      if (edit.kind === 'comment') {
        const name = `comment${index + 1}`
        replacement = `<office:annotation office:name="${name}"><dc:creator>${escapeXml(edit.author)}</dc:creator><dc:date>${edit.date}</dc:date><text:p>${escapeXml(edit.text)}</text:p></office:annotation>${edit.at}<office:annotation-end office:name="${name}"/>`
      } else if (edit.kind === 'deletion') {
        regions.push(
          `<text:changed-region xml:id="${id}" text:id="${id}"><text:deletion>${info}<text:p>${escapeXml(edit.at)}</text:p></text:deletion></text:changed-region>`,
        )
        replacement = `<text:change text:change-id="${id}"/>`
      } else {
        regions.push(
          `<text:changed-region xml:id="${id}" text:id="${id}"><text:insertion>${info}</text:insertion></text:changed-region>`,
        )
        replacement = `${edit.at}<text:change-start text:change-id="${id}"/>${escapeXml(edit.text)}<text:change-end text:change-id="${id}"/>`
      }
      xml = xml.slice(0, at) + replacement + xml.slice(at + edit.at.length)
    })
    xml = xml.replace(
      /<office:text\b[^>]*>/,
      (open) =>
        `${open}<text:tracked-changes text:track-changes="true">${regions.join('')}</text:tracked-changes>`,
    )
    const edited = join(folder, 'returned.fodt')
    writeFileSync(edited, xml)
    return readFileSync(convert(folder, edited, 'docx:MS Word 2007 XML'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
