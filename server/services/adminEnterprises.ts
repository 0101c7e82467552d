/**
 * Enterprises, as the admin keeps them: a valid and unique credit code, county, a segment in each
 * chain it belongs to, flags, contact and assigned liaison. The county is copied into the KPI
 * rollups, so moving an enterprise with history to another county rebuilds them (rare, and
 * correct beats fast here); a membership change recomputes only its visit-day masks.
 */
import type { Kysely, Transaction } from 'kysely'
import {
  enterpriseReferenceIssues,
  type AdminEnterprise,
  type EnterpriseCreateRequest,
  type EnterpriseFacts,
  type EnterprisePatchRequest,
} from '#contract'
import type { Database } from '../db/schema'
import { invalid, notFound, staleVersion } from '../errors'
import { bumpVersion, nextId } from '../repositories/adminRecords'
import {
  enterpriseIdByCreditCode,
  findAdminEnterprise,
  liaisonIds,
  saveEnterprise,
} from '../repositories/adminEnterprises'
import { chainAndSegmentStates } from '../repositories/chainStates'
import { rebuildRollups } from '../repositories/rollups'
import { rebuildVisitDayMasks } from '../repositories/visitDayMasks'
import { adminWrite, type AdminActor } from './adminWrite'

type Fields = Omit<AdminEnterprise, 'id' | 'version'>

/**
 * Field errors that need the database, for the fields given (the rule is the contract's
 * enterpriseReferenceIssues; this gathers the facts it needs).
 */
async function referenceIssues(
  db: Kysely<Database>,
  e: Partial<Fields>,
  current: AdminEnterprise | null,
): Promise<Record<string, string>> {
  const chains = await chainAndSegmentStates(
    db,
    (e.chains ?? []).map(m => m.chainId),
  )
  const facts: EnterpriseFacts = {
    creditCodeHolder: e.creditCode === undefined ? undefined : await enterpriseIdByCreditCode(db, e.creditCode),
    segmentsByChain: chains.segmentsByChain,
    liaisons: e.liaisonId === undefined || e.liaisonId === null ? new Set() : await liaisonIds(db, [e.liaisonId]),
    retired: chains.retired,
    kept: new Set((current?.chains ?? []).map(m => `${m.chainId}:${m.segmentId}`)),
  }
  return enterpriseReferenceIssues(e, current?.id ?? null, facts)
}

async function enterpriseOrThrow(db: Kysely<Database>, id: number): Promise<AdminEnterprise> {
  const found = await findAdminEnterprise(db, id)
  if (!found) throw notFound('enterprise', id)
  return found
}

async function hasHistory(trx: Transaction<Database>, id: number): Promise<boolean> {
  const visit = await trx
    .selectFrom('visit_enterprises')
    .select('visit_id')
    .where('enterprise_id', '=', id)
    .limit(1)
    .executeTakeFirst()
  const bottleneck = await trx
    .selectFrom('bottlenecks')
    .select('id')
    .where('enterprise_id', '=', id)
    .limit(1)
    .executeTakeFirst()
  return visit !== undefined || bottleneck !== undefined
}

/** Creates an enterprise; 400 on a taken credit code or unknown chain, segment or liaison. */
export async function createEnterprise(
  db: Kysely<Database>,
  actor: AdminActor,
  req: EnterpriseCreateRequest,
): Promise<AdminEnterprise> {
  return adminWrite(db, actor, async trx => {
    const issues = await referenceIssues(trx, req, null)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    const id = await nextId(trx, 'enterprises')
    await saveEnterprise(trx, { ...req, id, version: 1 }, true)
    return {
      entityType: 'enterprise',
      entityId: id,
      action: 'create',
      before: null,
      after: await enterpriseOrThrow(trx, id),
    }
  })
}

/** Edits an enterprise; keeps the KPI rollups in step with its county and memberships. */
export async function patchEnterprise(
  db: Kysely<Database>,
  actor: AdminActor,
  id: number,
  req: EnterprisePatchRequest,
): Promise<AdminEnterprise> {
  return adminWrite(db, actor, async trx => {
    const current = await enterpriseOrThrow(trx, id)
    if (current.version !== req.version || !(await bumpVersion(trx, 'enterprises', id, req.version)))
      throw staleVersion(current)
    const { version: _version, ...changes } = req
    const next: AdminEnterprise = { ...current, ...changes, version: current.version + 1 }
    const issues = await referenceIssues(trx, changes, current)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    await saveEnterprise(trx, next, false)
    if (next.county !== current.county && (await hasHistory(trx, id))) await rebuildRollups(trx)
    else if (JSON.stringify(next.chains) !== JSON.stringify(current.chains)) await rebuildVisitDayMasks(trx, [id])
    return {
      entityType: 'enterprise',
      entityId: id,
      action: 'update',
      before: current,
      after: await enterpriseOrThrow(trx, id),
    }
  })
}
