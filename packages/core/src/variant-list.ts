import { closestName } from './closest-name.js'
import type { RapporteurConfig, VariantDefinition } from './config-schema.js'
import {
  type BuiltInVariantName,
  builtInVariants,
  internalNotice,
  namesParticipants,
  type Variant,
  variant,
} from './variant.js'

/** A user-defined variant made whole: the built-in variant it extends with its changes applied. */
export function defineVariant(definition: VariantDefinition): Variant {
  const base = builtInVariants[definition.extends as BuiltInVariantName]
  if (!base)
    throw new RangeError(
      `unknown variant "${definition.extends}" to extend; built in: ${Object.keys(builtInVariants).join(', ')}`,
    )
  const marks = Object.fromEntries(
    Object.entries(definition.marks ?? {}).filter(([, value]) => value !== undefined),
  )
  const parts = Object.fromEntries(
    Object.entries(definition.parts ?? {}).filter(([, value]) => value !== undefined),
  )
  const applyRule = definition.applyRule ?? base.applyRule
  const notice = { ...base.marks, ...marks }.notice
  return variant.parse({
    ...base,
    name: definition.name,
    applyRule,
    statusLabel: definition.statusLabel === undefined ? base.statusLabel : definition.statusLabel,
    marks: {
      ...base.marks,
      ...marks,
      notice: namesParticipants({ applyRule }) ? (notice ?? internalNotice) : notice,
    },
    parts: { ...base.parts, ...parts },
    formats: definition.formats ?? base.formats,
  })
}

/**
 * Every variant a report can be built in: the built-in ones, then the config's, in
 * order. A config's variant that names participants (`applyRule: false`) carries a
 * notice: `internal`'s unless it words its own.
 */
export function listVariants(config?: RapporteurConfig): Variant[] {
  return [...Object.values(builtInVariants), ...(config?.variants ?? []).map(defineVariant)]
}

/**
 * The variants `all` stands for: the built-in ones (`internal` among them, marked as
 * internal in every format) and the config's that apply the meeting's rule. A
 * config's variant that names participants is built only when asked for by name.
 */
export function defaultVariants(config?: RapporteurConfig): Variant[] {
  const builtIn = new Set<string>(Object.keys(builtInVariants))
  return listVariants(config).filter(
    (entry) => builtIn.has(entry.name) || !namesParticipants(entry),
  )
}

/**
 * The variants named in `selection`, looked up among the built-in variants and the
 * config's; `all` (alone or in the list) stands for `defaultVariants`. Throws a
 * `RangeError` naming an unknown variant, with the closest name when it looks like a typo.
 */
export function selectVariants(
  selection: 'all' | readonly string[],
  config?: RapporteurConfig,
): Variant[] {
  if (selection === 'all') return defaultVariants(config)
  const variants = listVariants(config)
  const byName = new Map(variants.map((entry) => [entry.name, entry]))
  const names = selection.flatMap((name) =>
    name === 'all' ? defaultVariants(config).map((entry) => entry.name) : [name],
  )
  const selected: Variant[] = []
  for (const name of names) {
    const found = byName.get(name)
    if (!found) {
      const known = [...byName.keys()]
      const suggestion = closestName(name, known)
      throw new RangeError(
        `unknown variant "${name}"${suggestion ? `: did you mean "${suggestion}"?` : ''} (variants: ${known.join(', ')})`,
      )
    }
    if (!selected.includes(found)) selected.push(found)
  }
  return selected
}
