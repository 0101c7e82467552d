/**
 * Chains and departments, as the admin keeps them. Chains are created (first-run set-up or later)
 * and retired, never deleted; segments are added, renamed (and re-tiered) and retired, never
 * removed, because enterprises and their history point at them. A retired chain or segment keeps
 * its records, readable and counted in their periods, but is no longer offered for new ones. A
 * department's verticallyManaged flag decides how *future* assignments are labelled; past ones keep
 * theirs. A chain may link its lead agency to a department, whose names it then carries.
 */
import type { Kysely } from 'kysely'
import {
  chainCreateIssues,
  chainFromCreate,
  chainRetirementIssues,
  chainSegmentIssues,
  leadDepartmentIssues,
  mergeChainPatch,
  numberSegments,
  segmentRetirementIssues,
  withRetirement,
  type AdminChain,
  type AdminDepartment,
  type ChainCreateRequest,
  type ChainPatchRequest,
  type DepartmentCreateRequest,
  type DepartmentPatchRequest,
  type LeadDepartment,
  type RetirementRequest,
} from '#contract'
import type { Database } from '../db/schema'
import { invalid, notFound, staleVersion } from '../errors'
import { bumpVersion, nextId } from '../repositories/adminRecords'
import {
  chainCodeTaken,
  departmentIdByCode,
  insertChain,
  listAdminChains,
  listAdminDepartments,
  nextChainId,
  renameLeadAgency,
  saveDepartment,
  saveSegments,
  setChainRetired,
  setSegmentRetired,
  updateChain,
} from '../repositories/adminReference'
import { adminWrite, type AdminActor } from './adminWrite'

async function chainOrThrow(db: Kysely<Database>, id: number): Promise<AdminChain> {
  const [found] = await listAdminChains(db, id)
  if (!found) throw notFound('chain', id)
  return found
}

/** The segments after a request: every stored one must be listed; new ones get fresh ids. */
async function nextSegments(
  db: Kysely<Database>,
  current: AdminChain,
  requested: NonNullable<ChainPatchRequest['segments']>,
): Promise<AdminChain['segments']> {
  const issues = chainSegmentIssues(current.segments, requested)
  if (Object.keys(issues).length > 0) throw invalid(issues)
  return numberSegments(requested, await nextId(db, 'segments'), current.segments)
}

/** The department `id` as a lead agency, if it exists. */
async function leadDepartment(
  db: Kysely<Database>,
  id: number | null | undefined,
): Promise<LeadDepartment | undefined> {
  if (typeof id !== 'number') return undefined
  const [found] = await listAdminDepartments(db, id)
  return found ? { id: found.id, name: found.name } : undefined
}

/** Edits a chain's names, leaders, lead agency, segments and targets. */
export async function patchChain(
  db: Kysely<Database>,
  actor: AdminActor,
  id: number,
  req: ChainPatchRequest,
): Promise<AdminChain> {
  return adminWrite(db, actor, async trx => {
    const current = await chainOrThrow(trx, id)
    if (current.version !== req.version || !(await bumpVersion(trx, 'chains', id, req.version)))
      throw staleVersion(current)
    const department = await leadDepartment(trx, req.leadDepartmentId)
    const departmentIssues = leadDepartmentIssues(req.leadDepartmentId, department)
    if (Object.keys(departmentIssues).length > 0) throw invalid(departmentIssues)
    const next = mergeChainPatch(
      current,
      req,
      req.segments ? await nextSegments(trx, current, req.segments) : current.segments,
      department,
    )
    await updateChain(trx, next)
    if (req.segments) await saveSegments(trx, id, next.segments)
    return { entityType: 'chain', entityId: id, action: 'update', before: current, after: await chainOrThrow(trx, id) }
  })
}

/** Creates a chain with its segments; 400 naming `code` when taken or `leadDepartmentId` when no such department. */
export async function createChain(
  db: Kysely<Database>,
  actor: AdminActor,
  req: ChainCreateRequest,
): Promise<AdminChain> {
  return adminWrite(db, actor, async trx => {
    const department = await leadDepartment(trx, req.leadDepartmentId)
    const issues = chainCreateIssues(req, { codeTaken: await chainCodeTaken(trx, req.code), department })
    if (Object.keys(issues).length > 0 || !department) throw invalid(issues)
    const id = await nextChainId(trx)
    await insertChain(trx, chainFromCreate(req, id, await nextId(trx, 'segments'), department))
    return { entityType: 'chain', entityId: id, action: 'create', before: null, after: await chainOrThrow(trx, id) }
  })
}

/** Retires a chain (or brings it back into use) as of `today` (the server's business day); the last chain in use stays. */
export async function setChainRetirement(
  db: Kysely<Database>,
  actor: AdminActor,
  today: string,
  id: number,
  req: RetirementRequest,
): Promise<AdminChain> {
  return adminWrite(db, actor, async trx => {
    const current = await chainOrThrow(trx, id)
    if (current.version !== req.version) throw staleVersion(current)
    const issues = chainRetirementIssues(await listAdminChains(trx), id, req.retired)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    if (!(await bumpVersion(trx, 'chains', id, req.version))) throw staleVersion(current)
    await setChainRetired(trx, id, withRetirement(current, req.retired, today).retiredOn ?? null)
    return {
      entityType: 'chain',
      entityId: id,
      action: req.retired ? 'retire' : 'reinstate',
      before: current,
      after: await chainOrThrow(trx, id),
    }
  })
}

/** Retires one of a chain's segments (or brings it back); audited as a change of the chain, whose version moves. */
export async function setSegmentRetirement(
  db: Kysely<Database>,
  actor: AdminActor,
  today: string,
  id: number,
  segmentId: number,
  req: RetirementRequest,
): Promise<AdminChain> {
  return adminWrite(db, actor, async trx => {
    const current = await chainOrThrow(trx, id)
    const segment = current.segments.find(s => s.id === segmentId)
    if (!segment) throw notFound('segment', segmentId)
    if (current.version !== req.version) throw staleVersion(current)
    const issues = segmentRetirementIssues(current, segmentId, req.retired)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    if (!(await bumpVersion(trx, 'chains', id, req.version))) throw staleVersion(current)
    await setSegmentRetired(trx, segmentId, withRetirement(segment, req.retired, today).retiredOn ?? null)
    return {
      entityType: 'chain',
      entityId: id,
      action: req.retired ? 'retire_segment' : 'reinstate_segment',
      before: current,
      after: await chainOrThrow(trx, id),
    }
  })
}

async function departmentOrThrow(db: Kysely<Database>, id: number): Promise<AdminDepartment> {
  const [found] = await listAdminDepartments(db, id)
  if (!found) throw notFound('department', id)
  return found
}

/** Creates a department; 400 when its code is taken. */
export async function createDepartment(
  db: Kysely<Database>,
  actor: AdminActor,
  req: DepartmentCreateRequest,
): Promise<AdminDepartment> {
  return adminWrite(db, actor, async trx => {
    if ((await departmentIdByCode(trx, req.code)) !== undefined) throw invalid({ code: 'this code is taken' })
    const id = await nextId(trx, 'departments')
    await saveDepartment(
      trx,
      { id, code: req.code, name: req.name, verticallyManaged: req.verticallyManaged, version: 1 },
      true,
    )
    return {
      entityType: 'department',
      entityId: id,
      action: 'create',
      before: null,
      after: await departmentOrThrow(trx, id),
    }
  })
}

/** Edits a department's names or verticallyManaged flag. */
export async function patchDepartment(
  db: Kysely<Database>,
  actor: AdminActor,
  id: number,
  req: DepartmentPatchRequest,
): Promise<AdminDepartment> {
  return adminWrite(db, actor, async trx => {
    const current = await departmentOrThrow(trx, id)
    if (current.version !== req.version || !(await bumpVersion(trx, 'departments', id, req.version)))
      throw staleVersion(current)
    await saveDepartment(
      trx,
      {
        ...current,
        name: req.name ?? current.name,
        verticallyManaged: req.verticallyManaged ?? current.verticallyManaged,
      },
      false,
    )
    if (req.name) await renameLeadAgency(trx, id, req.name)
    return {
      entityType: 'department',
      entityId: id,
      action: 'update',
      before: current,
      after: await departmentOrThrow(trx, id),
    }
  })
}
