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

const published = JSON.stringify(declarations.replace(/\.d\.ts$/, '.js'))
const consumer = `import type { ReportInput } from ${published}
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

const configConsumer = `import type { Language, LanguageOverride, RapporteurConfigInput, VariantInput } from ${published}
export const config: RapporteurConfigInput = {
  variants: [{ name: 'web', extends: 'final', marks: { watermark: null } }],
  languages: { 'fr-CA': { basedOn: 'fr', labels: { reportType: 'Rapport' }, conventions: { direction: 'ltr' } } },
}
export type Inputs = [import(${published}).ReportInput, RapporteurConfigInput, VariantInput, Language, LanguageOverride]
`

/** A language service over one consumer file, with the compiler options of a strict project. */
function languageService(text: string, name = 'consumer.ts') {
  const file = join(folder, name)
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

describe('the published declarations of a config', () => {
  const { service, file } = languageService(configConsumer, 'config-consumer.ts')
  const hover = (word: string) => {
    const info = service.getQuickInfoAtPosition(file, configConsumer.indexOf(word) + 1)
    return ts.displayPartsToString(info?.documentation ?? [])
  }

  it('type-check a config written in code', () => {
    expect(
      service.getSemanticDiagnostics(file).map((diagnostic) => diagnostic.messageText),
    ).toEqual([])
  })

  it("show a language's fields, labels and conventions on hover", () => {
    expect(hover('basedOn')).toBe(
      'The built-in language whose words and conventions fill what is left out. Default: the language itself when built in, else `en`.',
    )
    expect(hover('labels:')).toBe('The labels that differ.')
    expect(hover('reportType')).toBe(
      'The report type when the front matter names none. Default: `Summary report`.',
    )
    expect(hover('conventions:')).toBe('The conventions that differ.')
    expect(hover('direction')).toBe(
      'The direction of the script: `ltr` or `rtl` (Arabic, Hebrew, Persian, Urdu).',
    )
    expect(hover('watermark')).toBe(
      'A diagonal watermark on every page (PDF, DOCX); null for none.',
    )
  })

  it('document every field a report, a config or a variant written in code can have', () => {
    const checker = service.getProgram()!.getTypeChecker()
    const source = service.getProgram()!.getSourceFile(file)!
    const inputs = source.statements.find(ts.isTypeAliasDeclaration)!
    const undocumented = new Set<string>()
    const seen = new Set<ts.Type>()
    const visit = (type: ts.Type, path: string): void => {
      if (seen.has(type)) return
      seen.add(type)
      if (type.isUnion() || type.isIntersection()) {
        for (const member of type.types) visit(member, path)
        return
      }
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        for (const element of checker.getTypeArguments(type as ts.TypeReference))
          visit(element, `${path}[]`)
        return
      }
      if (!(type.flags & ts.TypeFlags.Object)) return
      const index = type.getStringIndexType()
      if (index) visit(index, `${path}.*`)
      for (const property of type.getProperties()) {
        const propertyType = checker.getTypeOfSymbol(property)
        // A node's `type` names the node; its documentation is the node's own.
        const discriminant = property.name === 'type' && propertyType.isStringLiteral()
        if (
          !discriminant &&
          ts.displayPartsToString(property.getDocumentationComment(checker)) === ''
        )
          undocumented.add(`${path}.${property.name}`)
        visit(propertyType, `${path}.${property.name}`)
      }
    }
    const tuple = checker.getTypeFromTypeNode(inputs.type) as ts.TypeReference
    const names = [
      'ReportInput',
      'RapporteurConfigInput',
      'VariantInput',
      'Language',
      'LanguageOverride',
    ]
    for (const [index, type] of checker.getTypeArguments(tuple).entries())
      visit(type, names[index]!)
    expect([...undocumented]).toEqual([])
  })
})
