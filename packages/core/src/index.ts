export { addressBreaks, isAddress } from './address-breaks.js'
export type { BuiltInLanguageName } from './built-in-languages.js'
export { builtInLanguages } from './built-in-languages.js'
export { checkReport, isAllowedUrl } from './check-report.js'
export { compareVersions } from './compare-versions.js'
export { configJsonSchema } from './config-json-schema.js'
export type {
  RapporteurConfig,
  RapporteurConfigInput,
  VariantDefinition,
  VariantMarksOverride,
  VariantPartsOverride,
} from './config-schema.js'
export {
  rapporteurConfig,
  variantDefinition,
  variantMarksOverride,
  variantPartsOverride,
} from './config-schema.js'
export type {
  Block,
  BreakNode,
  Checklist,
  ChecklistItem,
  EmphasisNode,
  FootnoteDefinition,
  FootnoteReferenceNode,
  Inline,
  LinkNode,
  List,
  MentionNode,
  Paragraph,
  ParticipantNode,
  RecommendationNode,
  Recommendations,
  ReportBody,
  Section,
  StrongNode,
  Subheading,
  Table,
  TextNode,
} from './content-schema.js'
export {
  block,
  checklist,
  checklistItem,
  footnoteDefinition,
  inline,
  inlineContent,
  list,
  paragraph,
  recommendations,
  reportBody,
  section,
  subheading,
  table,
} from './content-schema.js'
export { latestSourceDateEpoch, sourceDateEpochDate } from './document-date.js'
export { fillLabel } from './fill-label.js'
export type { FoundLanguage, LanguageOverrides } from './find-language.js'
export { findLanguage, knownLanguages } from './find-language.js'
export type { RunningHeadLine } from './fit-running-head.js'
export { fitRunningHead } from './fit-running-head.js'
export { formatDate, formatNumber, formatTimeRange, type TimeConventions } from './format-date.js'
export { frontMatterJsonSchema } from './front-matter-json-schema.js'
export type {
  Agenda,
  AgendaItem,
  Annex,
  Attendance,
  BackgroundDocument,
  BackgroundDocuments,
  CommentInstructions,
  FrontMatter,
  FrontMatterInput,
  MeetingTime,
  ParticipantIdentity,
  Person,
  Questions,
} from './front-matter-schema.js'
export {
  agenda,
  agendaItem,
  annex,
  attendance,
  backgroundDocument,
  backgroundDocuments,
  commentInstructions,
  frontMatter,
  meetingTime,
  participantIdentity,
  person,
  questions,
} from './front-matter-schema.js'
export { jsonSchemaIds } from './json-schema-ids.js'
export type { Labels, LabelsOverride } from './labels.js'
export { labels, labelsOverride } from './labels.js'
export type { Language, LanguageOverride } from './language.js'
export { language, languageOverride } from './language.js'
export type {
  LanguageConventions,
  LanguageConventionsOverride,
} from './language-conventions.js'
export { languageConventions, languageConventionsOverride } from './language-conventions.js'
export { unknownLanguageProblem } from './language-problems.js'
export { configFileNames, findConfig, loadConfig } from './load-config.js'
export { loadReport } from './load-report.js'
export type { OptionalShape } from './optional-shape.js'
export { toOutline } from './outline.js'
export type { ParseConfigOptions } from './parse-config.js'
export { parseConfig } from './parse-config.js'
export type { ParseJsonOptions } from './parse-json-report.js'
export { parseJsonReport } from './parse-json-report.js'
export type { ParseOptions } from './parse-report.js'
export { parseReport } from './parse-report.js'
export {
  affiliationOf,
  attributionOf,
  fullNameOf,
  type NameForms,
  shortNameOf,
} from './person-names.js'
export { inlineText, toPlainText, toSuperscript } from './plain-text.js'
export type { Location, Problem } from './problem.js'
export { formatProblem, sortProblems } from './problem.js'
export { isReportError, ReportError } from './report-error.js'
export { reportJsonSchema } from './report-json-schema.js'
export type { Report, ReportInput } from './report-schema.js'
export { jsonReportFields, report } from './report-schema.js'
export type { ResolveOptions } from './resolve-report.js'
export { resolveReport } from './resolve-report.js'
export type {
  Placed,
  ResolvedAgenda,
  ResolvedAnnex,
  ResolvedAttendance,
  ResolvedBlock,
  ResolvedChecklist,
  ResolvedDocumentList,
  ResolvedFootnote,
  ResolvedInline,
  ResolvedLabels,
  ResolvedLanguage,
  ResolvedList,
  ResolvedMarks,
  ResolvedMasthead,
  ResolvedMetadata,
  ResolvedPageNumberPart,
  ResolvedParagraph,
  ResolvedRecommendations,
  ResolvedReport,
  ResolvedSection,
  ResolvedSubheading,
  ResolvedTable,
} from './resolved-model.js'
export { toListLetter, toRomanNumeral } from './roman-numeral.js'
export type { Numerals, NumeralUse } from './section-numerals.js'
export { toNumeral } from './section-numerals.js'
export { shortenToFit } from './shorten-to-fit.js'
export type { SourceMap } from './source-map.js'
export type { AnnexPositions, SourcePosition, SourcePositions } from './source-positions.js'
export { toSourcePositions } from './source-positions.js'
export { sourceSizeLimit } from './source-size-limit.js'
export type { RenderReportOptions } from './to-resolved-report.js'
export { isResolvedReport, toResolvedReport } from './to-resolved-report.js'
export type { ValidateOptions } from './validate-report.js'
export { validateReport } from './validate-report.js'
export type {
  BuiltInVariantName,
  OutputFormat,
  Variant,
  VariantInput,
  VariantMarks,
  VariantParts,
} from './variant.js'
export {
  builtInVariantNames,
  builtInVariants,
  internalNotice,
  namesParticipants,
  outputFormat,
  variant,
  variantMarks,
  variantParts,
} from './variant.js'
export { defaultVariants, defineVariant, listVariants, selectVariants } from './variant-list.js'
export type { StyledText, TextStyle, WebFontFace, WebFonts } from './web-fonts.js'
