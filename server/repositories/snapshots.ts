/**
 * What the snapshots replay: the timelines of the bottlenecks raised in a window (with their
 * events, oldest first) and the step dates of every recommendation. Reads only; the replay itself
 * is the contract's (contract/snapshots.ts), shared with the mock.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely'
import {
  OPEN_BOTTLENECK_STATES,
  SNAPSHOT_RESOLVED_SHOWN,
  type BottleneckCategory,
  type BottleneckEvent,
  type BottleneckState,
  type BottleneckTimeline,
  type LocalizedName,
  type RecommendationTimeline,
} from '#contract'
import type { Database } from '../db/schema'
import { warningSql } from './bottlenecks'
import { liveBottleneck, liveRecommendation } from './voided'

export interface TimelineWindow {
  /** Raised on or after this day (optional) and on or before `to`. */
  from?: string
  to: string
  chainId?: number
  county?: string
  /** The day the timelines are replayed to: later events are not read. */
  asOf: string
  /**
   * Only bottlenecks that can count in periods from this day on: raised since, touched by an event
   * since, or with a deadline in force since. One with none of these has not changed since the day
   * (no event) and its deadlines ended before it, so it falls in none of those periods.
   */
  relevantFrom?: string
}

/** The bottlenecks of a chain and county raised in the window. */
function raisedInWindow<Q extends SelectQueryBuilder<Database, 'bottlenecks', object>>(
  qb: Q,
  w: Omit<TimelineWindow, 'asOf' | 'relevantFrom'>,
): Q {
  return qb
    .where(liveBottleneck())
    .where('bottlenecks.raised_on', '<=', w.to)
    .$if(w.from !== undefined, q => q.where('bottlenecks.raised_on', '>=', w.from!))
    .$if(w.chainId !== undefined, q => q.where('bottlenecks.chain_id', '=', w.chainId!))
    .$if(w.county !== undefined, q => q.where('bottlenecks.county', '=', w.county!)) as Q
}

/** How many bottlenecks one batch reads with their events (memory holds one batch of events at a time). */
const TIMELINE_BATCH = 5000

/** The actions whose event data the replay reads (deadlines, resolution type); others' data is never parsed. */
const ACTIONS_WITH_DATA = new Set(['assign', 'grant_extension', 'resolve'])
const NO_DATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>

type EventRow = Pick<
  Database['bottleneck_events'],
  'id' | 'bottleneck_id' | 'action' | 'from_status' | 'to_status' | 'at' | 'data_json'
>

/** An event as the replay reads it: who acted and their comment are left out (the timeline page has them). */
function eventOf(e: EventRow): BottleneckEvent {
  return {
    id: e.id,
    action: e.action,
    fromStatus: e.from_status as BottleneckState | null,
    toStatus: e.to_status as BottleneckState,
    at: e.at,
    actorId: 0,
    actorName: '',
    comment: null,
    data: ACTIONS_WITH_DATA.has(e.action) ? (JSON.parse(e.data_json) as Record<string, unknown>) : NO_DATA,
  }
}

/** The first instant after `day` in the timestamps' own order ('YYYY-MM-DDT…' sorts before the next day). */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/**
 * The bottlenecks of the window, each with its timeline up to `asOf` (oldest first), in batches of
 * consecutive ids: the caller replays a batch and keeps what it needs before the next is read, so
 * a quarter of a million bottlenecks never sit in memory whole.
 */
export async function* bottleneckTimelineBatches(
  db: Kysely<Database>,
  w: TimelineWindow,
): AsyncGenerator<BottleneckTimeline[]> {
  const before = dayAfter(w.asOf)
  // The window's ids first (one indexed scan), then the records and events of each slice of them by
  // id: reading "the next 5,000 of the window" again and again would rescan the window each time.
  const ids = (
    await raisedInWindow(db.selectFrom('bottlenecks'), w)
      .$if(w.relevantFrom !== undefined, q =>
        q.where(eb =>
          eb.or([
            eb('bottlenecks.raised_on', '>=', w.relevantFrom!),
            eb('bottlenecks.resolve_by', '>=', w.relevantFrom!),
            eb('bottlenecks.original_resolve_by', '>=', w.relevantFrom!),
            eb(
              'bottlenecks.id',
              'in',
              eb.selectFrom('bottleneck_events').select('bottleneck_id').where('at', '>=', w.relevantFrom!),
            ),
            // Open now with no event since: open on every later day, so in the overdue rate's "open that day".
            eb('bottlenecks.status', 'in', [...OPEN_BOTTLENECK_STATES]),
          ]),
        ),
      )
      .select('bottlenecks.id')
      .orderBy('bottlenecks.id')
      .execute()
  ).map(r => r.id)
  for (let i = 0; i < ids.length; i += TIMELINE_BATCH) {
    const slice = ids.slice(i, i + TIMELINE_BATCH)
    const [rows, events] = await Promise.all([
      db
        .selectFrom('bottlenecks')
        .select(['id', 'chain_id', 'county', 'enterprise_id', 'category'])
        .where('id', 'in', slice)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('bottleneck_events')
        .select(['id', 'bottleneck_id', 'action', 'from_status', 'to_status', 'at', 'data_json'])
        .where('bottleneck_id', 'in', slice)
        .where('at', '<', before)
        .orderBy('bottleneck_id')
        .orderBy('at')
        .orderBy('id')
        .execute(),
    ])
    const byBottleneck = new Map<number, BottleneckEvent[]>(rows.map(r => [r.id, []]))
    for (const e of events) byBottleneck.get(e.bottleneck_id)!.push(eventOf(e))
    yield rows.map(r => ({
      id: r.id,
      chainId: r.chain_id,
      county: r.county,
      enterpriseId: r.enterprise_id,
      category: r.category as BottleneckCategory,
      events: byBottleneck.get(r.id)!,
    }))
  }
}

/** The board of today, read from the records themselves: their status and warning are today's. */
export async function boardOfToday(
  db: Kysely<Database>,
  w: Omit<TimelineWindow, 'asOf' | 'relevantFrom'>,
  today: string,
) {
  const inWindow = <Q extends SelectQueryBuilder<Database, 'bottlenecks', object>>(qb: Q): Q => raisedInWindow(qb, w)
  const [byStatus, byWarning, latest] = await Promise.all([
    inWindow(db.selectFrom('bottlenecks'))
      .select(['status', eb => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute(),
    inWindow(db.selectFrom('bottlenecks'))
      .select([warningSql(today).as('warning'), eb => eb.fn.countAll<number>().as('n')])
      .groupBy('warning')
      .execute(),
    inWindow(db.selectFrom('bottlenecks'))
      .select(['id', 'enterprise_id', 'category', 'resolution_type', 'resolved_on'])
      .where('status', 'in', ['resolved', 'closed'])
      .where('resolved_on', 'is not', null)
      .orderBy('resolved_on', 'desc')
      .orderBy('id', 'desc')
      .limit(SNAPSHOT_RESOLVED_SHOWN)
      .execute(),
  ])
  return {
    byStatus: new Map(byStatus.map(r => [r.status, Number(r.n)])),
    byWarning: new Map(byWarning.map(r => [r.warning, Number(r.n)])),
    latest,
  }
}

/** The names of the given enterprises. */
export async function enterpriseNames(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, LocalizedName>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('enterprises')
    .select(['id', 'name_zh', 'name_ko', 'name_en'])
    .where('id', 'in', [...ids])
    .execute()
  return new Map(rows.map(r => [r.id, { zh: r.name_zh, ko: r.name_ko, en: r.name_en }]))
}

/** Every recommendation created on or before `to` (of the chain), with its chains and step dates. */
export async function recommendationTimelines(
  db: Kysely<Database>,
  to: string,
  chainId?: number,
): Promise<RecommendationTimeline[]> {
  const created = db
    .selectFrom('recommendations')
    .where('created_on', '<=', to)
    .where(liveRecommendation())
    .$if(chainId !== undefined, qb =>
      qb.where('id', 'in', eb =>
        eb.selectFrom('recommendation_chains').select('recommendation_id').where('chain_id', '=', chainId!),
      ),
    )
  const ids = created.select('id')
  const [rows, chains, instructions, forwards, feedback] = await Promise.all([
    created
      .select(['id', 'title', 'created_on', 'submitted_on', 'implementing_on', 'implemented_on', 'not_adopted_on'])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('recommendation_chains')
      .select(['recommendation_id as rid', 'chain_id'])
      .where('recommendation_id', 'in', ids)
      .execute(),
    db
      .selectFrom('instructions')
      .select(['recommendation_id as rid', 'date'])
      .where('recommendation_id', 'in', ids)
      .execute(),
    db
      .selectFrom('forwards')
      .select(['recommendation_id as rid', 'date'])
      .where('recommendation_id', 'in', ids)
      .execute(),
    db
      .selectFrom('feedback')
      .select(['recommendation_id as rid', 'date'])
      .where('recommendation_id', 'in', ids)
      .execute(),
  ])
  const group = <T extends { rid: number }>(list: T[]) => {
    const map = new Map<number, T[]>()
    for (const x of list) {
      const items = map.get(x.rid)
      if (items) items.push(x)
      else map.set(x.rid, [x])
    }
    return map
  }
  const [chainsOf, instructionsOf, forwardsOf, feedbackOf] = [
    group(chains),
    group(instructions),
    group(forwards),
    group(feedback),
  ]
  return rows.map(r => ({
    id: r.id,
    title: r.title,
    chainIds: (chainsOf.get(r.id) ?? []).map(c => c.chain_id),
    createdOn: r.created_on,
    submittedOn: r.submitted_on,
    implementingOn: r.implementing_on,
    implementedOn: r.implemented_on,
    notAdoptedOn: r.not_adopted_on,
    instructions: instructionsOf.get(r.id) ?? [],
    forwards: forwardsOf.get(r.id) ?? [],
    feedback: feedbackOf.get(r.id) ?? [],
  }))
}
