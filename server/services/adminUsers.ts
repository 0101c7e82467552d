/**
 * Accounts, as the admin keeps them: create with an initial password, edit role and scope,
 * disable (which ends the user's sessions at once) or enable, reset a password (ending sessions
 * too). An admin cannot disable or demote their own account, so nobody locks the last admin out
 * by a slip.
 */
import type { Kysely, Transaction } from 'kysely'
import {
  mergeUserPatch,
  scopeReferenceIssues,
  selfEditIssues,
  userPatchAction,
  userScopeIssues,
  type AdminUser,
  type PasswordResetRequest,
  type ScopeFacts,
  type UserCreateRequest,
  type UserPatchRequest,
} from '#contract'
import type { Database } from '../db/schema'
import { invalid, notFound, staleVersion } from '../errors'
import { bumpVersion, nextId } from '../repositories/adminRecords'
import { chainStates } from '../repositories/chainStates'
import {
  deleteSessionsOf,
  existingIds,
  findAdminUser,
  insertUser,
  updateUser,
  userIdByUsername,
} from '../repositories/adminUsers'
import { forgetDevicesOf } from '../repositories/loginDevices'
import { hashPassword } from './passwords'
import { adminWrite, type AdminActor } from './adminWrite'

/** What the database holds of the chains and department a user's scope names (the rule is the contract's scopeReferenceIssues). */
async function scopeFactsOf(
  db: Kysely<Database>,
  u: Pick<AdminUser, 'chainIds' | 'departmentId'>,
): Promise<ScopeFacts> {
  const chains = await chainStates(db, u.chainIds)
  return {
    chains: { known: chains.known, retired: chains.retired.chains },
    departmentExists:
      u.departmentId !== null && (await existingIds(db, 'departments', [u.departmentId])).has(u.departmentId),
  }
}

async function userOrThrow(db: Kysely<Database>, id: number): Promise<AdminUser> {
  const found = await findAdminUser(db, id)
  if (!found) throw notFound('user', id)
  return found
}

/** Creates a user (201); 400 on a taken username or unknown scope. */
export async function createUser(db: Kysely<Database>, actor: AdminActor, req: UserCreateRequest): Promise<AdminUser> {
  const passwordHash = await hashPassword(req.password)
  return adminWrite(db, actor, async trx => {
    const issues = scopeReferenceIssues(req, await scopeFactsOf(trx, req))
    if ((await userIdByUsername(trx, req.username)) !== undefined) issues.username = 'this username is taken'
    if (Object.keys(issues).length > 0) throw invalid(issues)
    const id = await nextId(trx, 'users')
    await insertUser(
      trx,
      {
        id,
        username: req.username,
        displayName: req.displayName,
        role: req.role,
        chainIds: req.chainIds,
        departmentId: req.departmentId,
        active: true,
      },
      passwordHash,
    )
    return { entityType: 'user', entityId: id, action: 'create', before: null, after: await userOrThrow(trx, id) }
  })
}

async function checkVersion(trx: Transaction<Database>, current: AdminUser, version: number): Promise<void> {
  if (current.version !== version || !(await bumpVersion(trx, 'users', current.id, version)))
    throw staleVersion(current)
}

/** Edits a user's name, role, scope or active flag; disabling ends the user's sessions. */
export async function patchUser(
  db: Kysely<Database>,
  actor: AdminActor,
  id: number,
  req: UserPatchRequest,
): Promise<AdminUser> {
  return adminWrite(db, actor, async trx => {
    const current = await userOrThrow(trx, id)
    const next = mergeUserPatch(current, req)
    await checkVersion(trx, current, req.version)
    const issues = {
      ...userScopeIssues(next),
      ...scopeReferenceIssues(next, await scopeFactsOf(trx, next), current.chainIds),
    }
    Object.assign(issues, selfEditIssues(actor.id, next))
    if (Object.keys(issues).length > 0) throw invalid(issues)
    await updateUser(trx, next)
    if (current.active && !next.active) await deleteSessionsOf(trx, id)
    const action = userPatchAction(current, next)
    return { entityType: 'user', entityId: id, action, before: current, after: await userOrThrow(trx, id) }
  })
}

/** Sets a new password for a user, ends that user's sessions and forgets their known devices. */
export async function resetPassword(
  db: Kysely<Database>,
  actor: AdminActor,
  id: number,
  req: PasswordResetRequest,
): Promise<AdminUser> {
  const passwordHash = await hashPassword(req.password)
  return adminWrite(db, actor, async trx => {
    const current = await userOrThrow(trx, id)
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, version: current.version + 1 })
      .where('id', '=', id)
      .execute()
    await deleteSessionsOf(trx, id)
    // A reset often follows a compromise: no device stays exempt from sign-in throttling.
    await forgetDevicesOf(trx, id)
    // The audit records that it happened, never the password or its hash.
    return {
      entityType: 'user',
      entityId: id,
      action: 'reset_password',
      before: current,
      after: await userOrThrow(trx, id),
    }
  })
}
