import { closestName } from './closest-name.js'
import type { RapporteurConfig, VariantDefinition } from './config-schema.js'
import { type BuiltInVariantName, builtInVariants, type Variant, variant } from './variant.js'

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
  return variant.parse({
    ...base,
    name: definition.name,
    applyRule: definition.applyRule ?? base.applyRule,
    statusLabel: definition.statusLabel === undefined ? base.statusLabel : definition.statusLabel,
    marks: { ...base.marks, ...marks },
    parts: { ...base.parts, ...parts },
    formats: definition.formats ?? base.formats,
  })
}

/** Every variant a report can be built in: the built-in ones, then the config's, in order. */
export function listVariants(config?: RapporteurConfig): Variant[] {
  return [...Object.values(builtInVariants), ...(config?.variants ?? []).map(defineVariant)]
}

/**
 * The variants named in `selection` (`all` for every one), looked up among the
 * built-in variants and the config's. Throws a `RangeError` naming an unknown
 * variant, with the closest name when it looks like a typo.
 */
export function selectVariants(
  selection: 'all' | readonly string[],
  config?: RapporteurConfig,
): Variant[] {
  const variants = listVariants(config)
  if (selection === 'all') return variants
  const byName = new Map(variants.map((entry) => [entry.name, entry]))
  const selected: Variant[] = []
  for (const name of selection) {
    if (name === 'all') return variants
    const found = byName.get(name)
    if (!found) {
      const names = [...byName.keys()]
      const suggestion = closestName(name, names)
      throw new RangeError(
        `unknown variant "${name}"${suggestion ? `: did you mean "${suggestion}"?` : ''} (variants: ${names.join(', ')})`,
      )
    }
    if (!selected.includes(found)) selected.push(found)
  }
  return selected
}
