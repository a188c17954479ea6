import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type PreviewProcess, startPreview } from './preview-process.js'

const folder = mkdtempSync(join(tmpdir(), 'rapporteur-preview-server-'))
let preview: PreviewProcess
let port: number
let token: string

beforeAll(async () => {
  cpSync(examplePath, join(folder, 'minutes', 'report.md'))
  preview = await startPreview([join(folder, 'minutes', 'report.md')])
  const url = new URL(preview.url)
  port = Number(url.port)
  token = url.pathname.split('/')[1]!
})

afterAll(async () => {
  await preview?.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** Sends `GET path` exactly as written (no client resolves `..`), and returns the status and body. */
function rawGet(
  path: string,
  host = `127.0.0.1:${port}`,
  address = '127.0.0.1',
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port }, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)
    })
    let response = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk) => {
      response += chunk
    })
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1])
      const end = response.indexOf('\r\n\r\n')
      resolve({ status, head: response.slice(0, end), body: response.slice(end + 4) })
    })
    socket.on('error', reject)
  })
}

it('answers only its own paths, under its token', async () => {
  const page = await rawGet(`/${token}/`)
  expect(page.status).toBe(200)
  expect(page.body).toContain('<title>Rapporteur preview</title>')

  const refused = {
    '/../../etc/passwd': 403,
    '/etc/passwd': 403,
    '/': 403,
    '/not-the-token/': 403,
    [`/${token.slice(0, -1)}/`]: 403,
    [`/${token}/../../etc/passwd`]: 404,
    [`/${token}/files/../../../../etc/passwd`]: 404,
    [`/${token}/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd`]: 404,
    [`/${token}/assets/../../package.json`]: 404,
    [`/${token}/assets/page.ts`]: 404,
    [`/${token}/no-such-page`]: 404,
    [`/${token}/files/final.pdf`]: 404,
  }
  for (const [path, status] of Object.entries(refused)) {
    const answer = await rawGet(path)
    expect({ path, status: answer.status }).toEqual({ path, status })
    expect(answer.body).toMatch(/^(forbidden|not found)\n$/)
  }
  // A page of another site that points its own name at this address (DNS rebinding).
  expect((await rawGet(`/${token}/`, `attacker.example:${port}`)).status).toBe(403)
})

it('offers the built documents for download, the DOCX made when it is asked for', async () => {
  let pdf = await rawGet(`/${token}/download/draft.pdf`)
  for (let attempt = 0; pdf.status === 404 && attempt < 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    pdf = await rawGet(`/${token}/download/draft.pdf`)
  }
  expect(pdf.status).toBe(200)
  expect(pdf.head).toContain('Content-Disposition: attachment; filename="minutes-draft.pdf"')
  expect(pdf.body.startsWith('%PDF-')).toBe(true)
  const docx = await rawGet(`/${token}/download/draft.docx`)
  expect(docx.status).toBe(200)
  expect(docx.head).toContain('Content-Disposition: attachment; filename="minutes-draft.docx"')
  expect(docx.body.startsWith('PK')).toBe(true)
})

it('says why a DOCX cannot be downloaded while the report has problems', async () => {
  const report = join(folder, 'minutes', 'report.md')
  const good = readFileSync(report, 'utf8')
  // A good save, whose DOCX is not made until it is downloaded…
  const edited = 'reflected, in a save not downloaded, that the GCM is rooted'
  writeFileSync(report, good.replace('reflected that the GCM is rooted', edited))
  let html = await rawGet(`/${token}/files/draft.html`)
  for (let attempt = 0; !html.body.includes(edited) && attempt < 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    html = await rawGet(`/${token}/files/draft.html`)
  }
  expect(html.body).toContain(edited)
  // …then an invalid one: there is no DOCX of the good save to give, and the answer says why.
  writeFileSync(report, good.replace('reflected that the GCM is rooted', ':person{#nobody} rooted'))
  await preview.waitForOutput((_stdout, stderr) => stderr.includes('unknown person "nobody"'))
  const refused = await rawGet(`/${token}/download/draft.docx`)
  expect({ status: refused.status, body: refused.body }).toEqual({
    status: 409,
    body: 'draft.docx cannot be made while the report has problems\n',
  })
  writeFileSync(report, good)
  let docx = await rawGet(`/${token}/download/draft.docx`)
  for (let attempt = 0; docx.status !== 200 && attempt < 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    docx = await rawGet(`/${token}/download/draft.docx`)
  }
  expect(docx.body.startsWith('PK')).toBe(true)
})

it('switches only to a language version it lists', async () => {
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.write(
          `POST /${token}/language HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        )
      })
      let response = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk) => {
        response += chunk
      })
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1])))
      socket.on('error', reject)
    })
  expect(await post(JSON.stringify({ source: '/etc/passwd' }))).toBe(400)
  expect(await post(JSON.stringify({ source: join(folder, 'minutes', 'report.fr.md') }))).toBe(400)
  expect(await post(JSON.stringify({ source: join(folder, 'minutes', 'report.md') }))).toBe(204)
})

it('listens on the loopback addresses only', async () => {
  expect((await rawGet(`/${token}/`, `[::1]:${port}`, '::1')).status).toBe(200)
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4')
  for (const other of others) {
    await expect(rawGet(`/${token}/`, `${other!.address}:${port}`, other!.address)).rejects.toThrow(
      /ECONNREFUSED/,
    )
  }
})
