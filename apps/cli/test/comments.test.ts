import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { wordStyleCopy } from '../../../packages/review/test/word-style-copy.js'
import { runCli } from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'rapporteur-comments-'))
const ana = join(folder, 'ana.docx')
const ben = join(folder, 'ben.docx')

beforeAll(async () => {
  const built = await runCli([
    'build',
    examplePath,
    '--variant',
    'draft',
    '--format',
    'docx',
    '--out',
    folder,
  ])
  expect(built.code).toBe(0)
  const draft = readFileSync(join(folder, 'gcm-parliamentarians-2022', 'draft.docx'))
  writeFileSync(
    ana,
    wordStyleCopy(draft, [
      {
        at: 'periodic and effective',
        author: 'Ana Lima',
        date: '2022-02-10T09:00:00Z',
        text: 'Which mechanism?',
      },
    ]),
  )
  writeFileSync(
    ben,
    wordStyleCopy(draft, [
      {
        at: 'periodic and effective',
        author: 'Ben Okafor',
        date: '2022-02-16T09:00:00Z',
        text: 'Cite the forum.',
      },
    ]),
  )
})

describe('rapporteur comments', () => {
  it('prints the items of every copy as JSON, merged on their paragraph', async () => {
    const run = await runCli(['comments', ana, ben, '--source', examplePath])
    expect(run.code).toBe(0)
    const { items } = JSON.parse(run.stdout) as { items: Array<Record<string, unknown>> }
    expect(items.map((item) => [item.paragraph, item.author, item.text, item.late])).toEqual([
      [1, 'Ana Lima', 'Which mechanism?', false],
      [1, 'Ben Okafor', 'Cite the forum.', true],
    ])
    expect(Object.keys(items[0]!).slice(0, 10)).toEqual([
      'kind',
      'paragraph',
      'footnote',
      'section',
      'author',
      'date',
      'text',
      'quoted',
      'source',
      'reviewerFile',
    ])
    expect(items[0]!.source).toMatchObject({ file: examplePath, line: 203, column: 98 })
  })

  it('writes the matrix as CSV, anonymised, and as DOCX to a file', async () => {
    const csv = await runCli([
      'comments',
      ana,
      ben,
      '--source',
      examplePath,
      '--format',
      'csv',
      '--anonymise',
    ])
    expect(csv.code).toBe(0)
    expect(csv.stdout).toContain(
      'para. 1,Reviewer 1,On “periodic and effective”: Which mechanism?,,comment',
    )
    expect(csv.stdout).not.toContain('Ana Lima')
    const out = join(folder, 'matrix.docx')
    const docx = await runCli(['comments', ana, ben, '--source', examplePath, '--out', out])
    expect(docx.code).toBe(0)
    expect(docx.stderr).toContain(`2 items from 2 returned copies → ${out}`)
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b])
  })

  it('refuses a file that is not a DOCX with exit code 1 and writes nothing', async () => {
    const notes = join(folder, 'notes.docx')
    writeFileSync(notes, 'minutes of the meeting')
    const out = join(folder, 'never.json')
    const run = await runCli(['comments', ana, notes, '--source', examplePath, '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `${notes}: not a DOCX (a .docx file is a zip package; this one is not)`,
    )
    expect(existsSync(out)).toBe(false)
  })

  it('calls a missing copy or an unknown format misuse (exit code 2)', async () => {
    expect(
      (await runCli(['comments', join(folder, 'gone.docx'), '--source', examplePath])).code,
    ).toBe(2)
    const format = await runCli(['comments', ana, '--source', examplePath, '--format', 'pdf'])
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('unknown format "pdf"; one of: json, csv, html, docx')
  })
})

describe('rapporteur redline', () => {
  it('writes every change from one source to the next as HTML with ins and del', async () => {
    const newer = join(folder, 'final.md')
    writeFileSync(
      newer,
      readFileSync(examplePath, 'utf8').replace('to create more awareness', 'to raise awareness'),
    )
    const out = join(folder, 'redline.html')
    const run = await runCli(['redline', examplePath, newer, '--out', out])
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^1 of \d+ parts changed → /)
    expect(readFileSync(out, 'utf8')).toContain('<del>create</del><ins>raise</ins>')
    expect(
      (await runCli(['redline', examplePath, newer, '--out', join(folder, 'redline.pdf')])).code,
    ).toBe(2)
  })

  it('writes the new version as DOCX with each change a tracked change, by the author given', async () => {
    const newer = join(folder, 'final.md')
    writeFileSync(
      newer,
      readFileSync(examplePath, 'utf8').replace('to create more awareness', 'to raise awareness'),
    )
    const out = join(folder, 'redline.docx')
    const run = await runCli([
      'redline',
      examplePath,
      newer,
      '--out',
      out,
      '--author',
      'Ana Editor',
    ])
    expect(run.code).toBe(0)
    const document = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!)
    expect(document).toMatch(
      /<w:del [^>]*w:author="Ana Editor"[^>]*><w:r><w:delText xml:space="preserve">create<\/w:delText>/,
    )
    expect(document).toMatch(
      /<w:ins [^>]*w:author="Ana Editor"[^>]*><w:r><w:t xml:space="preserve">raise<\/w:t>/,
    )
    const byDefault = join(folder, 'redline-default.docx')
    expect((await runCli(['redline', examplePath, newer, '--out', byDefault])).code).toBe(0)
    const { facilitator } = parseReport(readFileSync(examplePath, 'utf8'))
    expect(strFromU8(unzipSync(readFileSync(byDefault))['word/document.xml']!)).toContain(
      `w:author="${facilitator}"`,
    )
  })
})
