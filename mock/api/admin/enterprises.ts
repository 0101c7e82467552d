/**
 * /api/admin/enterprises in the mock: one with its version, create and edit — the rules of
 * server/services/adminEnterprises.ts (credit code checked by the contract's schema, unique;
 * chains, segments and liaison known) through the contract's enterpriseReferenceIssues. The KPI
 * reads compute from the world on each request, so a moved county needs no rebuild here.
 */
import {
  enterpriseReferenceIssues,
  retiredReferences,
  notFoundFailure,
  type AdminEnterprise,
  type Enterprise,
  type EnterpriseCreateRequest,
  type EnterpriseFacts,
  type EnterprisePatchRequest,
} from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { nextId, recountChainMembers, saveRecord } from './records'
import { auditAdmin, invalid, staleVersion } from './respond'
import { bumpVersion, versionOf } from './state'

type Checked = Partial<Pick<EnterpriseCreateRequest, 'creditCode' | 'chains' | 'liaisonId'>>

function findAdminEnterprise(state: MockState, id: number): AdminEnterprise | undefined {
  const e = state.world.enterprises.find(x => x.id === id)
  return e ? { ...e, version: versionOf(state.admin, 'enterprise', id) } : undefined
}

/** The facts the contract's rule checks `e` against, from the world. */
function factsFor(state: MockState, e: Checked, current: Pick<Enterprise, 'chains'> | null): EnterpriseFacts {
  const { world } = state
  return {
    creditCodeHolder:
      e.creditCode === undefined ? undefined : world.enterprises.find(x => x.creditCode === e.creditCode)?.id,
    segmentsByChain: new Map(
      (e.chains ?? []).map(m => [
        m.chainId,
        new Set(world.chains.find(c => c.id === m.chainId)?.segments.map(s => s.id)),
      ]),
    ),
    liaisons: new Set(world.users.filter(u => u.role === 'liaison').map(u => u.id)),
    retired: retiredReferences(world.chains),
    kept: new Set((current?.chains ?? []).map(m => `${m.chainId}:${m.segmentId}`)),
  }
}

const notFound = (id: number) => failed(notFoundFailure('enterprise', id))

/** GET /api/admin/enterprises/:id. */
export function getEnterprise(state: MockState, id: number): MockResponse {
  const found = findAdminEnterprise(state, id)
  return found ? { status: 200, body: found } : notFound(id)
}

/** POST /api/admin/enterprises → 201; 400 on a bad or taken credit code, unknown chain, segment or liaison. */
export function createEnterprise(state: MockState, req: SignedInRequest, body: EnterpriseCreateRequest): MockResponse {
  const issues = enterpriseReferenceIssues(body, null, factsFor(state, body, null))
  if (Object.keys(issues).length > 0) return invalid(issues)
  const created: AdminEnterprise = { ...body, id: nextId(state.world.enterprises), version: 1 }
  saveRecord(state, 'enterprise', state.world.enterprises, created)
  recountChainMembers(state.world)
  auditAdmin(state, req.user, 'enterprise', created.id, 'create', null, created)
  state.changed()
  return { status: 201, body: created }
}

/** PATCH /api/admin/enterprises/:id → 200; 404, 409 stale_version, 400. */
export function patchEnterprise(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: EnterprisePatchRequest,
): MockResponse {
  const current = findAdminEnterprise(state, id)
  if (!current) return notFound(id)
  if (current.version !== body.version) return staleVersion(current)
  const { version: _version, ...changes } = body
  const issues = enterpriseReferenceIssues(changes, current.id, factsFor(state, changes, current))
  if (Object.keys(issues).length > 0) return invalid(issues)
  const after: AdminEnterprise = { ...current, ...changes, version: bumpVersion(state.admin, 'enterprise', current.id) }
  saveRecord(state, 'enterprise', state.world.enterprises, after)
  recountChainMembers(state.world)
  auditAdmin(state, req.user, 'enterprise', current.id, 'update', current, after)
  state.changed()
  return { status: 200, body: after }
}
