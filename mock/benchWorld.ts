/**
 * Benchmark-scale data in batches (for batched inserts): the demo world's reference data, builders
 * and lifecycle simulation at any size. Ids run 1..N per kind and reference each other: a visit's
 * bottleneckIds and the bottleneck's visitId agree, every visit's enterprises belong to its chain.
 * Chains, counties, departments and users are those of generateWorld (seed them from it first).
 */
import { buildCalendar, DEFAULT_TIME_LIMITS, type BottleneckDetail, type Enterprise, type Visit } from '#contract'
import { createRng, subSeed } from './random'
import { CHAIN_SEEDS } from './reference/chains'
import { DEPARTMENTS } from './reference/departments'
import { activityDays, datesByQuantile, weightedTable, worldStartDate } from './build/activity'
import { makeBottleneck, type BottleneckSeed } from './build/bottlenecks'
import { buildChains } from './build/chains'
import { yearlyCoder } from './build/codes'
import { makeEnterprise, type EnterpriseBuildState } from './build/enterprises'
import { buildUsers, indexPeople } from './build/users'
import { makeVisit, visitDraws } from './build/visits'

export interface BenchOptions {
  seed?: number
  anchorDate: string
  enterprises: number
  visits: number
  bottlenecks: number
  /** Rows per batch; defaults to 1,000. */
  batchSize?: number
}

export type BenchBatch =
  | { kind: 'enterprises'; rows: Enterprise[] }
  | { kind: 'visits'; rows: Visit[] }
  | { kind: 'bottlenecks'; rows: BottleneckDetail[] }

/** Share of bottlenecks raised at visits; the rest are raised outside visits. */
const AT_VISITS = 0.75

/**
 * Yields enterprises, then visits, then bottlenecks, each in batches of `batchSize` rows.
 * Deterministic for the same options.
 */
export function* generateBenchBatches(opts: BenchOptions): Generator<BenchBatch> {
  const seed = opts.seed ?? 1
  const batchSize = opts.batchSize ?? 1000
  const { anchorDate } = opts
  const cal = buildCalendar()
  const users = buildUsers()
  const people = indexPeople(users)
  const userById = new Map(users.map(u => [u.id, u]))
  const chains = buildChains()
  const days = activityDays(worldStartDate(anchorDate), anchorDate, cal, createRng(subSeed(seed, 'bench-days')))

  // Enterprises: chains in proportion to the demo world's sizes; every chain keeps at least one.
  const eRng = createRng(subSeed(seed, 'bench-enterprises'))
  const chainTable = weightedTable(chains, c => CHAIN_SEEDS[c.id - 1]!.enterprises)
  const state: EnterpriseBuildState = { usedNames: new Set(), usedCodes: new Set() }
  const enterprises: Enterprise[] = []
  for (let id = 1; id <= opts.enterprises; id++) {
    const chain = id <= chains.length ? chains[id - 1]! : chainTable.pick(eRng)
    enterprises.push(
      makeEnterprise(eRng, id, chain, eRng.int(0, 99), id <= chains.length || eRng.chance(0.02), people, chains, state),
    )
  }
  yield* inBatches('enterprises', enterprises, batchSize)

  // Visits in date order; bottlenecks raised at visits sit on evenly spaced visits.
  const vRng = createRng(subSeed(seed, 'bench-visits'))
  const draws = visitDraws(vRng, chains, enterprises, people)
  const visitCode = yearlyCoder('V', 7)
  const atVisits = Math.min(opts.visits, Math.round(opts.bottlenecks * AT_VISITS))
  const seeds: BottleneckSeed[] = []
  let outcomeId = 0
  let batch: Visit[] = []
  let id = 0
  for (const date of datesByQuantile(days, opts.visits)) {
    id++
    const v = makeVisit(vRng, id, visitCode(date), date, draws, () => ++outcomeId)
    // Bottleneck k (1-based) is raised at visit ceil(k * visits / atVisits): one per chosen visit.
    const k = seeds.length + 1
    if (k <= atVisits && Math.ceil((k * opts.visits) / atVisits) === id) {
      const recorder = userById.get(v.recordedBy)!
      const enterprise = enterprises[vRng.pick(v.enterpriseIds) - 1]!
      seeds.push({
        chainId: v.chainId,
        enterprise,
        visitId: v.id,
        raisedOn: v.date,
        raisedBy: { id: recorder.id, name: recorder.displayName },
      })
      v.bottleneckIds.push(k)
    }
    batch.push(v)
    if (batch.length === batchSize) {
      yield { kind: 'visits', rows: batch }
      batch = []
    }
  }
  if (batch.length) yield { kind: 'visits', rows: batch }

  // Bottlenecks: those raised at visits first (ids 1..atVisits), then the others.
  const bRng = createRng(subSeed(seed, 'bench-bottlenecks'))
  for (const raisedOn of datesByQuantile(days, opts.bottlenecks - atVisits)) {
    const enterprise = enterprises[bRng.int(0, enterprises.length - 1)]!
    const chainId = bRng.pick(enterprise.chains).chainId
    seeds.push({
      chainId,
      enterprise,
      visitId: null,
      raisedOn,
      raisedBy: bRng.pick([...people.liaisonsOf(chainId), ...people.leadersOf(chainId)]),
    })
  }
  let eventId = 0
  const world = {
    cal,
    limits: DEFAULT_TIME_LIMITS,
    anchorDate,
    people,
    departments: new Map(DEPARTMENTS.map(d => [d.id, d])),
    nextEventId: () => ++eventId,
  }
  const code = yearlyCoder('B', 6)
  let rows: BottleneckDetail[] = []
  for (let i = 0; i < seeds.length; i++) {
    const s = seeds[i]!
    rows.push(makeBottleneck(bRng, i + 1, `${code(s.raisedOn)}`, s, world, { pace: bRng.chance(0.25) ? 2 : 1 }))
    if (rows.length === batchSize) {
      yield { kind: 'bottlenecks', rows }
      rows = []
    }
  }
  if (rows.length) yield { kind: 'bottlenecks', rows }
}

function* inBatches<T extends Enterprise>(kind: 'enterprises', items: T[], size: number): Generator<BenchBatch> {
  for (let i = 0; i < items.length; i += size) yield { kind, rows: items.slice(i, i + size) }
}
