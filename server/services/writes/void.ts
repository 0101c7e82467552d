/**
 * Voiding (作废, issue 10): POST /api/visits|bottlenecks|recommendations/:id/void, admin only, over
 * the contract's voidRecord. One transaction reads the record (voided or not, so a second void is a
 * 409 conflict rather than a 404), stores the void, takes its rollup contribution away and leaves
 * an audit entry 'void' with the record before and after. There is no hard delete.
 */
import { voidRecord, type BottleneckDetail, type RecommendationDetail, type Visit, type VoidRequest } from '#contract'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { notFound, staleVersion } from '../../errors'
import { findBottleneck } from '../../repositories/bottlenecks'
import { findRecommendation } from '../../repositories/recommendations'
import { findVisit } from '../../repositories/visits'
import { voidBottleneckRow, voidRecommendationRow, voidVisitRow, type VoidMark } from '../../repositories/voidWrites'
import { runWrite, valueOf, type WriteEnv } from './frame'

/** How one kind of record is read (voided ones included) and its void stored. */
interface VoidKind<T> {
  entity: 'visit' | 'bottleneck' | 'recommendation'
  find: (db: Kysely<Database>, id: number, today: string) => Promise<T | undefined>
  store: (db: Kysely<Database>, mark: VoidMark, expectedVersion: number) => Promise<boolean>
}

const VISIT: VoidKind<Visit> = {
  entity: 'visit',
  find: (db, id) => findVisit(db, id, { includeVoided: true }),
  store: voidVisitRow,
}
const BOTTLENECK: VoidKind<BottleneckDetail> = {
  entity: 'bottleneck',
  find: (db, id, today) => findBottleneck(db, id, today, { includeVoided: true }),
  store: voidBottleneckRow,
}
const RECOMMENDATION: VoidKind<RecommendationDetail> = {
  entity: 'recommendation',
  find: (db, id) => findRecommendation(db, id, { includeVoided: true }),
  store: voidRecommendationRow,
}

async function voidOne<T extends { id: number; version: number; voidedAt?: string; voidReason?: string }>(
  env: WriteEnv,
  kind: VoidKind<T>,
  id: number,
  req: VoidRequest,
): Promise<T> {
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const current = await kind.find(trx, id, ctx.today)
    if (!current) throw notFound(kind.entity, id)
    const next = valueOf(voidRecord(ctx, current, req))
    const mark = { id, version: next.version, voidedAt: next.voidedAt!, voidReason: next.voidReason! }
    if (!(await kind.store(trx, mark, current.version))) throw staleVersion(await kind.find(trx, id, ctx.today))
    await audit(kind.entity, id, 'void', current, next)
    return next
  })
}

/** Voids visit `id` → the voided Visit. */
export const voidVisit = (env: WriteEnv, id: number, req: VoidRequest) => voidOne(env, VISIT, id, req)
/** Voids bottleneck `id` → the voided BottleneckDetail. */
export const voidBottleneck = (env: WriteEnv, id: number, req: VoidRequest) => voidOne(env, BOTTLENECK, id, req)
/** Voids recommendation `id` → the voided RecommendationDetail. */
export const voidRecommendation = (env: WriteEnv, id: number, req: VoidRequest) => voidOne(env, RECOMMENDATION, id, req)
