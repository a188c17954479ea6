import { InvalidArgumentError } from 'commander'
import { type ExitCode, exitCode } from './exit-code.js'

/** One share of a list, K of N, as `--shard K/N` names it (1-based). */
export interface Shard {
  index: number
  count: number
}

/** Parses `--shard K/N`: two whole numbers with 1 ≤ K ≤ N. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count)
    throw new InvalidArgumentError('K/N with whole numbers 1 ≤ K ≤ N, such as 2/4')
  return { index, count }
}

/** A shard with no report in it: nothing to do, which is not an error. */
export function emptyShard(shard: Shard | undefined): ExitCode {
  process.stderr.write(`shard ${shard?.index}/${shard?.count}: no report falls in this share\n`)
  return exitCode.ok
}
