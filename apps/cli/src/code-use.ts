const used = new Set<string>()

/**
 * Records that this run used a part of the program (a command, a renderer), so that
 * the compile cache knows which runs have compiled code it does not hold yet.
 */
export function noteCodeUse(part: string): void {
  used.add(part)
}

/** The parts of the program this run has used. */
export function codeUse(): ReadonlySet<string> {
  return used
}
