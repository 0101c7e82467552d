/**
 * What the snapshots replay: the timelines of the bottlenecks raised in a window (with their
 * events, oldest first) and the step dates of every recommendation. Reads only; the replay itself
 * is the contract's (contract/snapshots.ts), shared with the mock.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { BottleneckCategory, BottleneckEvent, BottleneckState, BottleneckTimeline, LocalizedName, RecommendationTimeline } from '#contract'
import type { Database } from '../db/schema'

export interface TimelineWindow { from?: string, to: string, chainId?: number, county?: string }

/** How many bottlenecks one batch reads with their events (memory holds one batch of events at a time). */
const TIMELINE_BATCH = 5000

type EventRow = Pick<Database['bottleneck_events'], 'id' | 'bottleneck_id' | 'action' | 'from_status' | 'to_status' | 'at' | 'actor_id' | 'actor_name' | 'comment' | 'data_json'>

function eventOf(e: EventRow): BottleneckEvent {
  return {
    id: e.id, action: e.action, fromStatus: e.from_status as BottleneckState | null, toStatus: e.to_status as BottleneckState,
    at: e.at, actorId: e.actor_id, actorName: e.actor_name, comment: e.comment, data: JSON.parse(e.data_json) as Record<string, unknown>,
  }
}

/**
 * The bottlenecks raised in the window (chain and county applied), each with its whole timeline,
 * in batches of consecutive ids: the caller replays a batch and keeps what it needs before the
 * next is read, so a window of a quarter of a million bottlenecks never sits in memory whole.
 */
export async function* bottleneckTimelineBatches(db: Kysely<Database>, w: TimelineWindow): AsyncGenerator<BottleneckTimeline[]> {
  const inWindow = <Q extends SelectQueryBuilder<Database, 'bottlenecks', object>>(qb: Q): Q => qb
    .where('bottlenecks.raised_on', '<=', w.to)
    .$if(w.from !== undefined, q => q.where('bottlenecks.raised_on', '>=', w.from!))
    .$if(w.chainId !== undefined, q => q.where('bottlenecks.chain_id', '=', w.chainId!))
    .$if(w.county !== undefined, q => q.where('bottlenecks.county', '=', w.county!)) as Q
  let after = 0
  for (;;) {
    const rows = await inWindow(db.selectFrom('bottlenecks'))
      .select(['bottlenecks.id', 'bottlenecks.chain_id', 'bottlenecks.county', 'bottlenecks.enterprise_id', 'bottlenecks.category'])
      .where('bottlenecks.id', '>', after).orderBy('bottlenecks.id').limit(TIMELINE_BATCH).execute()
    if (rows.length === 0) return
    const last = rows[rows.length - 1]!.id
    const events = await inWindow(db.selectFrom('bottleneck_events as e').innerJoin('bottlenecks', 'bottlenecks.id', 'e.bottleneck_id'))
      .select(['e.id', 'e.bottleneck_id', 'e.action', 'e.from_status', 'e.to_status', 'e.at', 'e.actor_id', 'e.actor_name', 'e.comment', 'e.data_json'])
      .where('e.bottleneck_id', '>', after).where('e.bottleneck_id', '<=', last)
      .orderBy('e.bottleneck_id').orderBy('e.at').orderBy('e.id')
      .execute()
    const byBottleneck = new Map<number, BottleneckEvent[]>()
    for (const e of events) {
      const list = byBottleneck.get(e.bottleneck_id)
      if (list) list.push(eventOf(e))
      else byBottleneck.set(e.bottleneck_id, [eventOf(e)])
    }
    yield rows.map(r => ({
      id: r.id, chainId: r.chain_id, county: r.county, enterpriseId: r.enterprise_id, category: r.category as BottleneckCategory,
      events: byBottleneck.get(r.id) ?? [],
    }))
    after = last
  }
}

/** The names of the given enterprises. */
export async function enterpriseNames(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, LocalizedName>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('enterprises').select(['id', 'name_zh', 'name_ko', 'name_en']).where('id', 'in', [...ids]).execute()
  return new Map(rows.map(r => [r.id, { zh: r.name_zh, ko: r.name_ko, en: r.name_en }]))
}

/** Every recommendation created on or before `to` (of the chain), with its chains and step dates. */
export async function recommendationTimelines(db: Kysely<Database>, to: string, chainId?: number): Promise<RecommendationTimeline[]> {
  const created = db.selectFrom('recommendations').where('created_on', '<=', to)
    .$if(chainId !== undefined, qb => qb.where('id', 'in', eb => eb.selectFrom('recommendation_chains').select('recommendation_id').where('chain_id', '=', chainId!)))
  const ids = created.select('id')
  const [rows, chains, instructions, forwards, feedback] = await Promise.all([
    created.select(['id', 'title', 'created_on', 'submitted_on', 'implementing_on', 'implemented_on', 'not_adopted_on']).orderBy('id').execute(),
    db.selectFrom('recommendation_chains').select(['recommendation_id as rid', 'chain_id']).where('recommendation_id', 'in', ids).execute(),
    db.selectFrom('instructions').select(['recommendation_id as rid', 'date']).where('recommendation_id', 'in', ids).execute(),
    db.selectFrom('forwards').select(['recommendation_id as rid', 'date']).where('recommendation_id', 'in', ids).execute(),
    db.selectFrom('feedback').select(['recommendation_id as rid', 'date']).where('recommendation_id', 'in', ids).execute(),
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
  const [chainsOf, instructionsOf, forwardsOf, feedbackOf] = [group(chains), group(instructions), group(forwards), group(feedback)]
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
