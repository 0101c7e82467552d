/**
 * /api/admin/chains and /api/admin/departments in the mock: the rules of
 * server/services/adminReference.ts through the contract's pure functions. Edits land in the
 * world's chains and departments, so the reference reads (/api/chains, /api/departments) show them.
 */
import {
  chainPatchRequest, chainSegmentIssues, departmentCreateRequest, departmentPatchRequest, mergeChainPatch, numberSegments,
  type AdminChain, type AdminDepartment, type Chain, type Department,
} from '#contract'
import { parseBody } from '../body'
import { problem, type MockResponse, type SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { pathId } from '../writes/outcome'
import { nextId, saveRecord } from './records'
import { auditAdmin, invalid, staleVersion } from './respond'
import { bumpVersion, versionOf } from './state'

type Params = Record<string, string>

const adminChainOf = (state: MockState, c: Chain): AdminChain => ({ ...c, version: versionOf(state.admin, 'chain', c.id) })
const adminDepartmentOf = (state: MockState, d: Department): AdminDepartment => ({ ...d, version: versionOf(state.admin, 'department', d.id) })

/** GET /api/admin/chains → every chain with its version. */
export function listChains(state: MockState): MockResponse {
  return { status: 200, body: state.world.chains.map(c => adminChainOf(state, c)) }
}

/** PATCH /api/admin/chains/:id → 200; 404, 409 stale_version, 400 for segments. */
export function patchChain(state: MockState, req: SignedInRequest, params: Params): MockResponse {
  const id = pathId(params)
  if (!id.ok) return id.response
  const body = parseBody(chainPatchRequest, req.body)
  if (!body.ok) return body.response
  const found = state.world.chains.find(c => c.id === id.id)
  if (!found) return problem(404, 'not_found', `chain ${id.id} not found`)
  const current = adminChainOf(state, found)
  const r = body.value
  if (current.version !== r.version) return staleVersion(current)
  let segments = current.segments
  if (r.segments) {
    const issues = chainSegmentIssues(current.segments, r.segments)
    if (Object.keys(issues).length > 0) return invalid(issues)
    segments = numberSegments(r.segments, nextId(state.world.chains.flatMap(c => c.segments)))
  }
  const after = { ...mergeChainPatch(current, r, segments), version: bumpVersion(state.admin, 'chain', current.id) }
  saveRecord(state, 'chain', state.world.chains, after)
  auditAdmin(state, req.user, 'chain', current.id, 'update', current, after)
  state.changed()
  return { status: 200, body: after }
}

/** GET /api/admin/departments → every department with its version. */
export function listDepartments(state: MockState): MockResponse {
  return { status: 200, body: state.world.departments.map(d => adminDepartmentOf(state, d)) }
}

/** POST /api/admin/departments → 201; 400 when the code is taken. */
export function createDepartment(state: MockState, req: SignedInRequest): MockResponse {
  const body = parseBody(departmentCreateRequest, req.body)
  if (!body.ok) return body.response
  const r = body.value
  if (state.world.departments.some(d => d.code === r.code)) return invalid({ code: 'this code is taken' })
  const created: AdminDepartment = { id: nextId(state.world.departments), code: r.code, name: r.name, verticallyManaged: r.verticallyManaged, version: 1 }
  saveRecord(state, 'department', state.world.departments, created)
  auditAdmin(state, req.user, 'department', created.id, 'create', null, created)
  state.changed()
  return { status: 201, body: created }
}

/** PATCH /api/admin/departments/:id → 200; 404, 409 stale_version. */
export function patchDepartment(state: MockState, req: SignedInRequest, params: Params): MockResponse {
  const id = pathId(params)
  if (!id.ok) return id.response
  const body = parseBody(departmentPatchRequest, req.body)
  if (!body.ok) return body.response
  const found = state.world.departments.find(d => d.id === id.id)
  if (!found) return problem(404, 'not_found', `department ${id.id} not found`)
  const current = adminDepartmentOf(state, found)
  if (current.version !== body.value.version) return staleVersion(current)
  const after: AdminDepartment = {
    ...current,
    name: body.value.name ?? current.name,
    verticallyManaged: body.value.verticallyManaged ?? current.verticallyManaged,
    version: bumpVersion(state.admin, 'department', current.id),
  }
  saveRecord(state, 'department', state.world.departments, after)
  auditAdmin(state, req.user, 'department', current.id, 'update', current, after)
  state.changed()
  return { status: 200, body: after }
}
