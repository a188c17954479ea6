import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

// What a TypeScript user of the published package sees: a consumer file checked
// against the built declarations (`dist/index.d.ts`), as an editor would.
const declarations = resolve(import.meta.dirname, '../dist/index.d.ts')
const folder = mkdtempSync(join(tmpdir(), 'rapporteur-declarations-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const consumer = `import type { ReportInput } from ${JSON.stringify(declarations.replace(/\.d\.ts$/, '.js'))}
export const input: ReportInput = {
  title: 'Consultation',
  facilitator: 'Office',
  date: '2022-02-08',
  modality: 'virtual',
  people: [{ id: 'omidvar', honorific: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
  sections: [{ type: 'section', title: 'Opening', blocks: [
    { type: 'paragraph', content: [{ type: 'mentoin', person: 'omidvar' }] },
  ] }],
}
`

/** A language service over one consumer file, with the compiler options of a strict project. */
function languageService(text: string) {
  const file = join(folder, 'consumer.ts')
  writeFileSync(file, text)
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  }
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) =>
      ts.sys.fileExists(name)
        ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? '')
        : undefined,
    getCurrentDirectory: () => folder,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  return { service: ts.createLanguageService(host), file }
}

describe('the published declarations', () => {
  const { service, file } = languageService(consumer)

  it('refuse a typo in an inline node of a report written in code', () => {
    const messages = service
      .getSemanticDiagnostics(file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`Type '"mentoin"' is not assignable to type`)
  })

  it("show a field's documentation on hover", () => {
    const hover = (word: string) => {
      const position = consumer.indexOf(word) + 1
      const info = service.getQuickInfoAtPosition(file, position)
      return ts.displayPartsToString(info?.documentation ?? [])
    }
    expect(hover('honorific')).toBe(
      'The honorific of the short form, such as `Ms.`, `Mr.` or `Dr.`.',
    )
    expect(hover('modality')).toBe('`virtual`, `in-person` or `hybrid`.')
    expect(hover('sections')).toBe('The body: the numbered sections, in order. At least one.')
    expect(hover("person: 'omidvar'")).toBe(
      'The `id` of a person in `people`, as `:person{#omidvar}` writes it.',
    )
  })
})
