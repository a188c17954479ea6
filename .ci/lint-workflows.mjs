// Checks every GitHub Actions workflow with actionlint; exits non-zero on any finding.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const actionlint = join('node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js')
const folder = '.github/workflows'
let failed = false
for (const file of readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()) {
  try {
    execFileSync(process.execPath, [actionlint, join(folder, file)], { stdio: 'inherit' })
  } catch {
    failed = true
  }
}
process.exit(failed ? 1 : 0)
