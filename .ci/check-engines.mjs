// Checks that what a user installs runs on Node.js 20, which the project supports: each
// publishable package is packed as it would be published, the tarballs' dependencies are
// resolved from the registry in a scratch project (npm, without this workspace's lockfile
// or overrides), and every resolved package whose `engines.node` leaves out every Node.js
// 20 release is named, with the chain of packages that brings it.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import semver from 'semver'

const root = resolve(import.meta.dirname, '..')
const pnpm = join(root, 'node_modules', '.bin', 'pnpm')
const supported = '20.x'

const folders = ['packages', 'apps']
  .flatMap((parent) => readdirSync(join(root, parent)).map((name) => join(parent, name)))
  .filter((folder) => {
    try {
      return JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).private !== true
    } catch {
      return false
    }
  })
  .sort()

const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-engines-'))
const tarballs = join(scratch, 'tarballs')
const project = join(scratch, 'project')
mkdirSync(tarballs)
mkdirSync(project)
const run = (command, args, options) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })

try {
  // The tarballs' manifests are what npm reads: `workspace:` ranges become versions there.
  const specs = {}
  for (const folder of folders) {
    const before = new Set(readdirSync(tarballs))
    try {
      run(pnpm, ['pack', '--pack-destination', tarballs], { cwd: join(root, folder) })
    } catch (error) {
      throw new Error(`could not pack ${folder}:\n${error.stdout}${error.stderr}`)
    }
    const file = readdirSync(tarballs).find((name) => !before.has(name))
    const { name } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
    specs[name] = `file:${join(tarballs, file)}`
  }
  // Until they are on the registry, Rapporteur's own packages come from their tarballs.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, dependencies: specs, overrides: specs }),
  )
  try {
    run(
      'npm',
      [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--engine-strict=false',
        '--loglevel=error',
      ],
      { cwd: project },
    )
  } catch (error) {
    throw new Error(
      `could not resolve the packed packages' dependencies from the registry:\n${error.stderr}`,
    )
  }

  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'))
  const entries = lock.packages
  const label = (location) =>
    location === ''
      ? 'consumer'
      : `${location.replace(/^.*node_modules\//, '')}@${entries[location].version}`
  /** Where Node.js finds `name` from the package at `location`: its own node_modules, then up. */
  const locate = (location, name) => {
    for (let from = location; ; ) {
      const candidate = `${from === '' ? '' : `${from}/`}node_modules/${name}`
      if (entries[candidate]) return candidate
      if (from === '') return undefined
      const parent = from.lastIndexOf('/node_modules/')
      from = parent === -1 ? '' : from.slice(0, parent)
    }
  }
  // Breadth first from the consumer: the shortest chain that brings each package.
  const chain = new Map([['', []]])
  for (const queue = ['']; queue.length > 0; ) {
    const location = queue.shift()
    const entry = entries[location]
    const target = entry.link ? entry.resolved : location
    for (const name of Object.keys({
      ...entries[target]?.dependencies,
      ...entries[target]?.optionalDependencies,
      ...entries[target]?.peerDependencies,
    })) {
      const found = locate(target, name)
      if (found === undefined || chain.has(found)) continue
      chain.set(found, [...chain.get(location), found])
      queue.push(found)
    }
  }

  /** Every package reachable from `start`, for naming which of Rapporteur's packages bring one. */
  const reachable = (start) => {
    const seen = new Set([start])
    for (const stack = [start]; stack.length > 0; ) {
      const location = stack.pop()
      const entry = entries[location]
      const target = entry.link ? entry.resolved : location
      for (const name of Object.keys({
        ...entries[target]?.dependencies,
        ...entries[target]?.optionalDependencies,
        ...entries[target]?.peerDependencies,
      })) {
        const found = locate(target, name)
        if (found !== undefined && !seen.has(found)) {
          seen.add(found)
          stack.push(found)
        }
      }
    }
    return seen
  }
  const installedWith = Object.keys(specs).map((name) => ({
    name,
    reaches: reachable(`node_modules/${name}`),
  }))

  const failures = []
  let checked = 0
  for (const [location, entry] of Object.entries(entries)) {
    if (location === '' || entry.link) continue
    checked += 1
    const range = entry.engines?.node
    if (range === undefined) continue
    if (!semver.validRange(range) || !semver.intersects(range, supported)) {
      const by = (chain.get(location) ?? [location]).map(label).join(' → ')
      const packages = installedWith.filter(({ reaches }) => reaches.has(location))
      failures.push(
        `${label(location)} requires Node.js ${range}, not ${supported}: ${by}; installed with ${packages.map(({ name }) => name).join(', ')}`,
      )
    }
  }
  for (const failure of failures) console.error(`✗ ${failure}`)
  if (failures.length === 0)
    console.log(
      `✓ every package a user installs with ${Object.keys(specs).join(', ')} runs on Node.js ${supported} (${checked} packages resolved from the registry)`,
    )
  process.exitCode = failures.length > 0 ? 1 : 0
} catch (error) {
  console.error(`✗ ${error.message}`)
  process.exitCode = 1
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
