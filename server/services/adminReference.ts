/**
 * Chains and departments, as the admin keeps them. Segments are added or renamed (and re-tiered),
 * never removed, because enterprises and their history point at them. A department's
 * verticallyManaged flag decides how *future* assignments are labelled; past ones keep theirs.
 */
import type { Kysely } from 'kysely'
import {
  chainSegmentIssues, mergeChainPatch, numberSegments,
  type AdminChain, type AdminDepartment, type ChainPatchRequest, type DepartmentCreateRequest, type DepartmentPatchRequest,
} from '#contract'
import type { Database } from '../db/schema'
import { notFound } from '../errors'
import { bumpVersion, nextId } from '../repositories/adminRecords'
import { departmentIdByCode, listAdminChains, listAdminDepartments, saveDepartment, saveSegments, updateChain } from '../repositories/adminReference'
import { adminWrite, invalid, StaleVersion, type AdminActor } from './adminWrite'

async function chainOrThrow(db: Kysely<Database>, id: number): Promise<AdminChain> {
  const [found] = await listAdminChains(db, id)
  if (!found) throw notFound('chain', id)
  return found
}

/** The segments after a request: every stored one must be listed; new ones get fresh ids. */
async function nextSegments(db: Kysely<Database>, current: AdminChain, requested: NonNullable<ChainPatchRequest['segments']>): Promise<AdminChain['segments']> {
  const issues = chainSegmentIssues(current.segments, requested)
  if (Object.keys(issues).length > 0) throw invalid(issues)
  return numberSegments(requested, await nextId(db, 'segments'))
}

/** Edits a chain's names, leaders, lead unit, segments and targets. */
export async function patchChain(db: Kysely<Database>, actor: AdminActor, id: number, req: ChainPatchRequest): Promise<AdminChain> {
  return adminWrite(db, actor, async (trx) => {
    const current = await chainOrThrow(trx, id)
    if (current.version !== req.version || !await bumpVersion(trx, 'chains', id, req.version)) throw new StaleVersion(current)
    const next = mergeChainPatch(current, req, req.segments ? await nextSegments(trx, current, req.segments) : current.segments)
    await updateChain(trx, next)
    if (req.segments) await saveSegments(trx, id, next.segments)
    return { entityType: 'chain', entityId: id, action: 'update', before: current, after: await chainOrThrow(trx, id) }
  })
}

async function departmentOrThrow(db: Kysely<Database>, id: number): Promise<AdminDepartment> {
  const [found] = await listAdminDepartments(db, id)
  if (!found) throw notFound('department', id)
  return found
}

/** Creates a department; 400 when its code is taken. */
export async function createDepartment(db: Kysely<Database>, actor: AdminActor, req: DepartmentCreateRequest): Promise<AdminDepartment> {
  return adminWrite(db, actor, async (trx) => {
    if (await departmentIdByCode(trx, req.code) !== undefined) throw invalid({ code: 'this code is taken' })
    const id = await nextId(trx, 'departments')
    await saveDepartment(trx, { id, code: req.code, name: req.name, verticallyManaged: req.verticallyManaged, version: 1 }, true)
    return { entityType: 'department', entityId: id, action: 'create', before: null, after: await departmentOrThrow(trx, id) }
  })
}

/** Edits a department's names or verticallyManaged flag. */
export async function patchDepartment(db: Kysely<Database>, actor: AdminActor, id: number, req: DepartmentPatchRequest): Promise<AdminDepartment> {
  return adminWrite(db, actor, async (trx) => {
    const current = await departmentOrThrow(trx, id)
    if (current.version !== req.version || !await bumpVersion(trx, 'departments', id, req.version)) throw new StaleVersion(current)
    await saveDepartment(trx, { ...current, name: req.name ?? current.name, verticallyManaged: req.verticallyManaged ?? current.verticallyManaged }, false)
    return { entityType: 'department', entityId: id, action: 'update', before: current, after: await departmentOrThrow(trx, id) }
  })
}
