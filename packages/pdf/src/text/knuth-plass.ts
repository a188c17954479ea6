/** An item of a paragraph in the box/glue/penalty model. Widths in points. */
export type LineItem =
  | { type: 'box'; width: number }
  | { type: 'glue'; width: number; stretch: number; shrink: number }
  | { type: 'penalty'; width: number; penalty: number; flagged: boolean }

/** How a paragraph is broken into lines; every field but `lineWidths` has a default. */
export interface LineBreakingOptions {
  /** The width of line `index` (0-based); lines past the end of an array use its last entry. */
  lineWidths: readonly number[]
  /**
   * Largest adjustment ratio a line may have in the first pass (TeX's \pretolerance as a ratio);
   * default 1. A negative value skips the first pass.
   */
  firstPassTolerance?: number
  /** Largest ratio in the second pass (TeX's \tolerance); default 2.5. */
  tolerance?: number
  /** Added demerits (squared-style, as TeX's \linepenalty); default 10. */
  linePenalty?: number
  /** Demerits for two consecutive flagged (hyphenated) breaks; default 3000. */
  flaggedDemerits?: number
  /** Demerits for adjacent lines in fitness classes more than one apart; default 3000. */
  fitnessDemerits?: number
  /** Most consecutive lines that may end at a flagged penalty; default 2 (a third is never chosen). */
  consecutiveFlaggedLimit?: number
}

/** A chosen break and the adjustment of the line it ends. */
export interface LineBreak {
  /** Index into items of the chosen break (a glue or a penalty). */
  position: number
  /**
   * The line's adjustment ratio: >0 stretched, <0 shrunk (never < -1), relative to its stretch/shrink.
   * It is 0 when the line has infinite stretch (that glue takes up the rest) or no stretch at all
   * (an underfull line, only chosen by the emergency pass), and -1 for a line that is overfull
   * because a box in it is wider than the line.
   */
  ratio: number
}

const veryLoose = 0
const loose = 1
const decent = 2
const tight = 3

// Running totals make exact fits come out a hair off zero; a millionth of a point is invisible.
const slack = 1e-6

interface Settings {
  lineWidths: Float64Array
  linePenalty: number
  flaggedDemerits: number
  fitnessDemerits: number
  flaggedLimit: number
  /** Consecutive flagged breaks are counted up to here: beyond it the count changes nothing. */
  flaggedCap: number
}

/**
 * Every break node ever made, for tracing the chosen breaks back: only its position, the node
 * before it and the ratio of the line it ends. A paragraph of a million items makes millions.
 */
class History {
  size = 0
  position = new Int32Array(1024)
  previous = new Int32Array(1024)
  ratio = new Float64Array(1024)

  add(position: number, previous: number, ratio: number): number {
    if (this.size === this.position.length) {
      const capacity = this.size * 2
      this.position = grown(this.position, new Int32Array(capacity))
      this.previous = grown(this.previous, new Int32Array(capacity))
      this.ratio = grown(this.ratio, new Float64Array(capacity))
    }
    const node = this.size++
    this.position[node] = position
    this.previous[node] = previous
    this.ratio[node] = ratio
    return node
  }
}

// Past this many entries, a pass's memory is let go once it is over rather than kept for the next.
const keptCapacity = 1 << 16

function grown<T extends Int32Array | Float64Array>(old: T, fresh: T): T {
  fresh.set(old)
  return fresh
}

/**
 * The active nodes, in slots that are reused once a node is deactivated, so that the arrays the
 * inner loop reads stay as small as the active list. `order` lists the live slots oldest first.
 */
class ActiveNodes {
  capacity = 0
  /** The node's entry in the history. */
  node = new Int32Array(0)
  /** The index into the line widths of the line after this break. */
  line = new Int32Array(0)
  fitness = new Int32Array(0)
  /** How many lines in a row, up to this break, end at a flagged penalty. */
  flaggedRun = new Int32Array(0)
  /** Where the line after this break begins, and the running totals there. */
  start = new Int32Array(0)
  startWidth = new Float64Array(0)
  startStretch = new Float64Array(0)
  startShrink = new Float64Array(0)
  demerits = new Float64Array(0)
  /** Flagged-limit breaches: only the emergency pass allows them; they weigh before demerits. */
  breaches = new Float64Array(0)
  order = new Int32Array(0)
  count = 0
  private free = new Int32Array(0)
  private freeCount = 0
  private used = 0

  constructor() {
    this.resize(64)
  }

  /** Deactivates every node, for a new pass. */
  reset(): void {
    this.count = 0
    this.freeCount = 0
    this.used = 0
  }

  allocate(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount]!
    if (this.used === this.capacity) this.resize(this.capacity * 2)
    return this.used++
  }

  release(slot: number): void {
    this.free[this.freeCount++] = slot
  }

  private resize(capacity: number): void {
    this.capacity = capacity
    this.node = grown(this.node, new Int32Array(capacity))
    this.line = grown(this.line, new Int32Array(capacity))
    this.fitness = grown(this.fitness, new Int32Array(capacity))
    this.flaggedRun = grown(this.flaggedRun, new Int32Array(capacity))
    this.start = grown(this.start, new Int32Array(capacity))
    this.startWidth = grown(this.startWidth, new Float64Array(capacity))
    this.startStretch = grown(this.startStretch, new Float64Array(capacity))
    this.startShrink = grown(this.startShrink, new Float64Array(capacity))
    this.demerits = grown(this.demerits, new Float64Array(capacity))
    this.breaches = grown(this.breaches, new Float64Array(capacity))
    this.order = grown(this.order, new Int32Array(capacity))
    this.free = grown(this.free, new Int32Array(capacity))
  }
}

/** The best ways found so far to reach the current break, one per kind of node they would make. */
class Candidates {
  size = 0
  line: number[] = []
  fitness: number[] = []
  flaggedRun: number[] = []
  /** The history entry of the node the line starts from. */
  previous: number[] = []
  demerits: number[] = []
  breaches: number[] = []
  ratio: number[] = []
  order: number[] = []

  offer(
    line: number,
    fitness: number,
    flaggedRun: number,
    previous: number,
    demerits: number,
    breaches: number,
    ratio: number,
  ): void {
    for (let slot = 0; slot < this.size; slot++) {
      if (
        this.line[slot] === line &&
        this.fitness[slot] === fitness &&
        this.flaggedRun[slot] === flaggedRun
      ) {
        // Strictly better only: on a tie the earlier node keeps the place.
        const better =
          breaches < this.breaches[slot]! ||
          (breaches === this.breaches[slot]! && demerits < this.demerits[slot]!)
        if (better) {
          this.previous[slot] = previous
          this.demerits[slot] = demerits
          this.breaches[slot] = breaches
          this.ratio[slot] = ratio
        }
        return
      }
    }
    const slot = this.size++
    this.line[slot] = line
    this.fitness[slot] = fitness
    this.flaggedRun[slot] = flaggedRun
    this.previous[slot] = previous
    this.demerits[slot] = demerits
    this.breaches[slot] = breaches
    this.ratio[slot] = ratio
  }

  /** Puts the slots in order of cost, earliest first on ties, into `order`. */
  sort(): void {
    const order = this.order
    order.length = this.size
    for (let slot = 0; slot < this.size; slot++) {
      let place = slot
      while (place > 0 && this.cheaper(slot, order[place - 1]!)) {
        order[place] = order[place - 1]!
        place--
      }
      order[place] = slot
    }
  }

  private cheaper(left: number, right: number): boolean {
    const leftBreaches = this.breaches[left]!
    const rightBreaches = this.breaches[right]!
    if (leftBreaches !== rightBreaches) return leftBreaches < rightBreaches
    return this.demerits[left]! < this.demerits[right]!
  }
}

/**
 * Whether a node already made at this break is at least as good as the candidate in every future:
 * the same line widths ahead, no more flagged lines in a row, no more breaches, and cheaper by at
 * least the fitness demerits that could later tell them apart.
 */
function dominated(
  active: ActiveNodes,
  firstNew: number,
  candidates: Candidates,
  slot: number,
  fitnessGap: number,
  settings: Settings,
): boolean {
  const flaggedDemerits = settings.flaggedDemerits
  const line = candidates.line[slot]!
  const run = candidates.flaggedRun[slot]!
  const breaches = candidates.breaches[slot]!
  const demerits = candidates.demerits[slot]!
  const fitness = candidates.fitness[slot]!
  for (let place = firstNew; place < active.count; place++) {
    const kept = active.order[place]!
    if (active.line[kept] !== line) continue
    const keptRun = active.flaggedRun[kept]!
    if (keptRun > run) continue
    // With a bonus for consecutive flagged lines, an unflagged node no longer wins every future.
    if (flaggedDemerits < 0 && keptRun === 0 && run > 0) continue
    const keptBreaches = active.breaches[kept]!
    if (keptBreaches > breaches) continue
    if (keptBreaches < breaches) return true
    const gap = active.fitness[kept] === fitness ? 0 : fitnessGap
    if (active.demerits[kept]! + gap <= demerits) return true
  }
  return false
}

/**
 * The memory of a pass, made once and reused by every pass after it: passes run one at a time,
 * from start to end, and each begins by emptying it (every slot it reads, it has written).
 */
const scratch = { history: new History(), active: new ActiveNodes(), candidates: new Candidates() }

/** The scratch memory, emptied for a new pass; memory a long paragraph grew is let go. */
function emptyScratch(): typeof scratch {
  if (scratch.history.position.length > keptCapacity) scratch.history = new History()
  if (scratch.active.capacity > keptCapacity) scratch.active = new ActiveNodes()
  scratch.history.size = 0
  scratch.active.reset()
  scratch.candidates.size = 0
  return scratch
}

/**
 * One pass over the paragraph. A pass that is not final gives up (null) as soon as no active node
 * is left; the final pass accepts any line that is not overfull, and an overfull one when nothing
 * else remains, so it always returns breaks.
 */
class Pass {
  private readonly lineWidths: Float64Array
  private readonly lastLine: number
  private readonly last: number
  private readonly fitnessGap: number
  private readonly history: History
  private readonly active: ActiveNodes
  private readonly candidates: Candidates
  // Totals of the items before the current one; infinite stretch and shrink are tracked by the
  // latest glue that has them, which is in a line exactly when it is at or after the line's start.
  private width = 0
  private stretch = 0
  private shrink = 0
  private latestInfiniteStretch = -1
  private latestInfiniteShrink = -1
  // Breaks inside one run of discarded glue and penalties share where the next line starts.
  private cachedStart = -1
  private cachedWidth = 0
  private cachedStretch = 0
  private cachedShrink = 0

  constructor(
    private readonly items: readonly LineItem[],
    private readonly settings: Settings,
    private readonly tolerance: number,
    private readonly final: boolean,
  ) {
    this.lineWidths = settings.lineWidths
    this.lastLine = settings.lineWidths.length - 1
    this.last = items.length - 1
    this.fitnessGap = Math.abs(settings.fitnessDemerits)
    const memory = emptyScratch()
    this.history = memory.history
    this.active = memory.active
    this.candidates = memory.candidates
    const active = this.active
    const root = active.allocate()
    active.node[root] = this.history.add(-1, -1, 0)
    active.line[root] = 0
    active.fitness[root] = decent
    active.flaggedRun[root] = 0
    active.start[root] = 0
    active.startWidth[root] = 0
    active.startStretch[root] = 0
    active.startShrink[root] = 0
    active.demerits[root] = 0
    active.breaches[root] = 0
    active.order[0] = root
    active.count = 1
  }

  run(): LineBreak[] | null {
    const items = this.items
    const count = items.length
    const last = this.last
    let previousIsBox = false
    for (let index = 0; index < count; index++) {
      const item = items[index]!
      if (item.type === 'box') {
        // A paragraph that does not end in a penalty or glue still ends after its last item.
        if (index === last && !this.tryBreak(index, 0, item.width, false, true)) return null
        this.width += item.width
        previousIsBox = true
        continue
      }
      if (item.type === 'penalty') {
        const penalty = item.penalty
        const forced = penalty === Number.NEGATIVE_INFINITY || index === last
        if (penalty < Number.POSITIVE_INFINITY || forced) {
          if (!this.tryBreak(index, penalty, item.width, item.flagged, forced)) return null
        }
      } else {
        if (previousIsBox || index === last) {
          if (!this.tryBreak(index, 0, 0, false, index === last)) return null
        }
        this.width += item.width
        if (item.stretch === Number.POSITIVE_INFINITY) this.latestInfiniteStretch = index
        else this.stretch += item.stretch
        if (item.shrink === Number.POSITIVE_INFINITY) this.latestInfiniteShrink = index
        else this.shrink += item.shrink
      }
      previousIsBox = false
    }
    return this.collect()
  }

  /** Tries every active node against the break at `index`; false when the pass has failed. */
  private tryBreak(
    index: number,
    penalty: number,
    extraWidth: number,
    isFlagged: boolean,
    forced: boolean,
  ): boolean {
    const { linePenalty, flaggedDemerits, fitnessDemerits, flaggedLimit, flaggedCap } =
      this.settings
    const final = this.final
    const tolerance = this.tolerance
    const lineWidths = this.lineWidths
    const lastLine = this.lastLine
    const candidates = this.candidates
    const active = this.active
    const order = active.order
    const activeNode = active.node
    const activeLine = active.line
    const activeStart = active.start
    const activeWidth = active.startWidth
    const activeStretch = active.startStretch
    const activeShrink = active.startShrink
    const activeFitness = active.fitness
    const activeRun = active.flaggedRun
    const activeDemerits = active.demerits
    const activeBreaches = active.breaches
    const activeCount = active.count
    const width = this.width
    const stretch = this.stretch
    const shrink = this.shrink
    const latestInfiniteStretch = this.latestInfiniteStretch
    const latestInfiniteShrink = this.latestInfiniteShrink
    let penaltyDemerits = 0
    if (!forced) penaltyDemerits = penalty > 0 ? penalty * penalty : -penalty * penalty
    candidates.size = 0
    let survivors = 0
    let rescue = -1
    let rescueOverflow = Number.POSITIVE_INFINITY

    for (let place = 0; place < activeCount; place++) {
      const slot = order[place]!
      const line = activeLine[slot]!
      const lineWidth = lineWidths[line]!
      const start = activeStart[slot]!
      let natural = 0
      let lineStretch = 0
      let lineShrink = 0
      let infiniteStretch = false
      let infiniteShrink = false
      // A break inside the discarded glue and penalties after this node's break ends an empty line.
      if (index >= start) {
        natural = width - activeWidth[slot]!
        lineStretch = stretch - activeStretch[slot]!
        lineShrink = shrink - activeShrink[slot]!
        infiniteStretch = latestInfiniteStretch >= start
        infiniteShrink = latestInfiniteShrink >= start
      }
      // Overfull without the penalty's own width: every later break from this node is too.
      const overfull = !infiniteShrink && natural - lineShrink > lineWidth + slack
      natural += extraWidth
      const shortfall = lineWidth - natural

      let ratio = 0
      let badnessRatio = 0
      if (shortfall > slack) {
        if (!infiniteStretch) {
          ratio = lineStretch > 0 ? shortfall / lineStretch : Number.POSITIVE_INFINITY
          badnessRatio = ratio
          if (final) {
            // An emergency stretch of one line width: finite, and still growing with the gap.
            const room = lineStretch + Math.max(lineWidth, 0)
            badnessRatio = room > 0 ? shortfall / room : 1
          }
        }
      } else if (shortfall < -slack && !infiniteShrink) {
        ratio = lineShrink > 0 ? shortfall / lineShrink : Number.NEGATIVE_INFINITY
        badnessRatio = ratio
      }

      let feasible = ratio >= -1
      if (feasible && !final) {
        feasible = ratio < Number.POSITIVE_INFINITY && ratio <= tolerance && -ratio <= tolerance
      }
      let breaches = activeBreaches[slot]!
      const run = activeRun[slot]!
      if (feasible && isFlagged && !forced && run >= flaggedLimit) {
        if (final) breaches++
        else feasible = false
      }

      if (feasible) {
        const magnitude = badnessRatio < 0 ? -badnessRatio : badnessRatio
        const badness = 100 * magnitude * magnitude * magnitude
        let fitness = decent
        if (badnessRatio > 0) {
          if (badness > 99) fitness = veryLoose
          else if (badness > 12) fitness = loose
        } else if (badness > 12) {
          fitness = tight
        }
        const base = linePenalty + badness
        let demerits = base * base + penaltyDemerits
        if (isFlagged && run > 0) demerits += flaggedDemerits
        const fitnessDistance = fitness - activeFitness[slot]!
        if (fitnessDistance > 1 || fitnessDistance < -1) demerits += fitnessDemerits
        candidates.offer(
          line < lastLine ? line + 1 : lastLine,
          fitness,
          isFlagged ? Math.min(run + 1, flaggedCap) : 0,
          activeNode[slot]!,
          activeDemerits[slot]! + demerits,
          breaches,
          ratio === Number.POSITIVE_INFINITY ? 0 : ratio,
        )
      }

      if (overfull || forced) {
        // Its data stays readable for a rescue: nothing is allocated until the loop is over.
        active.release(slot)
        if (final && !feasible) {
          const overflow = natural - lineShrink - lineWidth
          if (overflow < rescueOverflow) {
            rescueOverflow = overflow
            rescue = slot
          }
        }
      } else {
        order[survivors++] = slot
      }
    }
    active.count = survivors

    if (candidates.size === 0) {
      if (survivors > 0) return true
      if (rescue < 0) return false
      // Nothing fits: the line that overflows least is set overfull, as TeX's last pass does.
      const line = activeLine[rescue]!
      const run = activeRun[rescue]!
      candidates.offer(
        line < lastLine ? line + 1 : lastLine,
        tight,
        isFlagged ? Math.min(run + 1, flaggedCap) : 0,
        activeNode[rescue]!,
        activeDemerits[rescue]!,
        activeBreaches[rescue]!,
        -1,
      )
    }
    this.activate(index)
    return true
  }

  /** Makes active nodes at the break at `index` from the candidates that no other one beats. */
  private activate(index: number): void {
    const candidates = this.candidates
    const active = this.active
    let start = this.items.length
    if (index < this.last) {
      if (index >= this.cachedStart) this.findStart(index)
      start = this.cachedStart
    }
    candidates.sort()
    const firstNew = active.count
    for (let rank = 0; rank < candidates.size; rank++) {
      const choice = candidates.order[rank]!
      if (dominated(active, firstNew, candidates, choice, this.fitnessGap, this.settings)) continue
      const slot = active.allocate()
      active.node[slot] = this.history.add(
        index,
        candidates.previous[choice]!,
        candidates.ratio[choice]!,
      )
      active.line[slot] = candidates.line[choice]!
      active.fitness[slot] = candidates.fitness[choice]!
      active.flaggedRun[slot] = candidates.flaggedRun[choice]!
      active.start[slot] = start
      active.startWidth[slot] = this.cachedWidth
      active.startStretch[slot] = this.cachedStretch
      active.startShrink[slot] = this.cachedShrink
      active.demerits[slot] = candidates.demerits[choice]!
      active.breaches[slot] = candidates.breaches[choice]!
      active.order[active.count++] = slot
    }
  }

  /** Where the line after a break at `index` starts: past the glue and penalties that follow it. */
  private findStart(index: number): void {
    const items = this.items
    let width = this.width
    let stretch = this.stretch
    let shrink = this.shrink
    let next = index
    for (;;) {
      const discarded = items[next]!
      if (discarded.type === 'glue') {
        width += discarded.width
        if (discarded.stretch !== Number.POSITIVE_INFINITY) stretch += discarded.stretch
        if (discarded.shrink !== Number.POSITIVE_INFINITY) shrink += discarded.shrink
      }
      next++
      if (next >= items.length) break
      const following = items[next]!
      if (following.type === 'box') break
      if (following.type === 'penalty' && following.penalty === Number.NEGATIVE_INFINITY) break
    }
    this.cachedStart = next
    this.cachedWidth = width
    this.cachedStretch = stretch
    this.cachedShrink = shrink
  }

  /** The cheapest node at the last item, which only nodes made there survive, traced back. */
  private collect(): LineBreak[] | null {
    const active = this.active
    let best = -1
    for (let place = 0; place < active.count; place++) {
      const slot = active.order[place]!
      const better =
        best < 0 ||
        active.breaches[slot]! < active.breaches[best]! ||
        (active.breaches[slot]! === active.breaches[best]! &&
          active.demerits[slot]! < active.demerits[best]!)
      if (better) best = slot
    }
    if (best < 0) return null
    const history = this.history
    const breaks: LineBreak[] = []
    for (let node = active.node[best]!; node > 0; node = history.previous[node]!) {
      breaks.push({ position: history.position[node]!, ratio: history.ratio[node]! })
    }
    return breaks.reverse()
  }
}

/**
 * Chooses the breaks of a paragraph by total fit, as TeX does: a first pass at
 * `firstPassTolerance`, a second at `tolerance`, then an emergency pass that always succeeds and
 * sets a line overfull only when a box is wider than it. The last break is the final item; an
 * empty paragraph has no breaks. Throws a `RangeError` when `lineWidths` is empty.
 */
export function breakParagraph(
  items: readonly LineItem[],
  options: LineBreakingOptions,
): LineBreak[] {
  if (options.lineWidths.length === 0) throw new RangeError('lineWidths must not be empty')
  if (items.length === 0) return []
  const settings = settingsOf(options)
  const firstPassTolerance = options.firstPassTolerance ?? 1
  const tolerance = options.tolerance ?? 2.5
  if (firstPassTolerance >= 0) {
    const breaks = new Pass(items, settings, firstPassTolerance, false).run()
    if (breaks !== null) return breaks
  }
  const breaks = new Pass(items, settings, tolerance, false).run()
  if (breaks !== null) return breaks
  return new Pass(items, settings, tolerance, true).run() ?? []
}

/**
 * Chooses the breaks of a paragraph in one pass at `firstPassTolerance` (default 1),
 * or returns null when no line can keep within it: TeX's first pass, which a caller
 * runs before hyphenating, since most paragraphs need no hyphen.
 */
export function breakParagraphInFirstPass(
  items: readonly LineItem[],
  options: LineBreakingOptions,
): LineBreak[] | null {
  if (options.lineWidths.length === 0) throw new RangeError('lineWidths must not be empty')
  if (items.length === 0) return []
  return new Pass(items, settingsOf(options), options.firstPassTolerance ?? 1, false).run()
}

function settingsOf(options: LineBreakingOptions): Settings {
  const flaggedLimit = options.consecutiveFlaggedLimit ?? 2
  return {
    lineWidths: Float64Array.from(options.lineWidths),
    linePenalty: options.linePenalty ?? 10,
    flaggedDemerits: options.flaggedDemerits ?? 3000,
    fitnessDemerits: options.fitnessDemerits ?? 3000,
    flaggedLimit,
    flaggedCap: Number.isFinite(flaggedLimit) ? Math.max(1, Math.ceil(flaggedLimit)) : 1,
  }
}
