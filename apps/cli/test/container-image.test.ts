import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import packageJson from '../package.json' with { type: 'json' }

/**
 * The Dockerfile cannot be built here (no container registry), so these tests hold
 * it to what can be checked: it installs the command line with exactly the README's
 * "Install from source" commands, which the GitHub Action's `package: source` runs
 * too, and the tarball those commands make is the one it installs.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8')

/** The commands of the README's "Install from source" code block. */
function readmeInstallCommands(): string[] {
  const section = readme.slice(readme.indexOf('### Install from source'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!
  return block.trim().split('\n')
}

/** The Dockerfile's instructions, continuation lines joined. */
function instructions(): { keyword: string; argument: string }[] {
  return dockerfile
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(' ')
      return { keyword: keyword!, argument: rest.join(' ') }
    })
}

describe('the Dockerfile', () => {
  it('runs the README’s install-from-source commands, and no others', () => {
    const runs = instructions()
      .filter((entry) => entry.keyword === 'RUN')
      .map((entry) => entry.argument.replace(/^(--mount=\S+ )+/, ''))
    expect(runs).toEqual(readmeInstallCommands())
  })

  it('is Debian with Node.js 20, which the packages support, in both stages', () => {
    const images = instructions()
      .filter((entry) => entry.keyword === 'FROM')
      .map((entry) => entry.argument.split(' ')[0])
    expect(images).toEqual(['node:20-bookworm-slim', 'node:20-bookworm-slim'])
    expect(packageJson.engines.node).toBe('>=20')
  })

  it('runs rapporteur in /reports, the folder the README mounts', () => {
    const all = instructions()
    expect(all.find((entry) => entry.keyword === 'ENTRYPOINT')?.argument).toBe('["rapporteur"]')
    expect(all.filter((entry) => entry.keyword === 'WORKDIR').at(-1)?.argument).toBe('/reports')
    expect(readme).toContain('docker run --rm -v "$PWD:/reports" rapporteur validate reports')
  })

  it('the pack command makes the one tarball the install command names, with the binary in it', () => {
    const destination = mkdtempSync(join(tmpdir(), 'rapporteur-pack-'))
    const pack = readmeInstallCommands().find((command) => command.includes(' pack '))!
    const args = pack.replace('/tmp/rapporteur', destination).split(' ').slice(1)
    execFileSync('npx', args, { cwd: root, stdio: 'ignore' })
    const install = readmeInstallCommands().at(-1)!
    const pattern = /\/tmp\/rapporteur\/(\S+)$/.exec(install)![1]!
    const matching = readdirSync(destination).filter((name) =>
      new RegExp(`^${pattern.replace('.', '\\.').replace('*', '.*')}$`).test(name),
    )
    expect(matching).toEqual([`rapporteur-${packageJson.version}.tgz`])
    const tar = gunzipSync(readFileSync(join(destination, matching[0]!))).toString('latin1')
    expect(tar).toContain(`package/${packageJson.bin.rapporteur.replace('./', '')}`)
  })
})

describe('the GitHub Action', () => {
  it('builds from source with the README’s install-from-source commands', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      runs: { steps: { name: string; run?: string }[] }
    }
    const install = action.runs.steps.find((step) => step.name.startsWith('Install'))!.run!
    const lines = install.split('\n').map((line) => line.trim())
    const start = lines.indexOf(readmeInstallCommands()[0]!)
    expect(lines.slice(start, start + readmeInstallCommands().length)).toEqual(
      readmeInstallCommands(),
    )
  })
})
