/**
 * The admin suites' app: the fixture world plus a leader and a viewer, every account with one
 * password, and helpers to sign in and send JSON as someone.
 */
import type { User } from '#contract'
import { hashPassword } from '../../../server/services/passwords'
import { buildTestWorld, startTestApp, type TestApp } from '../../support/apiWorld'

export const PASSWORD = 'admin-suite-password'

/** Usernames by role in the admin suites' world. */
export const ACCOUNTS = {
  admin: 'admin',
  leader: 'leader',
  liaison: 'liaison',
  department: 'dept',
  viewer: 'viewer',
} as const

const extraUsers: User[] = [
  { id: 4, username: 'leader', displayName: '链长', role: 'leader', chainIds: [1], departmentId: null, active: true },
  { id: 5, username: 'viewer', displayName: '观众', role: 'viewer', chainIds: [], departmentId: null, active: true },
]

export interface AdminTestApp extends TestApp {
  /** Signs in and returns the Cookie header value; throws when the login fails. */
  login: (username: string, password?: string) => Promise<string>
  send: (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    cookie?: string,
    payload?: unknown,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies freely
  ) => Promise<{ status: number; body: any }>
}

/** Builds the app over the fixture world with every account's password set to PASSWORD. */
export async function startAdminApp(): Promise<AdminTestApp> {
  const world = buildTestWorld()
  world.users.push(...structuredClone(extraUsers))
  const base = await startTestApp(world)
  await base.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .execute()
  const send: AdminTestApp['send'] = async (method, url, cookie, payload) => {
    const res = await base.app.inject({
      method,
      url,
      payload: payload as object | undefined,
      headers: cookie ? { cookie } : {},
    })
    return { status: res.statusCode, body: res.body ? res.json() : null }
  }
  return {
    ...base,
    send,
    async login(username, password = PASSWORD) {
      const res = await base.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode}`)
      return String(res.headers['set-cookie']).split(';')[0]!
    },
  }
}
