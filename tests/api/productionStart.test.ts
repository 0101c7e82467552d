/**
 * A production start is production (issue 10, finding 5): the demo seed marks its database, and
 * CHAIN_DEMO=0 on such a database (or on an older one whose demo accounts still take the demo
 * password) refuses to start and says how to proceed. A demo start says so, and /api/auth/me
 * carries `world: 'demo'` so the app's header shows the demo badge.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import type { Database } from '../../server/db/schema'
import { isMarkedDemo } from '../../server/repositories/world'
import { DEMO_PASSWORD, ensureDemoPasswords } from '../../server/services/bootstrapAccounts'
import { hashPassword } from '../../server/services/passwords'
import { prepareDatabase, StartRefused, type StartOptions } from '../../server/startup'
import { buildTestWorld, TEST_TODAY } from '../support/apiWorld'

const ROOT = resolve(import.meta.dirname, '../..')

let dir: string
let db: Kysely<Database>
const said: string[] = []
const say = (line: string) => void said.push(line)
const options = (over: Partial<StartOptions> = {}): StartOptions => ({ demo: true, seed: 1, anchorDate: TEST_TODAY, adminPassword: undefined, dataDir: dir, ...over })

beforeEach(async () => {
  said.length = 0
  dir = mkdtempSync(join(tmpdir(), 'chain-start-'))
  db = openDatabase(join(dir, 'chain-cockpit.sqlite'))
  await migrateToLatest(db)
})
afterEach(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs server/server.ts on `dataDir` with `env`; resolves with its exit code and output, or 'listening'. */
function runServer(dataDir: string, env: Record<string, string>): Promise<{ outcome: number | 'listening', output: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, STATIC_DIR: '', CHAIN_TODAY: TEST_TODAY, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => { child.kill('SIGKILL'); rej(new Error(`no answer from the server:\n${output}`)) }, 60_000)
    const onData = (buf: Buffer) => {
      output += buf.toString()
      if (/listening on/.test(output)) {
        clearTimeout(timer)
        child.once('exit', () => res({ outcome: 'listening', output }))
        child.kill('SIGTERM')
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => { clearTimeout(timer); res({ outcome: code ?? -1, output }) })
  })
}

describe('the demo seed marks its database', () => {
  it('a demo start on an empty database loads the demo world, marked as such', async () => {
    expect(await prepareDatabase(db, options(), say)).toBe('demo')
    expect(await isMarkedDemo(db)).toBe(true)
    expect(said.join('\n')).toMatch(/Loaded the demo world/)
  })
})

describe('CHAIN_DEMO=0 refuses the demo world', () => {
  it('the server process exits 1 and says how to proceed (today: it serves admin/chain-demo)', async () => {
    await prepareDatabase(db, options(), say)
    const { outcome, output } = await runServer(dir, { CHAIN_DEMO: '0', CHAIN_ADMIN_PASSWORD: 'production secret' })
    expect(outcome).toBe(1)
    expect(output).toMatch(/Refusing a production start/)
    expect(output).toContain(`DATA_DIR=`)
    expect(output).not.toMatch(/listening on/)
  }, 120_000)

  it('refuses a marked database whatever its passwords are now', async () => {
    await seedWorld(db, buildTestWorld(), { markDemo: true })
    await db.updateTable('users').set({ password_hash: await hashPassword('changed since') }).execute()
    await expect(prepareDatabase(db, options({ demo: false, adminPassword: 'production secret' }), say)).rejects.toThrow(StartRefused)
  })

  it('recognises an older, unmarked demo database by demo accounts that take the demo password', async () => {
    await seedWorld(db, buildTestWorld())
    await ensureDemoPasswords(db)
    const refused = prepareDatabase(db, options({ demo: false, adminPassword: 'production secret' }), say)
    await expect(refused).rejects.toThrow(/accept the demo password \(admin, liaison\)/)
    await expect(refused).rejects.toThrow(/fresh data directory/)
  })

  it('starts a database whose demo-named accounts have real passwords', async () => {
    await seedWorld(db, buildTestWorld())
    await db.updateTable('users').set({ password_hash: await hashPassword('a real password') }).execute()
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
  })

  it('a fresh production database starts, then starts again, and never as demo', async () => {
    expect(await prepareDatabase(db, options({ demo: false, adminPassword: 'production secret' }), say)).toBe('production')
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
    expect(await isMarkedDemo(db)).toBe(false)
  })

  it('does not take the published demo password as the first admin\'s', async () => {
    await expect(prepareDatabase(db, options({ demo: false, adminPassword: DEMO_PASSWORD }), say)).rejects.toThrow(/demo password/)
  })
})

describe('a demo server says so', () => {
  async function me(world: 'demo' | 'production' | undefined) {
    const app = await buildApp({ db, today: () => TEST_TODAY, world })
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: DEMO_PASSWORD } })
      const cookie = ([] as string[]).concat(login.headers['set-cookie'] as string[]).find(c => c.startsWith('chain_session='))!.split(';')[0]!
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
      return { login: login.json(), me: res.json() }
    }
    finally { await app.close() }
  }

  it('/api/auth/me and the sign-in answer carry world: demo on a demo server only', async () => {
    await seedWorld(db, buildTestWorld(), { markDemo: true })
    await ensureDemoPasswords(db)
    const demo = await me('demo')
    expect(demo.me).toMatchObject({ user: { username: 'admin' }, world: 'demo' })
    expect(demo.login.world).toBe('demo')
    const production = await me('production')
    expect(production.me.world).toBeUndefined()
    expect(production.login.world).toBeUndefined()
  })
})
