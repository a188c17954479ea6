import {
  type BuiltInVariantName,
  parseReport,
  resolveReport,
  type SourceMap,
  toSourcePositions,
  type Variant,
} from '@rapporteur/core'
import { diffArrays, diffWordsWithSpace } from 'diff'
import { type ReportTarget, reportTargets } from './report-targets.js'
import { comparable, similarity } from './text-similarity.js'

/** Options of `redlineReport`. */
export interface RedlineOptions {
  /** The variant both versions are compared in. Default: `final`. */
  variant?: BuiltInVariantName | Variant
}

/** A run of words of a redlined part: kept, inserted or deleted. */
export interface RedlineRun {
  change: 'same' | 'insertion' | 'deletion'
  text: string
}

/** One part of the report (paragraph, heading, note, row…) as it changed from the old to the new. */
export interface RedlinePart {
  /** As the new version numbers it (`para. 12`), or as the old did for a part deleted. */
  place: string
  change: 'same' | 'changed' | 'insertion' | 'deletion'
  runs: RedlineRun[]
}

/** The parts of a source as resolved, in reading order (notes after the paragraph that cites them). */
function partsOf(
  source: string | Uint8Array,
  variant: BuiltInVariantName | Variant,
): ReportTarget[] {
  let sourceMap: SourceMap | undefined
  const report = parseReport(source, {
    onSourceMap: (map) => {
      sourceMap = map
    },
  })
  const resolved = resolveReport(report, {
    variant,
    sourcePositions: toSourcePositions(report, sourceMap!),
  })
  return reportTargets(resolved, sourceMap!).sort((left, right) => left.order - right.order)
}

// Below this, an old and a new part in the same gap are a deletion and an insertion, not an edit.
const editThreshold = 0.35

function wordRuns(before: string, after: string): RedlineRun[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    change: part.added ? 'insertion' : part.removed ? 'deletion' : 'same',
    text: part.value,
  }))
}

/** An old and a new text aligned: kept, edited (with its word runs), struck out or added. */
export interface AlignedText {
  change: RedlinePart['change']
  /** The index of the old text, or null for one added. */
  before: number | null
  /** The index of the new text, or null for one struck out. */
  after: number | null
  runs: RedlineRun[]
}

/**
 * Aligns two lists of texts as a redline does: on equal texts first; between two equal
 * ones, an old and a new text alike enough are one edited text, compared word by word;
 * the rest are struck out (before what replaced them) or added.
 */
export function alignTexts(before: readonly string[], after: readonly string[]): AlignedText[] {
  const aligned: AlignedText[] = []
  const changes = diffArrays([...before], [...after])
  let oldAt = 0
  let newAt = 0
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!
    if (!change.added && !change.removed) {
      for (const text of change.value)
        aligned.push({
          change: 'same',
          before: oldAt++,
          after: newAt++,
          runs: [{ change: 'same', text }],
        })
      continue
    }
    // A gap: the old texts removed and the new texts added between two equal ones.
    const removedFrom = oldAt
    const removedCount = change.removed ? change.value.length : 0
    oldAt += removedCount
    const next = change.removed ? changes[index + 1] : change
    const addedFrom = newAt
    const addedCount = next?.added ? next.value.length : 0
    if (next?.added) {
      newAt += addedCount
      if (next !== change) index++
    }
    // Within a gap, what was struck out comes before what replaced it.
    let taken = 0
    let pending: AlignedText[] = []
    const strike = (end: number) => {
      for (let at = taken; at < end; at++)
        aligned.push({
          change: 'deletion',
          before: removedFrom + at,
          after: null,
          runs: [{ change: 'deletion', text: before[removedFrom + at]! }],
        })
      aligned.push(...pending)
      pending = []
    }
    for (let added = addedFrom; added < addedFrom + addedCount; added++) {
      const text = after[added]!
      const own = comparable(text)
      let match = -1
      for (let at = taken; at < removedCount && match === -1; at++)
        if (similarity(comparable(before[removedFrom + at]!), own) >= editThreshold) match = at
      if (match === -1) {
        pending.push({
          change: 'insertion',
          before: null,
          after: added,
          runs: [{ change: 'insertion', text }],
        })
        continue
      }
      strike(match)
      aligned.push({
        change: 'changed',
        before: removedFrom + match,
        after: added,
        runs: wordRuns(before[removedFrom + match]!, text),
      })
      taken = match + 1
    }
    strike(removedCount)
  }
  return aligned
}

/**
 * Compares two versions of a report, part by part (masthead lines, headings, paragraphs,
 * list items, table and agenda rows, notes) and word by word within a part: what a
 * redline of the draft to the final shows. Parts are aligned on equal text first;
 * between them, an old and a new part alike enough are one edited part.
 */
export function redlineReport(
  oldSource: string | Uint8Array,
  newSource: string | Uint8Array,
  options: RedlineOptions = {},
): RedlinePart[] {
  const variant = options.variant ?? 'final'
  const before = partsOf(oldSource, variant)
  const after = partsOf(newSource, variant)
  return alignTexts(
    before.map((part) => part.text),
    after.map((part) => part.text),
  ).map((aligned) => ({
    place: aligned.after === null ? before[aligned.before!]!.place : after[aligned.after]!.place,
    change: aligned.change,
    runs: aligned.runs,
  }))
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The redline as a standalone HTML page: every part of the new version, inserted words in
 * `<ins>`, deleted words (and deleted parts) in `<del>`, each part led by its place.
 */
export function writeRedlineHtml(parts: readonly RedlinePart[], title: string): string {
  const body = parts.map((part) => {
    const runs = part.runs
      .map((run) =>
        run.change === 'same'
          ? escapeHtml(run.text)
          : `<${run.change === 'insertion' ? 'ins' : 'del'}>${escapeHtml(run.text)}</${run.change === 'insertion' ? 'ins' : 'del'}>`,
      )
      .join('')
    return `<p class="${part.change}"><span class="place">${escapeHtml(part.place)}</span> ${runs}</p>`
  })
  const changed = parts.filter((part) => part.change !== 'same').length
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Changes to ${escapeHtml(title)}</title>
<style>body{font-family:"Liberation Serif","Times New Roman",serif;margin:2rem;max-width:50rem;color:#111}
ins{color:#05603a;background:#e3f6ea;text-decoration:underline}del{color:#9b1c1c;background:#fde8e8;text-decoration:line-through}
.place{display:inline-block;min-width:9rem;color:#555;font-size:.85rem}p.same{color:#444}</style>
</head>
<body>
<h1>Changes to ${escapeHtml(title)}</h1>
<p>${changed} of ${parts.length} parts changed.</p>
${body.join('\n')}
</body>
</html>
`
}
