/**
 * Who can sign in to the mock: the same five demo accounts the live demo start gives the demo
 * password (server/services/bootstrapAccounts.ts; repeated here because the mock runs in the
 * browser and cannot import the server), or the password a user changed it to.
 */
import type { SessionUser, User } from '#contract'
import type { MockState } from '../state'

export const DEMO_PASSWORD = 'chain-demo'
export const DEMO_USERNAMES: readonly string[] = ['admin', 'leader', 'liaison', 'department', 'viewer']

/** The user's current password, or null when the account cannot sign in (as on the live demo). */
export function passwordOf(state: MockState, user: User): string | null {
  return state.passwords.get(user.id) ?? (DEMO_USERNAMES.includes(user.username) ? DEMO_PASSWORD : null)
}

/** The user as /api/auth/me shows them. */
export function sessionUserOf(user: User): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    chainIds: [...user.chainIds],
    departmentId: user.departmentId,
  }
}

/** The active user with exactly this username (the live lookup is case-sensitive too). */
export function findUser(state: MockState, username: string): User | undefined {
  return state.world.users.find(u => u.username === username)
}
