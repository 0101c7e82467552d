/**
 * Chains from the hand-written seeds: ids 1..7, segment ids numbered across chains, and annual
 * targets set against the generated actuals (some chains ahead, some behind).
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
    leadUnit: s.leadUnit,
    segments: s.segments.map(seg => ({ id: ++segmentId, tier: seg.tier, name: seg.name })),
    targets: [],
    enterpriseCount: 0,
  }))
}

function roundTo(v: number, step: number, min: number): number {
  return Math.max(min, Math.round(v / step) * step)
}

/**
 * Sets each chain's enterprise count and one target per year touched by the data. A target is the
 * year's actual pace (annualised over the part of the year the data covers) times the chain's
 * stretch factor, so a stretch above 1 leaves the chain behind.
 */
export function withTargetsAndCounts(
  chains: Chain[], enterprises: readonly Enterprise[], visits: readonly Visit[], bottlenecks: readonly Bottleneck[],
  startDate: string, anchorDate: string, rng: Rng,
): Chain[] {
  const firstYear = Number(startDate.slice(0, 4))
  const lastYear = Number(anchorDate.slice(0, 4))
  return chains.map((c) => {
    const seed = CHAIN_SEEDS[c.id - 1]!
    const targets: ChainTarget[] = []
    for (let year = firstYear; year <= lastYear; year++) {
      const from = `${year}-01-01` < startDate ? startDate : `${year}-01-01`
      const to = `${year}-12-31` > anchorDate ? anchorDate : `${year}-12-31`
      const share = (Date.parse(to) - Date.parse(from) + 86_400_000) / (365 * 86_400_000)
      const inYear = (d: string | null) => d !== null && d >= from && d <= to
      const chainVisits = visits.filter(v => v.chainId === c.id && inYear(v.date))
      const orders = chainVisits.reduce((s, v) => s + v.outcomes.reduce((t, o) => t + (o.amountCny ?? 0), 0), 0)
      const resolved = bottlenecks.filter(b => b.chainId === c.id && inYear(b.resolvedOn)).length
      const stretch = seed.targetStretch * (0.96 + rng.next() * 0.08)
      targets.push({
        year,
        visits: roundTo(chainVisits.length / share * stretch, 5, 10),
        bottlenecksResolved: roundTo(resolved / share * stretch, 5, 5),
        ordersWonCny: roundTo(orders / share * stretch, 1_000_000, 1_000_000),
      })
    }
    return { ...c, targets, enterpriseCount: enterprises.filter(e => e.chains.some(m => m.chainId === c.id)).length }
  })
}
