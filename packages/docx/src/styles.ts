import type { ResolvedLanguage } from '@rapporteur/core'
import { AlignmentType, BorderStyle, type IStylesOptions, LineRuleType } from 'docx'
import type { PageGeometry } from './docx-options.js'

/** The ids of the paragraph and character styles the document uses, each defined once. */
export const styleIds = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  annexHeading: 'AnnexHeading',
  contentsHeading: 'TOCHeading',
  contentsEntry: 'TOC1',
  normal: 'Normal',
  masthead: 'Masthead',
  status: 'MastheadStatus',
  banner: 'Banner',
  commentLine: 'CommentInstructions',
  bodyText: 'BodyText',
  numberedParagraph: 'NumberedParagraph',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  recommendationsCaption: 'RecommendationsCaption',
  documentListItem: 'DocumentListItem',
  tableHeading: 'TableHeading',
  tableText: 'TableText',
  header: 'Header',
  footer: 'Footer',
  footnoteText: 'FootnoteText',
  emphasis: 'Emphasis',
  strong: 'Strong',
  hyperlink: 'Hyperlink',
  tableGrid: 'TableGrid',
} as const

/** The indent of body text, where the text of a numbered paragraph starts (1 cm). */
export const bodyIndent = 567

/** The indent of list text inside the body (2 cm). */
export const listIndent = 1134

/** The body face for Latin, Greek and Cyrillic: Word has it, LibreOffice substitutes Liberation Serif. */
const latinFont = 'Times New Roman'

/**
 * The faces Word uses for each class of script (ascii and hAnsi, eastAsia, cs), for a
 * report in `language`: Chinese, Japanese and Korean faces Word and LibreOffice have or
 * substitute well; Times New Roman covers Arabic and Hebrew in Word.
 */
function fontsFor(language: ResolvedLanguage) {
  const primary = language.tag.toLowerCase().split('-')[0]
  const eastAsia =
    primary === 'ja'
      ? 'MS Mincho'
      : primary === 'ko'
        ? 'Batang'
        : language.scriptClass === 'eastAsian'
          ? 'SimSun'
          : latinFont
  return { ascii: latinFont, hAnsi: latinFont, eastAsia, cs: latinFont }
}

/**
 * A face Word and LibreOffice both have or substitute well for marks Times New Roman
 * lacks, such as ✓ (Windows has Segoe UI Symbol; elsewhere it falls back to DejaVu Sans).
 */
export const symbolFont = 'Segoe UI Symbol'

/** The house style of headings below level 2: bold, black, in the body face, stepping down. */
function minorHeading(level: 3 | 4 | 5 | 6) {
  return {
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'BodyText',
    quickFormat: true,
    run: { size: 22, bold: level <= 4, italics: level >= 4, color: '000000' },
    paragraph: {
      spacing: { before: 200, after: 100 },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  }
}

/** The Word list that numbers the body's paragraphs, which the Numbered Paragraph style carries. */
export interface StyleNumbering {
  reference: string
  instance: number
}

/**
 * The document's style sheet: Normal, Title, headings, body, list, table, header, footer and note styles.
 * With `paragraphNumbering`, the Numbered Paragraph style numbers its paragraphs itself, so a
 * paragraph given the style in Word is numbered and the ones after it renumbered.
 */
export function createStyles(
  geometry: PageGeometry,
  language: ResolvedLanguage,
  paragraphNumbering: StyleNumbering | null = null,
): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: fontsFor(language),
          size: 22,
          // w:lang names the language of each class of script: its tag where the report's script is of that class.
          language: {
            value: language.tag,
            ...(language.scriptClass === 'eastAsian' ? { eastAsia: language.tag } : {}),
            ...(language.scriptClass === 'complex' ? { bidirectional: language.tag } : {}),
          },
          ...(language.direction === 'rtl' ? { rightToLeft: true } : {}),
        },
        paragraph: {
          spacing: { after: 120, line: 259, lineRule: LineRuleType.AUTO },
          ...(language.direction === 'rtl' ? { bidirectional: true } : {}),
        },
      },
      title: {
        name: 'Title',
        basedOn: 'Normal',
        next: 'Masthead',
        quickFormat: true,
        run: { size: 28, bold: true, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          keepNext: true,
        },
      },
      heading1: {
        name: 'heading 1',
        basedOn: 'Normal',
        next: 'NumberedParagraph',
        quickFormat: true,
        run: { size: 24, bold: true, color: '000000' },
        paragraph: {
          spacing: { before: 360, after: 180 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
        },
      },
      heading2: {
        name: 'heading 2',
        basedOn: 'Normal',
        next: 'BodyText',
        quickFormat: true,
        run: { size: 22, bold: true, italics: true, color: '000000' },
        paragraph: {
          spacing: { before: 240, after: 120 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 1,
        },
      },
      heading3: minorHeading(3),
      heading4: minorHeading(4),
      heading5: minorHeading(5),
      heading6: minorHeading(6),
      footnoteText: {
        name: 'footnote text',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: {
          spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO },
          indent: { left: 284, hanging: 284 },
        },
      },
      // The character style linked to the note text, the same size as the paragraphs it marks.
      footnoteTextChar: {
        name: 'Footnote Text Char',
        basedOn: 'DefaultParagraphFont',
        run: { size: 18 },
      },
      hyperlink: {
        name: 'Hyperlink',
        run: { color: '0563C1', underline: {} },
      },
    },
    paragraphStyles: [
      {
        id: styleIds.masthead,
        name: 'Masthead',
        basedOn: 'Normal',
        next: 'Masthead',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 }, keepNext: true },
      },
      {
        id: styleIds.status,
        name: 'Masthead Status',
        basedOn: 'Masthead',
        next: 'Heading1',
        quickFormat: true,
        run: { bold: true, size: 24 },
        paragraph: {
          spacing: { before: 240, after: 360 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 8 } },
        },
      },
      {
        id: styleIds.banner,
        name: 'Banner',
        basedOn: 'Masthead',
        next: 'Heading1',
        quickFormat: true,
        run: { bold: true, italics: true },
        paragraph: { spacing: { before: 0, after: 120 } },
      },
      {
        id: styleIds.commentLine,
        name: 'Comment Instructions',
        basedOn: 'Masthead',
        next: 'Heading1',
        quickFormat: true,
        run: { italics: true, size: 20 },
        paragraph: {
          spacing: { before: 0, after: 240 },
          indent: { left: listIndent, right: listIndent },
          border: {
            top: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 },
            left: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 },
            right: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 },
          },
        },
      },
      {
        // Word's own style for the heading of a table of contents, kept out of the outline.
        id: styleIds.contentsHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 24, bold: true, color: '000000' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      {
        // Word's style for the first level of a table of contents, which Update Table keeps.
        id: styleIds.contentsEntry,
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        // An entry that takes two lines goes on under its words, not under its numeral.
        paragraph: { spacing: { after: 60 }, indent: { left: bodyIndent, hanging: bodyIndent } },
      },
      {
        id: styleIds.annexHeading,
        name: 'Annex Heading',
        basedOn: 'Heading1',
        next: 'BodyText',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0 },
      },
      {
        id: styleIds.bodyText,
        name: 'Body Text',
        basedOn: 'Normal',
        next: 'BodyText',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: bodyIndent } },
      },
      {
        id: styleIds.recommendationsCaption,
        name: 'Recommendations Caption',
        basedOn: 'BodyText',
        next: 'ListNumber',
        quickFormat: true,
        run: { italics: true },
        paragraph: { alignment: AlignmentType.LEFT, keepNext: true, keepLines: true },
      },
      {
        id: styleIds.numberedParagraph,
        name: 'Numbered Paragraph',
        basedOn: 'Normal',
        next: 'NumberedParagraph',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: bodyIndent, hanging: bodyIndent },
          ...(paragraphNumbering === null
            ? {}
            : { numbering: { ...paragraphNumbering, level: 0, custom: true } }),
        },
      },
      {
        id: styleIds.listBullet,
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: listIndent, hanging: bodyIndent / 2 },
          spacing: { after: 60 },
          contextualSpacing: false,
        },
      },
      {
        id: styleIds.listNumber,
        name: 'List Number',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: listIndent, hanging: bodyIndent },
          spacing: { after: 60 },
        },
      },
      {
        id: styleIds.documentListItem,
        name: 'Document List',
        basedOn: 'ListNumber',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.LEFT, spacing: { after: 120 } },
      },
      {
        id: styleIds.tableHeading,
        name: 'Table Heading',
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true, size: 20 },
        paragraph: { spacing: { before: 40, after: 40 }, keepNext: true },
      },
      {
        id: styleIds.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20 },
        paragraph: { spacing: { before: 20, after: 40 } },
      },
      {
        id: styleIds.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18, color: '404040' },
        paragraph: {
          spacing: { after: 0 },
          rightTabStop: geometry.textWidth,
        },
      },
      {
        id: styleIds.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, color: '404040' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      {
        // Word's default character style, which the others build on: the paragraph's own font.
        id: 'DefaultParagraphFont',
        name: 'Default Paragraph Font',
        uiPriority: 1,
        semiHidden: true,
        unhideWhenUsed: true,
      },
      {
        // The style Word's tables of contents give their entries' links: the entry's own look.
        id: 'IndexLink',
        name: 'Index Link',
        basedOn: 'DefaultParagraphFont',
      },
      {
        id: styleIds.emphasis,
        name: 'Emphasis',
        basedOn: 'DefaultParagraphFont',
        quickFormat: true,
        run: { italics: true },
      },
      {
        id: styleIds.strong,
        name: 'Strong',
        basedOn: 'DefaultParagraphFont',
        quickFormat: true,
        run: { bold: true },
      },
    ],
  }
}
