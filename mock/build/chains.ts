/**
 * Chains from the hand-written seeds: ids 1..7, segment ids numbered across chains, and annual
 * targets set against the generated actuals (some chains ahead, some behind) that rise every year.
 */
import type { Chain, ChainTarget, Enterprise, Visit, Bottleneck } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import type { Rng } from '../random'

/** Chains with segments; targets and enterprise counts are filled in by `withTargetsAndCounts`. */
export function buildChains(): Chain[] {
  let segmentId = 0
  return CHAIN_SEEDS.map((s, i) => ({
    id: i + 1,
    code: s.code,
    name: s.name,
    tags: s.tags,
    cppccLeaders: s.cppccLeaders,
    govCoLeader: s.govCoLeader,
    leadUnit: { ...s.leadUnit },
    segments: s.segments.map(seg => ({ id: ++segmentId, tier: seg.tier, name: seg.name })),
    targets: [],
    enterpriseCount: 0,
  }))
}

/** Target growth a year (DOMAIN.md: targets rise 5–15% a year). */
const RISE = { min: 0.05, max: 0.15 }

/**
 * The target a year after `prev` (or, with `back`, a year before it), grown by `rise` and rounded
 * to a round `step` when that keeps the growth within 5–15%, else to the nearest `unit` that does.
 * Officials set round numbers, but rounding must not make a target stand still or jump.
 */
function nextTarget(prev: number, rise: number, step: number, unit: number, back = false): number {
  const raw = back ? prev / (1 + rise) : prev * (1 + rise)
  // The values whose growth from (or to) `prev` lies within the bounds.
  const lo = back ? prev / (1 + RISE.max) : prev * (1 + RISE.min)
  const hi = back ? prev / (1 + RISE.min) : prev * (1 + RISE.max)
  for (const s of [step, unit]) {
    const v = Math.min(Math.max(Math.round(raw / s) * s, Math.ceil(lo / s) * s), Math.floor(hi / s) * s)
    if (v >= lo && v <= hi) return v
  }
  return raw
}

/** A chain's yearly targets: `visits`, `bottlenecksResolved`, `ordersWonCny`. */
type TargetFields = Omit<ChainTarget, 'year'>
const STEPS: Record<keyof TargetFields, { step: number; unit: number; min: number }> = {
  visits: { step: 5, unit: 1, min: 10 },
  bottlenecksResolved: { step: 5, unit: 1, min: 10 },
  ordersWonCny: { step: 1_000_000, unit: 10_000, min: 1_000_000 },
}

/**
 * Sets each chain's enterprise count and one target per year touched by the data. The middle year
 * of the world gets the chain's actual yearly pace times its stretch factor (so a stretch above 1
 * leaves the chain behind); each later year's target rises 5–15% on the one before, as a
 * programme's targets do, and each earlier year's is lower by as much.
 */
export function withTargetsAndCounts(
  chains: Chain[],
  enterprises: readonly Enterprise[],
  visits: readonly Visit[],
  bottlenecks: readonly Bottleneck[],
  startDate: string,
  anchorDate: string,
  rng: Rng,
): Chain[] {
  const firstYear = Number(startDate.slice(0, 4))
  const lastYear = Number(anchorDate.slice(0, 4))
  const years = (Date.parse(anchorDate) - Date.parse(startDate) + 86_400_000) / (365 * 86_400_000)
  const middle = firstYear + Math.floor((lastYear - firstYear) / 2)
  return chains.map(c => {
    const seed = CHAIN_SEEDS[c.id - 1]!
    const stretch = seed.targetStretch * (0.96 + rng.next() * 0.08)
    const orders = visits
      .filter(v => v.chainId === c.id)
      .reduce((s, v) => s + v.outcomes.reduce((t, o) => t + (o.amountCny ?? 0), 0), 0)
    const pace: TargetFields = {
      visits: visits.filter(v => v.chainId === c.id).length / years,
      bottlenecksResolved: bottlenecks.filter(b => b.chainId === c.id && b.resolvedOn !== null).length / years,
      ordersWonCny: orders / years,
    }
    const rises = Array.from({ length: lastYear - firstYear + 1 }, () => RISE.min + rng.next() * (RISE.max - RISE.min))
    const byYear = new Map<number, TargetFields>()
    const start = {} as TargetFields
    for (const k of Object.keys(STEPS) as (keyof TargetFields)[])
      start[k] = Math.max(STEPS[k].min, Math.round((pace[k] * stretch) / STEPS[k].step) * STEPS[k].step)
    byYear.set(middle, start)
    const step = (from: TargetFields, rise: number, back: boolean): TargetFields => {
      const out = {} as TargetFields
      for (const k of Object.keys(STEPS) as (keyof TargetFields)[])
        out[k] = nextTarget(from[k], rise, STEPS[k].step, STEPS[k].unit, back)
      return out
    }
    for (let y = middle + 1; y <= lastYear; y++) byYear.set(y, step(byYear.get(y - 1)!, rises[y - firstYear]!, false))
    for (let y = middle - 1; y >= firstYear; y--) byYear.set(y, step(byYear.get(y + 1)!, rises[y - firstYear]!, true))
    const targets: ChainTarget[] = []
    for (let y = firstYear; y <= lastYear; y++) targets.push({ year: y, ...byYear.get(y)! })
    return { ...c, targets, enterpriseCount: enterprises.filter(e => e.chains.some(m => m.chainId === c.id)).length }
  })
}
