/**
 * A label with its `{name}` placeholders replaced; a placeholder without a value
 * stays as it is. A value that ends with a full stop (`8 февраля 2022 г.`) before
 * the label's own full stop gives one full stop, not two.
 */
export function fillLabel(
  label: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return label.replace(/\{(\w+)\}(\.?)/g, (placeholder, name: string, stop: string) => {
    if (!Object.hasOwn(values, name)) return placeholder
    const value = String(values[name])
    return stop === '.' && value.endsWith('.') ? value : `${value}${stop}`
  })
}
