/**
 * Accounts a fresh start needs: the demo world's five sign-in accounts, or in production the
 * first admin from CHAIN_ADMIN_PASSWORD. Neither overwrites a password someone has already set.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { hashPassword, verifyPassword } from './passwords'

export const DEMO_PASSWORD = 'chain-demo'
export const DEMO_USERNAMES = ['admin', 'leader', 'liaison', 'department', 'viewer'] as const
export const MIN_ADMIN_PASSWORD_LENGTH = 10

/**
 * Gives each demo account that exists and has no password yet the demo password. Hashes once for
 * all of them (scrypt is deliberately slow). Returns the usernames that can sign in with it.
 */
export async function ensureDemoPasswords(db: Kysely<Database>): Promise<string[]> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash'])
    .where('username', 'in', [...DEMO_USERNAMES])
    .execute()
  const missing = users.filter(u => u.password_hash === null).map(u => u.id)
  if (missing.length > 0) {
    const hash = await hashPassword(DEMO_PASSWORD)
    await db.updateTable('users').set({ password_hash: hash }).where('id', 'in', missing).execute()
  }
  return DEMO_USERNAMES.filter(name => users.some(u => u.username === name))
}

/**
 * The demo accounts that still sign in with the published demo password: a database started in
 * demo mode before the demo seed marked its databases is recognised by them.
 */
export async function demoAccountsWithDemoPassword(db: Kysely<Database>): Promise<string[]> {
  const users = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where('username', 'in', [...DEMO_USERNAMES])
    .where('password_hash', 'is not', null)
    .orderBy('id')
    .execute()
  const found: string[] = []
  for (const u of users) if (await verifyPassword(DEMO_PASSWORD, u.password_hash!)) found.push(u.username)
  return found
}

/**
 * Makes sure an admin can sign in: when no active admin has a password, creates user `admin` (or
 * gives an existing passwordless `admin` the password) with `password`. Throws a message meant for
 * the operator when that is needed and the password is missing or shorter than 10 characters.
 * Returns whether it created or changed anything.
 */
export async function ensureFirstAdmin(db: Kysely<Database>, password: string | undefined): Promise<boolean> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('password_hash', 'is not', null)
    .executeTakeFirst()
  if (existing) return false
  if (!password || password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(
      `No admin account exists yet: set CHAIN_ADMIN_PASSWORD (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters) to create user "admin".`,
    )
  }
  // The demo's password is published in the README and on the sign-in page.
  if (password === DEMO_PASSWORD)
    throw new Error('CHAIN_ADMIN_PASSWORD must not be the published demo password; choose another.')
  const hash = await hashPassword(password)
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst()
  if (admin) {
    await db
      .updateTable('users')
      .set({ password_hash: hash, role: 'admin', active: 1 })
      .where('id', '=', admin.id)
      .execute()
    return true
  }
  // Explicit id: the users table has no sequence in PostgreSQL.
  const { max } = await db
    .selectFrom('users')
    .select(eb => eb.fn.max('id').as('max'))
    .executeTakeFirstOrThrow()
  await db
    .insertInto('users')
    .values({
      id: (max ?? 0) + 1,
      username: 'admin',
      display_name: 'Administrator',
      role: 'admin',
      department_id: null,
      active: 1,
      password_hash: hash,
    })
    .execute()
  return true
}
