import {
  type Report,
  type ReportInput,
  type ResolvedReport,
  type ResolvedSection,
  toResolvedReport,
} from '@rapporteur/core'
import {
  Document,
  LeaderType,
  LineNumberRestartFormat,
  Paragraph,
  Tab,
  TableOfContents,
  TextRun,
} from 'docx'
import { anchored, continueList, renderBlock } from './block-handlers.js'
import { type DocxOptions, pageGeometry } from './docx-options.js'
import { createFooter, createHeader } from './header-footer.js'
import { renderInlines } from './inline-handlers.js'
import { renderMasthead } from './masthead.js'
import { normalisePackage } from './normalise-package.js'
import { listKinds, numberingConfig, wordNumbersSections } from './numbering.js'
import { packageParts } from './package-parts.js'
import { estimatePageCount } from './page-count-estimate.js'
import { createRenderState, type RenderState } from './render-state.js'
import { bodyIndent, createStyles, styleIds } from './styles.js'
import { xmlSafe } from './xml-safe.js'
import { portableDeflate } from './zip-package.js'

/**
 * The table of contents, as Word makes it: a TOC field over the section headings and the
 * annexes' headings, each entry a link to its heading, written with its entries so that it
 * reads before the field is updated. The page numbers are Word's to add (Update Table):
 * they depend on Word's own layout.
 */
function renderContents(state: RenderState): void {
  const { report } = state
  const entries = [
    ...report.sections.map((section) => ({
      title: xmlSafe(section.entry),
      level: 1,
      href: section.id,
    })),
    ...report.annexes.map((annex) => ({
      title: xmlSafe(annex.entry),
      level: 1,
      href: annex.id,
    })),
  ]
  if (entries.length < 2) return
  state.children.push(
    new Paragraph({
      style: styleIds.contentsHeading,
      children: [new TextRun(xmlSafe(report.labels.contents))],
    }),
    new TableOfContents(xmlSafe(report.labels.contents), {
      hyperlink: true,
      hideTabAndPageNumbersInWebView: true,
      // Headings at the first level, and the annexes' headings, which are at that outline level.
      headingStyleRange: '1-1',
      useAppliedParagraphOutlineLevel: true,
      beginDirty: false,
      // No dots lead to a page number the entries do not have yet.
      tabLeader: LeaderType.NONE,
      cachedEntries: entries,
    }),
  )
}

/**
 * A section's heading: numbered by Word where Word has the language's numerals (roman),
 * else with core's label written before a tab (`رابعاً -`, `四.`), hanging the same way.
 */
function sectionHeading(state: RenderState, section: ResolvedSection): Paragraph {
  const title = new TextRun(xmlSafe(section.title))
  if (!wordNumbersSections(state.numbering.style)) {
    const hanging = state.numbering.style.sectionHanging ?? bodyIndent
    return new Paragraph({
      style: styleIds.heading1,
      indent: { left: hanging, hanging },
      children: anchored(section.id, [
        new TextRun(xmlSafe(section.label)),
        new TextRun({ children: [new Tab()] }),
        title,
      ]),
    })
  }
  state.sectionNumerals = continueList(
    state.sectionNumerals,
    state,
    listKinds.sectionNumerals,
    section.number,
  )
  const { place } = state.sectionNumerals
  return new Paragraph({
    style: styleIds.heading1,
    numbering: {
      reference: place.reference,
      instance: place.instance,
      level: place.level,
      custom: true,
    },
    children: anchored(section.id, [title]),
  })
}

function renderBody(state: RenderState): void {
  renderMasthead(state)
  renderContents(state)
  for (const section of state.report.sections) {
    state.children.push(sectionHeading(state, section))
    for (const block of section.blocks) renderBlock(block, state)
  }
  for (const annex of state.report.annexes) {
    state.children.push(
      new Paragraph({
        style: styleIds.annexHeading,
        pageBreakBefore: true,
        children: anchored(annex.id, [
          new TextRun(xmlSafe(annex.label)),
          new TextRun({ break: 1 }),
          new TextRun(xmlSafe(annex.title)),
        ]),
      }),
    )
    for (const block of annex.blocks) renderBlock(block, state)
  }
}

function renderFootnotes(state: RenderState): void {
  for (const note of state.report.footnotes) {
    state.footnotes[String(note.number)] = {
      children: [
        new Paragraph({
          style: styleIds.footnoteText,
          // Word leaves notes out of line numbering; LibreOffice needs telling.
          suppressLineNumbers: true,
          children: anchored(note.id, [
            new TextRun({ children: ['\t'] }),
            ...renderInlines(note.content, state),
          ]),
        }),
      ],
    }
  }
}

/** The docx library's document for a report, before it is written. */
export function createDocument(resolved: ResolvedReport, options: DocxOptions = {}): Document {
  const { metadata, marks } = resolved
  const geometry = pageGeometry(options.pageSize)
  const state = createRenderState(resolved, geometry)
  renderBody(state)
  renderFootnotes(state)
  const pages = estimatePageCount(resolved, geometry)

  return new Document({
    title: xmlSafe(metadata.title),
    subject: xmlSafe(metadata.subject),
    creator: xmlSafe(metadata.author),
    lastModifiedBy: xmlSafe(metadata.author),
    keywords: xmlSafe(metadata.keywords.join(', ')),
    description: xmlSafe(metadata.description),
    revision: 1,
    styles: createStyles(geometry, resolved.language, state.styleNumbering),
    // Justified text in Word and LibreOffice is hyphenated, as the PDF's is.
    hyphenation: { autoHyphenation: true },
    numbering: { config: numberingConfig(state.numbering) },
    footnotes: state.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: geometry.width, height: geometry.height },
            margin: {
              top: geometry.margin,
              bottom: geometry.margin,
              left: geometry.margin,
              right: geometry.margin,
              header: 709,
              footer: 709,
            },
          },
          titlePage: true,
          ...(marks.lineNumbers
            ? {
                lineNumbers: {
                  countBy: 1,
                  restart: LineNumberRestartFormat.NEW_PAGE,
                  distance: 284,
                },
              }
            : {}),
        },
        headers: { default: createHeader(state), first: createHeader(state, 'first') },
        footers: {
          default: createFooter(state, 'default', pages),
          first: createFooter(state, 'first', pages),
        },
        children: state.children,
      },
    ],
  })
}

/**
 * Renders a report as a Word document (`.docx`) that behaves as if made in Word:
 * styles, numbering definitions for paragraph numbers, section numerals and
 * recommendation letters, Word footnotes, a real agenda table, header and footer
 * fields, and document properties. The same report and options give the same bytes.
 *
 * @param report - The report, resolved or not: one not resolved is validated, then resolved with `options.variant`.
 * @param options - The variant, the page size and the compressor; everything else comes from the report.
 * @returns The bytes of the `.docx` file.
 * @throws {ReportError} When the report is not valid, listing its problems, or was resolved for another variant.
 */
export async function renderDocx(
  report: ReportInput | Report | ResolvedReport,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const resolved = toResolvedReport(report, options)
  const document = createDocument(resolved, options)
  const { metadata } = resolved
  return normalisePackage(await packageParts(document), {
    documentDate: metadata.documentDate,
    language: metadata.language,
    direction: resolved.language.direction,
    deflate: options.deflate ?? portableDeflate,
    company: xmlSafe(metadata.author),
  })
}
