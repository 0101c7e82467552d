/**
 * Snapshots: the bottleneck board and the recommendation pipeline as they stood at the end of a
 * day (issue 4 §1, "frozen as of a chosen date"). Lists answer with today's status; a snapshot
 * replays each timeline up to `asOf` (bottleneckHistory.ts, recommendationHistory.ts), so a
 * playlist frozen on 30 September shows 30 September's board however the items moved since.
 * With `asOf` = today a snapshot agrees with the lists' totals (a contract test holds both to it).
 * The server and the mock both compute through the functions below.
 */
import { z } from 'zod'
import { id, isoDate, localizedName, type LocalizedName } from './common'
import type { WorkingDayCalendar } from './calendar'
import { bottleneckFieldsAsOf } from './bottleneckHistory'
import { bottleneckCategory, countyCode, type BottleneckCategory, type Department } from './reference'
import { recommendationStatus, resolutionType, type BottleneckEvent } from './entities'
import { BOTTLENECK_STATES, OPEN_BOTTLENECK_STATES, type RecommendationState } from './lifecycles'
import { recommendationStateAsOf, type RecommendationSteps } from './recommendationHistory'
import { DEFAULT_TIME_LIMITS, type TimeLimits } from './timeLimits'

const positiveInt = z.coerce.number().int().positive()

/** The warning colours the board counts, most urgent first. */
export const SNAPSHOT_WARNINGS = ['red', 'yellow', 'blue'] as const
/** How many of the latest resolutions a board snapshot lists. */
export const SNAPSHOT_RESOLVED_SHOWN = 5
/** The pipeline's working stages (listed with their recommendations) and its two ends (counted). */
export const PIPELINE_STATES: readonly RecommendationState[] = [
  'draft',
  'submitted',
  'instructed',
  'forwarded',
  'implementing',
]
export const PIPELINE_FINAL_STATES: readonly RecommendationState[] = ['implemented', 'not_adopted']
/** At most this many recommendations per stage, longest-standing first. */
export const PIPELINE_ITEMS_SHOWN = 200

export const boardSnapshotQuery = z
  .object({
    asOf: isoDate,
    /** The window the bottlenecks were raised in (both ends optional, raised after asOf never counts). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    chainId: positiveInt.optional(),
    county: countyCode.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' })
  })
export type BoardSnapshotQuery = z.infer<typeof boardSnapshotQuery>

const count = z.number().int().nonnegative()

export const boardSnapshot = z.object({
  /** The day the board stands on: the asked day, or today when a later day was asked. */
  asOf: isoDate,
  /** The bottlenecks raised in the window by the status they stood in at the end of asOf. */
  byStatus: z.object(
    Object.fromEntries(BOTTLENECK_STATES.map(s => [s, count])) as Record<
      (typeof BOTTLENECK_STATES)[number],
      typeof count
    >,
  ),
  /** Of those, how many carried each warning colour on asOf. */
  byWarning: z.object({ red: count, yellow: count, blue: count }),
  /** The latest resolutions on or before asOf (still resolved or closed then), newest first. */
  recentlyResolved: z
    .array(
      z.object({
        id,
        enterpriseId: id,
        enterpriseName: localizedName,
        category: bottleneckCategory,
        resolutionType: resolutionType.nullable(),
        resolvedOn: isoDate,
      }),
    )
    .max(SNAPSHOT_RESOLVED_SHOWN),
})
export type BoardSnapshot = z.infer<typeof boardSnapshot>

export const pipelineSnapshotQuery = z
  .object({
    asOf: isoDate,
    /** Recommendations carry no county: the pipeline follows a chain only. */
    chainId: positiveInt.optional(),
  })
  .strict()
export type PipelineSnapshotQuery = z.infer<typeof pipelineSnapshotQuery>

export const pipelineSnapshot = z.object({
  asOf: isoDate,
  /** The working stages in lifecycle order, each with up to 200 recommendations, longest-standing first. */
  stages: z.array(
    z.object({
      state: recommendationStatus,
      total: count,
      items: z.array(z.object({ id, title: z.string(), statusSince: isoDate })),
    }),
  ),
  /** How many had ended implemented or not adopted by asOf. */
  finals: z.array(z.object({ state: recommendationStatus, total: count })),
})
export type PipelineSnapshot = z.infer<typeof pipelineSnapshot>

/** A bottleneck as a snapshot reads it: where it belongs and its whole timeline, oldest first. */
export interface BottleneckTimeline {
  id: number
  chainId: number
  county: string
  enterpriseId: number
  category: BottleneckCategory
  events: readonly BottleneckEvent[]
}

export interface SnapshotRules {
  cal: WorkingDayCalendar
  limits?: TimeLimits
  /** Only read for the record's coordination flag, which a snapshot does not use. */
  departments?: ReadonlyMap<number, Department>
}

const NO_DEPARTMENTS: ReadonlyMap<number, Department> = new Map()

const inWindow = (day: string, from: string | undefined, to: string | undefined) =>
  (from === undefined || day >= from) && (to === undefined || day <= to)

/** A board snapshot built one timeline at a time (the server reads timelines in batches). */
export interface BoardTally {
  add(t: BottleneckTimeline): void
  /** The snapshot of everything added; `nameOf` names the enterprises of the latest resolutions. */
  result(nameOf: (enterpriseId: number) => LocalizedName): BoardSnapshot
  /** The enterprises the latest resolutions name so far (to look their names up before `result`). */
  resolvedEnterpriseIds(): number[]
}

type ResolvedEntry = {
  t: BottleneckTimeline
  resolvedOn: string
  resolutionType: BoardSnapshot['recentlyResolved'][number]['resolutionType']
}

/** Newest resolution first; the same day: the higher id first. */
const newestFirst = (a: ResolvedEntry, b: ResolvedEntry) =>
  a.resolvedOn < b.resolvedOn ? 1 : a.resolvedOn > b.resolvedOn ? -1 : b.t.id - a.t.id

/**
 * Tallies the board at the end of `query.asOf`: each timeline added is replayed to that day and
 * counted when it belongs to the chain, county and window (the caller may have filtered already).
 */
export function createBoardTally(query: BoardSnapshotQuery, rules: SnapshotRules): BoardTally {
  const asOf = query.asOf
  const byStatus = Object.fromEntries(BOTTLENECK_STATES.map(s => [s, 0])) as BoardSnapshot['byStatus']
  const byWarning = { red: 0, yellow: 0, blue: 0 }
  let latest: ResolvedEntry[] = []
  return {
    add(t) {
      if (
        (query.chainId !== undefined && t.chainId !== query.chainId) ||
        (query.county !== undefined && t.county !== query.county)
      )
        return
      const fields = bottleneckFieldsAsOf(
        t.events,
        asOf,
        rules.departments ?? NO_DEPARTMENTS,
        rules.cal,
        rules.limits ?? DEFAULT_TIME_LIMITS,
      )
      if (fields === null || !inWindow(fields.raisedOn, query.from, query.to)) return
      byStatus[fields.status]++
      if (fields.warning !== 'none') byWarning[fields.warning]++
      if (fields.resolvedOn === null) return
      // Keep only the newest few: the tally's memory stays small however many timelines pass.
      latest.push({
        t: {
          id: t.id,
          chainId: t.chainId,
          county: t.county,
          enterpriseId: t.enterpriseId,
          category: t.category,
          events: [],
        },
        resolvedOn: fields.resolvedOn,
        resolutionType: fields.resolutionType,
      })
      if (latest.length > SNAPSHOT_RESOLVED_SHOWN * 4)
        latest = latest.sort(newestFirst).slice(0, SNAPSHOT_RESOLVED_SHOWN)
    },
    resolvedEnterpriseIds() {
      return [
        ...new Set(
          latest
            .sort(newestFirst)
            .slice(0, SNAPSHOT_RESOLVED_SHOWN)
            .map(r => r.t.enterpriseId),
        ),
      ]
    },
    result(nameOf) {
      return {
        asOf,
        byStatus: { ...byStatus },
        byWarning: { ...byWarning },
        recentlyResolved: latest
          .sort(newestFirst)
          .slice(0, SNAPSHOT_RESOLVED_SHOWN)
          .map(({ t, resolvedOn, resolutionType }) => ({
            id: t.id,
            enterpriseId: t.enterpriseId,
            enterpriseName: nameOf(t.enterpriseId),
            category: t.category,
            resolutionType,
            resolvedOn,
          })),
      }
    },
  }
}

/** The board at the end of `query.asOf` over the given timelines (chain, county and window applied). */
export function computeBoardSnapshot(
  timelines: Iterable<BottleneckTimeline>,
  query: BoardSnapshotQuery,
  rules: SnapshotRules,
  nameOf: (enterpriseId: number) => LocalizedName,
): BoardSnapshot {
  const tally = createBoardTally(query, rules)
  for (const t of timelines) tally.add(t)
  return tally.result(nameOf)
}

/** How many bottlenecks of a board snapshot were open (in a state with work left) on its day. */
export function openOnBoard(s: BoardSnapshot): number {
  return OPEN_BOTTLENECK_STATES.reduce((n, state) => n + s.byStatus[state], 0)
}

/** A recommendation as a snapshot reads it: its chains, title and step dates. */
export type RecommendationTimeline = RecommendationSteps & { id: number; title: string; chainIds: readonly number[] }

/** The pipeline at the end of `query.asOf` over the given recommendations (chain applied again). */
export function computePipelineSnapshot(
  recommendations: Iterable<RecommendationTimeline>,
  query: PipelineSnapshotQuery,
): PipelineSnapshot {
  const byState = new Map<RecommendationState, { id: number; title: string; statusSince: string }[]>()
  for (const r of recommendations) {
    if (query.chainId !== undefined && !r.chainIds.includes(query.chainId)) continue
    const then = recommendationStateAsOf(r, query.asOf)
    if (then === null) continue
    const list = byState.get(then.status) ?? []
    list.push({ id: r.id, title: r.title, statusSince: then.statusSince })
    byState.set(then.status, list)
  }
  const longestFirst = (a: { id: number; statusSince: string }, b: { id: number; statusSince: string }) =>
    a.statusSince < b.statusSince ? -1 : a.statusSince > b.statusSince ? 1 : a.id - b.id
  return {
    asOf: query.asOf,
    stages: PIPELINE_STATES.map(state => {
      const items = byState.get(state) ?? []
      return { state, total: items.length, items: items.sort(longestFirst).slice(0, PIPELINE_ITEMS_SHOWN) }
    }),
    finals: PIPELINE_FINAL_STATES.map(state => ({ state, total: byState.get(state)?.length ?? 0 })),
  }
}
