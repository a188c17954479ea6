import { closestName } from './closest-name.js'

/**
 * How a reference to an id no one has reads in a problem: `unknown person "omidvr":
 * did you mean "omidvar"?`, or the known ids when none is close.
 */
export function unknownReference(kind: string, id: string, known: readonly string[]): string {
  const suggestion = closestName(id, known)
  const hint = suggestion
    ? `: did you mean "${suggestion}"?`
    : known.length > 0
      ? `; known: ${known.join(', ')}`
      : ''
  return `unknown ${kind} "${id}"${hint}`
}
