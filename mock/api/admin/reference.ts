/**
 * /api/admin/chains, /api/admin/departments and /api/admin/setup in the mock: the rules of
 * server/services/adminReference.ts and setup.ts through the contract's pure functions. Edits land
 * in the world's chains and departments, so the reference reads (/api/chains, /api/departments)
 * show them.
 */
import {
  chainCreateIssues,
  chainFromCreate,
  chainRetirementIssues,
  chainSegmentIssues,
  leadDepartmentIssues,
  mergeChainPatch,
  numberSegments,
  segmentRetirementIssues,
  setupStatusOf,
  withRetirement,
  notFoundFailure,
  type AdminChain,
  type AdminDepartment,
  type Chain,
  type ChainCreateRequest,
  type ChainPatchRequest,
  type Department,
  type DepartmentCreateRequest,
  type DepartmentPatchRequest,
  type LeadDepartment,
  type RetirementRequest,
} from '#contract'
import { placeholderLeaderNames, setupTemplateData } from '../../setupTemplate'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { nextId, saveRecord } from './records'
import { auditAdmin, invalid, staleVersion } from './respond'
import { bumpVersion, versionOf } from './state'

const PLACEHOLDERS = placeholderLeaderNames()

const adminChainOf = (state: MockState, c: Chain): AdminChain => ({
  ...c,
  version: versionOf(state.admin, 'chain', c.id),
})
const adminDepartmentOf = (state: MockState, d: Department): AdminDepartment => ({
  ...d,
  version: versionOf(state.admin, 'department', d.id),
})

/** GET /api/admin/chains → every chain with its version. */
export function listChains(state: MockState): MockResponse {
  return { status: 200, body: state.world.chains.map(c => adminChainOf(state, c)) }
}

/** PATCH /api/admin/chains/:id → 200; 404, 409 stale_version, 400 for segments. */
export function patchChain(state: MockState, req: SignedInRequest, id: number, r: ChainPatchRequest): MockResponse {
  const found = state.world.chains.find(c => c.id === id)
  if (!found) return failed(notFoundFailure('chain', id))
  const current = adminChainOf(state, found)
  if (current.version !== r.version) return staleVersion(current)
  const department = leadDepartment(state, r.leadDepartmentId)
  const departmentIssues = leadDepartmentIssues(r.leadDepartmentId, department)
  if (Object.keys(departmentIssues).length > 0) return invalid(departmentIssues)
  let segments = current.segments
  if (r.segments) {
    const issues = chainSegmentIssues(current.segments, r.segments)
    if (Object.keys(issues).length > 0) return invalid(issues)
    segments = numberSegments(r.segments, nextId(state.world.chains.flatMap(c => c.segments)), current.segments)
  }
  const after = {
    ...mergeChainPatch(current, r, segments, department),
    version: bumpVersion(state.admin, 'chain', current.id),
  }
  saveRecord(state, 'chain', state.world.chains, after)
  auditAdmin(state, req.user, 'chain', current.id, 'update', current, after)
  state.changed()
  return { status: 200, body: after }
}

/** Department `id` as a lead agency, if it exists. */
function leadDepartment(state: MockState, id: number | null | undefined): LeadDepartment | undefined {
  const found = typeof id === 'number' ? state.world.departments.find(d => d.id === id) : undefined
  return found ? { id: found.id, name: found.name } : undefined
}

/** POST /api/admin/chains → 201; 400 naming `code` (taken) or `leadDepartmentId` (no such department). */
export function createChain(state: MockState, req: SignedInRequest, r: ChainCreateRequest): MockResponse {
  const department = leadDepartment(state, r.leadDepartmentId)
  const issues = chainCreateIssues(r, { codeTaken: state.world.chains.some(c => c.code === r.code), department })
  if (Object.keys(issues).length > 0 || !department) return invalid(issues)
  const created = chainFromCreate(
    r,
    nextId(state.world.chains),
    nextId(state.world.chains.flatMap(c => c.segments)),
    department,
  )
  // Chains keep the order they were created in, as the server's positions do.
  state.world.chains.push(chainOf(created))
  state.admin.touched.chain.add(created.id)
  auditAdmin(state, req.user, 'chain', created.id, 'create', null, created)
  state.changed()
  return { status: 201, body: created }
}

/** The chain of an admin record (without its version). */
function chainOf(c: AdminChain): Chain {
  const { version: _version, ...chain } = c
  return chain
}

/** Chain `id` with its version, or the 404 answer. */
function chainFor(
  state: MockState,
  id: number,
): { ok: true; current: AdminChain } | { ok: false; response: MockResponse } {
  const found = state.world.chains.find(c => c.id === id)
  if (!found) return { ok: false, response: failed(notFoundFailure('chain', id)) }
  return { ok: true, current: adminChainOf(state, found) }
}

/** POST /api/admin/chains/:id/retirement → 200; 404, 409 stale_version, 400 naming `retired` (the last chain in use stays). */
export function setChainRetirement(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: RetirementRequest,
): MockResponse {
  const chain = chainFor(state, id)
  if (!chain.ok) return chain.response
  const { current } = chain
  if (current.version !== body.version) return staleVersion(current)
  const issues = chainRetirementIssues(state.world.chains, current.id, body.retired)
  if (Object.keys(issues).length > 0) return invalid(issues)
  const after = {
    ...withRetirement(current, body.retired, state.clock.today()),
    version: bumpVersion(state.admin, 'chain', current.id),
  }
  saveRecord(state, 'chain', state.world.chains, after)
  auditAdmin(state, req.user, 'chain', current.id, body.retired ? 'retire' : 'reinstate', current, after)
  state.changed()
  return { status: 200, body: after }
}

/** POST /api/admin/chains/:id/segments/:segmentId/retirement → 200 (the chain); 404, 409, 400 naming `retired`. */
export function setSegmentRetirement(
  state: MockState,
  req: SignedInRequest,
  { id, segmentId }: { id: number; segmentId: number },
  body: RetirementRequest,
): MockResponse {
  const chain = chainFor(state, id)
  if (!chain.ok) return chain.response
  const { current } = chain
  if (!current.segments.some(s => s.id === segmentId)) return failed(notFoundFailure('segment', segmentId))
  if (current.version !== body.version) return staleVersion(current)
  const issues = segmentRetirementIssues(current, segmentId, body.retired)
  if (Object.keys(issues).length > 0) return invalid(issues)
  const segments = current.segments.map(s =>
    s.id === segmentId ? withRetirement(s, body.retired, state.clock.today()) : s,
  )
  const after = { ...current, segments, version: bumpVersion(state.admin, 'chain', current.id) }
  saveRecord(state, 'chain', state.world.chains, after)
  auditAdmin(
    state,
    req.user,
    'chain',
    current.id,
    body.retired ? 'retire_segment' : 'reinstate_segment',
    current,
    after,
  )
  state.changed()
  return { status: 200, body: after }
}

/** GET /api/admin/setup → how far the set-up is, and the leader names to correct. */
export function getSetup(state: MockState): MockResponse {
  return { status: 200, body: setupStatusOf(state.world.chains, state.world.departments.length, PLACEHOLDERS) }
}

/** GET /api/admin/setup/template → the Yanbian template. */
export function getSetupTemplate(): MockResponse {
  return { status: 200, body: setupTemplateData() }
}

/** GET /api/admin/departments → every department with its version. */
export function listDepartments(state: MockState): MockResponse {
  return { status: 200, body: state.world.departments.map(d => adminDepartmentOf(state, d)) }
}

/** POST /api/admin/departments → 201; 400 when the code is taken. */
export function createDepartment(state: MockState, req: SignedInRequest, r: DepartmentCreateRequest): MockResponse {
  if (state.world.departments.some(d => d.code === r.code)) return invalid({ code: 'this code is taken' })
  const created: AdminDepartment = {
    id: nextId(state.world.departments),
    code: r.code,
    name: r.name,
    verticallyManaged: r.verticallyManaged,
    version: 1,
  }
  saveRecord(state, 'department', state.world.departments, created)
  auditAdmin(state, req.user, 'department', created.id, 'create', null, created)
  state.changed()
  return { status: 201, body: created }
}

/** PATCH /api/admin/departments/:id → 200; 404, 409 stale_version. */
export function patchDepartment(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: DepartmentPatchRequest,
): MockResponse {
  const found = state.world.departments.find(d => d.id === id)
  if (!found) return failed(notFoundFailure('department', id))
  const current = adminDepartmentOf(state, found)
  if (current.version !== body.version) return staleVersion(current)
  const after: AdminDepartment = {
    ...current,
    name: body.name ?? current.name,
    verticallyManaged: body.verticallyManaged ?? current.verticallyManaged,
    version: bumpVersion(state.admin, 'department', current.id),
  }
  saveRecord(state, 'department', state.world.departments, after)
  // Chains whose lead agency is this department carry its names, as on the server.
  if (body.name) {
    for (const c of state.world.chains.filter(x => x.leadDepartmentId === current.id))
      saveRecord(state, 'chain', state.world.chains, { ...c, leadUnit: after.name })
  }
  auditAdmin(state, req.user, 'department', current.id, 'update', current, after)
  state.changed()
  return { status: 200, body: after }
}
