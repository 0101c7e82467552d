/**
 * /api/admin/users in the mock: list, one, create, edit (role, scope, name, active), reset a
 * password — the rules of server/services/adminUsers.ts, through the same contract functions.
 * Passwords live where the mock's auth keeps changed ones (state.passwords), so a created user
 * signs in; disabling or resetting ends the user's mock sessions.
 */
import {
  mergeUserPatch,
  retiredReferences,
  scopeReferenceIssues,
  selfEditIssues,
  userPatchAction,
  userScopeIssues,
  notFoundFailure,
  type AdminUser,
  type PasswordResetRequest,
  type ScopeFacts,
  type User,
  type UserCreateRequest,
  type UserPatchRequest,
} from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { nextId, saveRecord } from './records'
import { auditAdmin, invalid, staleVersion } from './respond'
import { bumpVersion, versionOf } from './state'

function adminUserOf(state: MockState, u: User): AdminUser {
  return { ...u, chainIds: [...u.chainIds], version: versionOf(state.admin, 'user', u.id) }
}

function findAdminUser(state: MockState, id: number): AdminUser | undefined {
  const u = state.world.users.find(x => x.id === id)
  return u ? adminUserOf(state, u) : undefined
}

/** What the world holds of the chains and department a user's scope names (the rule is the contract's scopeReferenceIssues). */
function scopeFactsOf(state: MockState, u: Pick<AdminUser, 'departmentId'>): ScopeFacts {
  return {
    chains: {
      known: new Set(state.world.chains.map(c => c.id)),
      retired: retiredReferences(state.world.chains).chains,
    },
    departmentExists: state.world.departments.some(d => d.id === u.departmentId),
  }
}

/** Stores a user (its version stays in the admin state) and marks it for the overlay. */
function saveUser(state: MockState, u: AdminUser): void {
  saveRecord(state, 'user', state.world.users, u)
}

function endSessionsOf(state: MockState, userId: number): void {
  for (const [token, s] of state.sessions) if (s.userId === userId) state.sessions.delete(token)
}

const notFound = (id: number) => failed(notFoundFailure('user', id))

/** GET /api/admin/users → every user in id order. */
export function listUsers(state: MockState): MockResponse {
  const items = [...state.world.users].sort((a, b) => a.id - b.id).map(u => adminUserOf(state, u))
  return { status: 200, body: { items } }
}

/** GET /api/admin/users/:id. */
export function getUser(state: MockState, id: number): MockResponse {
  const found = findAdminUser(state, id)
  return found ? { status: 200, body: found } : notFound(id)
}

/** POST /api/admin/users → 201; 400 on a taken username (case-insensitively) or unknown scope. */
export function createUser(state: MockState, req: SignedInRequest, r: UserCreateRequest): MockResponse {
  const issues = scopeReferenceIssues(r, scopeFactsOf(state, r))
  if (state.world.users.some(u => u.username.toLowerCase() === r.username.toLowerCase()))
    issues.username = 'this username is taken'
  if (Object.keys(issues).length > 0) return invalid(issues)
  const id = nextId(state.world.users)
  const created: AdminUser = {
    id,
    username: r.username,
    displayName: r.displayName,
    role: r.role,
    chainIds: r.chainIds,
    departmentId: r.departmentId,
    active: true,
    version: 1,
  }
  saveUser(state, created)
  state.passwords.set(id, r.password)
  auditAdmin(state, req.user, 'user', id, 'create', null, created)
  state.changed()
  return { status: 201, body: created }
}

/** PATCH /api/admin/users/:id → 200; 404, 409 stale_version, 400 for scope or self-lockout. */
export function patchUser(state: MockState, req: SignedInRequest, id: number, body: UserPatchRequest): MockResponse {
  const current = findAdminUser(state, id)
  if (!current) return notFound(id)
  const next = mergeUserPatch(current, body)
  if (current.version !== body.version) return staleVersion(current)
  // The server bumps the version before its 400 checks, but rolls the transaction back on them.
  const issues = {
    ...userScopeIssues(next),
    ...scopeReferenceIssues(next, scopeFactsOf(state, next), current.chainIds),
    ...selfEditIssues(req.user.id, next),
  }
  if (Object.keys(issues).length > 0) return invalid(issues)
  const after = { ...next, version: bumpVersion(state.admin, 'user', current.id) }
  saveUser(state, after)
  if (current.active && !next.active) endSessionsOf(state, current.id)
  auditAdmin(state, req.user, 'user', current.id, userPatchAction(current, next), current, after)
  state.changed()
  return { status: 200, body: after }
}

/** POST /api/admin/users/:id/password → 200 the user; ends the user's sessions. */
export function resetPassword(
  state: MockState,
  req: SignedInRequest,
  id: number,
  body: PasswordResetRequest,
): MockResponse {
  const current = findAdminUser(state, id)
  if (!current) return notFound(id)
  const after = { ...current, version: bumpVersion(state.admin, 'user', current.id) }
  state.admin.touched.user.add(current.id)
  state.passwords.set(current.id, body.password)
  endSessionsOf(state, current.id)
  // The audit records that it happened, never the password.
  auditAdmin(state, req.user, 'user', current.id, 'reset_password', current, after)
  state.changed()
  return { status: 200, body: after }
}
