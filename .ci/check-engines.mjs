// Checks that every package the lockfile installs runs on Node.js 20, which the
// project supports: a dependency whose `engines.node` leaves out every Node.js 20
// release (nanoid@6 asks for 22) is named, with the package that brings it.
import { readFileSync } from 'node:fs'
import semver from 'semver'
import { parse } from 'yaml'

const lockfile = parse(readFileSync('pnpm-lock.yaml', 'utf8'))
const supported = '20.x'
const dependents = new Map()
for (const [key, snapshot] of Object.entries(lockfile.snapshots ?? {})) {
  for (const [name, version] of Object.entries({
    ...snapshot.dependencies,
    ...snapshot.optionalDependencies,
  })) {
    const id = `${name}@${String(version).replace(/\(.*$/, '')}`
    dependents.set(id, [...(dependents.get(id) ?? []), key.replace(/\(.*$/, '')])
  }
}
const failures = []
for (const [id, entry] of Object.entries(lockfile.packages ?? {})) {
  const range = entry.engines?.node
  if (range === undefined) continue
  if (!semver.validRange(range) || !semver.intersects(range, supported)) {
    const by = dependents.get(id)
    failures.push(
      `${id} requires Node.js ${range}, not ${supported}${by ? ` (brought by ${by.join(', ')})` : ''}`,
    )
  }
}
for (const failure of failures) console.error(`✗ ${failure}`)
if (failures.length === 0)
  console.log(
    `✓ every package in pnpm-lock.yaml runs on Node.js ${supported} (${Object.keys(lockfile.packages).length} checked)`,
  )
process.exit(failures.length > 0 ? 1 : 0)
