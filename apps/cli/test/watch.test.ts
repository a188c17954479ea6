import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { examplePath, frenchExamplePath } from '@rapporteur/fixtures'
import { expect, it } from 'vitest'
import { cliPath } from './run-cli.js'

/** Starts `build --watch` on `source`, with what it prints and a way to wait for it. */
function startWatching(source: string, out: string) {
  const child = spawn(process.execPath, [
    cliPath,
    'build',
    source,
    '--variant',
    'final',
    '--format',
    'html',
    '--out',
    out,
    '--watch',
  ])
  const printed = { stdout: '', stderr: '' }
  child.stdout.on('data', (chunk) => {
    printed.stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    printed.stderr += chunk
  })
  const waitFor = async (check: () => boolean) => {
    for (let attempt = 0; attempt < 600 && !check(); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(check(), `stdout: ${printed.stdout}\nstderr: ${printed.stderr}`).toBe(true)
  }
  return { child, printed, waitFor }
}

it('rebuilds a report when it is saved, and keeps the last good output when the save is invalid', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-watch-'))
  const source = join(folder, 'minutes', 'report.md')
  cpSync(examplePath, source)
  const output = join(folder, 'out', 'minutes', 'final.html')
  const { child, printed, waitFor } = startWatching(source, join(folder, 'out'))
  try {
    await waitFor(() => printed.stderr.includes('watching for changes'))
    expect(readFileSync(output, 'utf8')).not.toContain('Consultation rewritten on save')

    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace(
        /^title: >-\n( {2}.*\n)+/m,
        'title: Consultation rewritten on save\n',
      ),
    )
    await waitFor(() => (printed.stdout.match(/built 1 file into /g) ?? []).length === 2)
    const rebuilt = readFileSync(output, 'utf8')
    expect(rebuilt).toContain('Consultation rewritten on save')

    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('modality: virtual', 'modality: telepathy'),
    )
    await waitFor(() => printed.stderr.includes('"modality" should be one of'))
    expect(readFileSync(output, 'utf8')).toBe(rebuilt)
  } finally {
    child.kill()
  }
})

it('rebuilds a report when only its translation is saved', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-watch-translation-'))
  const source = join(folder, 'minutes', 'report.md')
  cpSync(dirname(frenchExamplePath), dirname(source), { recursive: true })
  const translation = join(folder, 'minutes', 'report.en.md')
  const output = join(folder, 'out', 'minutes', 'en', 'final.html')
  const { child, printed, waitFor } = startWatching(source, join(folder, 'out'))
  try {
    await waitFor(() => printed.stderr.includes('watching for changes'))
    const builds = () => (printed.stdout.match(/built \d+ files? into /g) ?? []).length
    const first = builds()
    expect(readFileSync(output, 'utf8')).not.toContain('Translation rewritten on save')

    writeFileSync(
      translation,
      readFileSync(translation, 'utf8').replace(
        /^title: >-\n( {2}.*\n)+/m,
        'title: Translation rewritten on save\n',
      ),
    )
    await waitFor(() => builds() > first)
    expect(readFileSync(output, 'utf8')).toContain('Translation rewritten on save')
  } finally {
    child.kill()
  }
})
