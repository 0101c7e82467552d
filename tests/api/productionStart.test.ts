/**
 * A production start is production (issue 10, finding 5): the demo seed marks its database, and
 * CHAIN_DEMO=0 on such a database (or on an older one whose demo accounts still take the demo
 * password) refuses to start and says how to proceed. A demo start says so, and /api/auth/me
 * carries `world: 'demo'` so the app's header shows the demo badge.
 *
 * And it invents nothing (issue 11 §3): the counties and the first admin only; the admin creates
 * chains (from the Yanbian template or blank), retires chains and segments, and corrects the
 * placeholder leader names an older production start left.
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
import { DEMO_PASSWORD, ensureDemoPasswords, ensureFirstAdmin } from '../../server/services/bootstrapAccounts'
import { hashPassword } from '../../server/services/passwords'
import { prepareDatabase, StartRefused, type StartOptions } from '../../server/startup'
import { buildTestWorld, startTestApp, TEST_TODAY } from '../support/apiWorld'
import {
  adminChain,
  LEGACY_PLACEHOLDER_LEADER_NAMES,
  leaderNotes,
  setupStatus,
  setupTemplate,
  type AdminChain,
  type World,
} from '#contract'
import { generateWorld } from '../../mock/generate'
import { placeholderLeaderNames } from '../../mock/setupTemplate'

const ROOT = resolve(import.meta.dirname, '../..')

let dir: string
let db: Kysely<Database>
const said: string[] = []
const say = (line: string) => void said.push(line)
const options = (over: Partial<StartOptions> = {}): StartOptions => ({
  demo: true,
  seed: 1,
  anchorDate: TEST_TODAY,
  adminPassword: undefined,
  dataDir: dir,
  ...over,
})

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
function runServer(
  dataDir: string,
  env: Record<string, string>,
): Promise<{ outcome: number | 'listening'; output: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        STATIC_DIR: '',
        CHAIN_TODAY: TEST_TODAY,
        LOG_LEVEL: 'silent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      rej(new Error(`no answer from the server:\n${output}`))
    }, 60_000)
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
    child.once('exit', code => {
      clearTimeout(timer)
      res({ outcome: code ?? -1, output })
    })
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
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword('changed since') })
      .execute()
    await expect(
      prepareDatabase(db, options({ demo: false, adminPassword: 'production secret' }), say),
    ).rejects.toThrow(StartRefused)
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
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword('a real password') })
      .execute()
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
  })

  it('a fresh production database starts, then starts again, and never as demo', async () => {
    expect(await prepareDatabase(db, options({ demo: false, adminPassword: 'production secret' }), say)).toBe(
      'production',
    )
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
    expect(await isMarkedDemo(db)).toBe(false)
  })

  it("does not take the published demo password as the first admin's", async () => {
    await expect(prepareDatabase(db, options({ demo: false, adminPassword: DEMO_PASSWORD }), say)).rejects.toThrow(
      /demo password/,
    )
  })
})

describe('a demo server says so', () => {
  async function me(world: 'demo' | 'production' | undefined) {
    const app = await buildApp({ db, today: () => TEST_TODAY, world })
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: DEMO_PASSWORD },
      })
      const cookie = ([] as string[])
        .concat(login.headers['set-cookie'] as string[])
        .find(c => c.startsWith('chain_session='))!
        .split(';')[0]!
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
      return { login: login.json(), me: res.json() }
    } finally {
      await app.close()
    }
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

// ── A production start that invents nothing (issue 11 §3) ───────────────────────────────────────

const ADMIN_PASSWORD = 'production secret'
const names = (zh: string) => ({ zh, ko: `${zh}(ko)`, en: `${zh} (en)` })

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies freely
type Body = any
type Send = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
) => Promise<{ status: number; body: Body }>

/** The production app over `db`, signed in as the first admin: its sign-in answer and a sender with its cookie. */
async function productionAdmin(): Promise<{ app: Awaited<ReturnType<typeof buildApp>>; login: Body; send: Send }> {
  const app = await buildApp({ db, today: () => TEST_TODAY, world: 'production' })
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: ADMIN_PASSWORD },
  })
  expect(login.statusCode).toBe(200)
  const cookie = ([] as string[])
    .concat(login.headers['set-cookie'] as string[])
    .find(c => c.startsWith('chain_session='))!
    .split(';')[0]!
  const send: Send = async (method, url, payload) => {
    const res = await app.inject({ method, url, payload: payload as object | undefined, headers: { cookie } })
    return { status: res.statusCode, body: res.body ? res.json() : null }
  }
  return { app, login: login.json(), send }
}

const count = async (
  table:
    | 'chains'
    | 'segments'
    | 'counties'
    | 'departments'
    | 'enterprises'
    | 'visits'
    | 'bottlenecks'
    | 'recommendations'
    | 'users',
) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** What the older CHAIN_DEMO=0 start seeded: the demo world's chains (with its invented leader names) and departments, no records or accounts. */
/** The government chain leaders' names the older start wrote (the demo now names the office only). */
const LEGACY_GOV_NAMES = ['崔明浩', '王志刚', '张宏伟', '姜哲洙', '刘振东', '张宏伟', '王志刚']

function legacyProgrammeStructure(): World {
  const world = generateWorld({ seed: 1, anchorDate: TEST_TODAY })
  return {
    ...world,
    chains: world.chains.map((c, i) => ({
      ...c,
      govCoLeader: { ...c.govCoLeader, name: LEGACY_GOV_NAMES[i]! },
      targets: [],
      enterpriseCount: 0,
    })),
    users: [],
    enterprises: [],
    visits: [],
    bottlenecks: [],
    recommendations: [],
  }
}

/** Creates every template department and returns their ids by code. */
async function addTemplateDepartments(send: Send): Promise<Map<string, number>> {
  const template = (await send('GET', '/api/admin/setup/template')).body
  const ids = new Map<string, number>()
  for (const d of template.departments) {
    const res = await send('POST', '/api/admin/departments', d)
    expect(res.status, d.code).toBe(201)
    ids.set(d.code, res.body.id)
  }
  return ids
}

/** The create request of template chain `code`, with its lead agency linked and the leader names as given (empty by default). */
async function templateChainRequest(
  send: Send,
  code: string,
  departments: Map<string, number>,
  leaderName = '',
): Promise<Record<string, unknown>> {
  const template = (await send('GET', '/api/admin/setup/template')).body
  const {
    leadDepartmentCode,
    leadUnit: _leadUnit,
    ...chain
  } = template.chains.find((c: { code: string }) => c.code === code)
  return {
    ...chain,
    cppccLeaders: chain.cppccLeaders.map((l: { title: unknown }) => ({ ...l, name: leaderName })),
    govCoLeader: { ...chain.govCoLeader, name: leaderName },
    leadDepartmentId: departments.get(leadDepartmentCode),
  }
}

describe('CHAIN_DEMO=0 invents nothing', () => {
  it("seeds the eight counties and no chains, segments, departments or names but the first admin's", async () => {
    expect(await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)).toBe('production')
    expect(await count('counties')).toBe(8)
    for (const table of [
      'chains',
      'segments',
      'departments',
      'enterprises',
      'visits',
      'bottlenecks',
      'recommendations',
    ] as const)
      expect(await count(table), table).toBe(0)
    const users = await db.selectFrom('users').select(['username', 'display_name', 'role']).execute()
    expect(users).toEqual([{ username: 'admin', display_name: 'Administrator', role: 'admin' }])
    expect(said.join('\n')).toMatch(/admin sets the programme up at \/admin\/setup/)
    // A second start finds its counties and seeds nothing twice.
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
    expect(await count('counties')).toBe(8)
  })

  it('says "not set up" on sign-in and "who am I" until a chain is in use', async () => {
    await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)
    const { app, login, send } = await productionAdmin()
    try {
      expect(login).toMatchObject({ username: 'admin', role: 'admin', notSetUp: true })
      expect((await send('GET', '/api/auth/me')).body).toMatchObject({ user: { username: 'admin' }, notSetUp: true })
      expect((await app.inject({ method: 'GET', url: '/api/auth/me' })).json()).toEqual({ user: null })
      expect((await send('GET', '/api/admin/setup')).body).toEqual({
        chainsInUse: 0,
        chainsRetired: 0,
        departments: 0,
        leaders: [],
      })
    } finally {
      await app.close()
    }
  })

  it("offers the Yanbian template: departments and the seven chains with segments and posts, and no one's name", async () => {
    await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)
    const { app, send } = await productionAdmin()
    try {
      const res = await send('GET', '/api/admin/setup/template')
      expect(res.status).toBe(200)
      const template = setupTemplate.parse(res.body)
      expect(template.chains.map(c => c.name.zh)).toEqual([
        '图们江区域国际旅游合作',
        '铁路运输',
        '电子信息制造',
        '医药健康',
        '特色食品',
        '矿泉水',
        '海产品加工',
      ])
      for (const c of template.chains) {
        expect(c.segments.length, c.code).toBeGreaterThan(0)
        expect(c.cppccLeaders.every(l => l.name === '') && c.govCoLeader.name === '', c.code).toBe(true)
        // Every chain's lead agency is one of the template's departments.
        expect(
          template.departments.map(d => d.code),
          c.code,
        ).toContain(c.leadDepartmentCode)
      }
      expect(template.departments.map(d => d.name.zh)).toEqual(
        expect.arrayContaining(['州发改委', '州农业农村局', '州卫生健康委', '延吉海关', '州税务局']),
      )
      const text = JSON.stringify(template)
      for (const name of placeholderLeaderNames()) expect(text, name).not.toContain(name)
    } finally {
      await app.close()
    }
  })

  it('creates the departments and a chain from the template, audited; then the programme is set up', async () => {
    await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)
    const { app, send } = await productionAdmin()
    try {
      const departments = await addTemplateDepartments(send)
      const created = await send('POST', '/api/admin/chains', await templateChainRequest(send, 'railway', departments))
      expect(created.status).toBe(201)
      const chain = adminChain.parse(created.body)
      expect(chain).toMatchObject({
        id: 1,
        code: 'railway',
        version: 1,
        leadDepartmentId: departments.get('transport'),
        leadUnit: { zh: '州交通运输局' },
        enterpriseCount: 0,
      })
      expect(chain.retiredOn).toBeUndefined()
      expect(chain.segments.map(s => s.id)).toEqual(chain.segments.map((_, i) => i + 1))
      const { version: _version, ...read } = chain
      expect((await send('GET', '/api/chains')).body).toEqual([read])
      expect((await send('GET', '/api/auth/me')).body.notSetUp).toBeUndefined()
      const status = (await send('GET', '/api/admin/setup')).body
      expect(status).toMatchObject({ chainsInUse: 1, chainsRetired: 0, departments: departments.size })
      // Leaders left empty are listed as still to be entered: two CPPCC posts and the government's.
      expect(status.leaders).toEqual([
        { chainId: 1, leader: 'cppcc', index: 0, name: '', issue: 'missing' },
        { chainId: 1, leader: 'cppcc', index: 1, name: '', issue: 'missing' },
        { chainId: 1, leader: 'government', index: 0, name: '', issue: 'missing' },
      ])
      const audit = (await send('GET', '/api/audit?entityType=chain&entityId=1')).body
      expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create'])
      expect(audit.items[0]).toMatchObject({ actorName: 'Administrator', before: null, after: { code: 'railway' } })
    } finally {
      await app.close()
    }
  })

  it('refuses a bad chain with a 400 naming each field, and a taken code or unknown department on theirs', async () => {
    await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)
    const { app, send } = await productionAdmin()
    try {
      const bad = await send('POST', '/api/admin/chains', {
        code: 'bad code!',
        name: { zh: '', ko: '链', en: 'x' },
        cppccLeaders: [],
        govCoLeader: { name: '', title: names('副州长') },
        leadDepartmentId: 0,
        segments: [],
      })
      expect(bad.status).toBe(400)
      expect(bad.body.error.code).toBe('validation_failed')
      expect(Object.keys(bad.body.error.fields)).toEqual(
        expect.arrayContaining(['code', 'name.zh', 'cppccLeaders', 'leadDepartmentId', 'segments']),
      )
      const departments = await addTemplateDepartments(send)
      const request = await templateChainRequest(send, 'water', departments)
      expect((await send('POST', '/api/admin/chains', request)).status).toBe(201)
      const again = await send('POST', '/api/admin/chains', { ...request, leadDepartmentId: 999 })
      expect(again.status).toBe(400)
      expect(again.body.error.fields).toEqual({ code: 'this code is taken', leadDepartmentId: 'no department 999' })
      expect(await count('chains')).toBe(1)
    } finally {
      await app.close()
    }
  })

  it("retires and reinstates chains and segments, audited; the last chain and a chain's last segment in use stay", async () => {
    await prepareDatabase(db, options({ demo: false, adminPassword: ADMIN_PASSWORD }), say)
    const { app, send } = await productionAdmin()
    try {
      const departments = await addTemplateDepartments(send)
      const water = adminChain.parse(
        (await send('POST', '/api/admin/chains', await templateChainRequest(send, 'water', departments))).body,
      )
      const last = await send('POST', `/api/admin/chains/${water.id}/retirement`, { version: 1, retired: true })
      expect(last.status).toBe(400)
      expect(last.body.error.fields).toEqual({ retired: 'the last chain in use cannot be retired' })
      const seafood = adminChain.parse(
        (await send('POST', '/api/admin/chains', await templateChainRequest(send, 'seafood', departments))).body,
      )
      const retired = await send('POST', `/api/admin/chains/${water.id}/retirement`, { version: 1, retired: true })
      expect(retired.status).toBe(200)
      expect(retired.body).toMatchObject({ id: water.id, version: 2, retiredOn: TEST_TODAY })
      expect(
        (await send('POST', `/api/admin/chains/${water.id}/retirement`, { version: 1, retired: false })).status,
      ).toBe(409)
      expect(
        (await send('POST', `/api/admin/chains/${seafood.id}/retirement`, { version: 1, retired: true })).body.error
          .fields,
      ).toEqual({ retired: 'the last chain in use cannot be retired' })
      expect((await send('GET', '/api/admin/setup')).body).toMatchObject({ chainsInUse: 1, chainsRetired: 1 })
      // Still listed for reading, marked retired.
      expect((await send('GET', `/api/chains/${water.id}`)).body).toMatchObject({ id: water.id, retiredOn: TEST_TODAY })

      // Segments: retire all but one, then the last is refused; the PATCH lists retired ones and keeps them retired.
      let chain = seafood
      for (const s of chain.segments.slice(1)) {
        const res = await send('POST', `/api/admin/chains/${chain.id}/segments/${s.id}/retirement`, {
          version: chain.version,
          retired: true,
        })
        expect(res.status, `segment ${s.id}`).toBe(200)
        chain = adminChain.parse(res.body)
      }
      expect(chain.segments.slice(1).every(s => s.retiredOn === TEST_TODAY)).toBe(true)
      const lastSegment = await send(
        'POST',
        `/api/admin/chains/${chain.id}/segments/${chain.segments[0]!.id}/retirement`,
        { version: chain.version, retired: true },
      )
      expect(lastSegment.body.error.fields).toEqual({ retired: 'a chain needs at least one segment in use' })
      expect(
        (
          await send('POST', `/api/admin/chains/${chain.id}/segments/${water.segments[0]!.id}/retirement`, {
            version: chain.version,
            retired: true,
          })
        ).status,
      ).toBe(404)
      const renamed = await send('PATCH', `/api/admin/chains/${chain.id}`, {
        version: chain.version,
        segments: chain.segments.map((s, i) => ({ id: s.id, tier: s.tier, name: i === 1 ? names('改名') : s.name })),
      })
      expect(renamed.status).toBe(200)
      expect(renamed.body.segments[1]).toMatchObject({ name: { zh: '改名' }, retiredOn: TEST_TODAY })
      const back = await send('POST', `/api/admin/chains/${chain.id}/segments/${chain.segments[1]!.id}/retirement`, {
        version: renamed.body.version,
        retired: false,
      })
      expect(back.status).toBe(200)
      expect(back.body.segments[1].retiredOn).toBeUndefined()

      const reinstated = await send('POST', `/api/admin/chains/${water.id}/retirement`, { version: 2, retired: false })
      expect(reinstated.status).toBe(200)
      expect(reinstated.body.retiredOn).toBeUndefined()
      const actions = (id: number) =>
        send('GET', `/api/audit?entityType=chain&entityId=${id}`).then(r =>
          r.body.items.map((e: { action: string }) => e.action),
        )
      expect(await actions(water.id)).toEqual(['reinstate', 'retire', 'create'])
      expect(await actions(seafood.id)).toEqual([
        'reinstate_segment',
        'update',
        ...chain.segments.slice(1).map(() => 'retire_segment'),
        'create',
      ])
    } finally {
      await app.close()
    }
  })
})

describe('a retired chain keeps its history', () => {
  it('its records stay readable and counted in past periods; new records cannot name it', async () => {
    const t = await startTestApp(buildTestWorld())
    try {
      const send = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
        const res = await t.app.inject({
          method,
          url,
          payload: payload as object | undefined,
          headers: { cookie: t.cookie },
        })
        return { status: res.statusCode, body: res.json() }
      }
      const period = '/api/overview?from=2025-01-01&to=2026-06-30'
      const before = (await send('GET', period)).body
      const visits = (await send('GET', '/api/visits?chainId=2&from=2025-01-01&to=2026-06-30&pageSize=100')).body
      expect(visits.total).toBeGreaterThan(0)
      expect((await send('POST', '/api/admin/chains/2/retirement', { version: 1, retired: true })).status).toBe(200)
      expect((await send('GET', period)).body.kpis).toEqual(before.kpis)
      expect((await send('GET', '/api/visits?chainId=2&from=2025-01-01&to=2026-06-30&pageSize=100')).body.total).toBe(
        visits.total,
      )
      const enterprise = buildTestWorld().enterprises.find(e => e.chains.some(m => m.chainId === 2))!
      const visit = {
        type: 'visit',
        date: TEST_TODAY,
        chainId: 2,
        enterpriseIds: [enterprise.id],
        participants: [],
        summary: '走访',
        outcomes: [],
      }
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/visits',
        payload: visit,
        headers: { cookie: t.cookie, 'idempotency-key': 'retired-1' },
      })
      expect(refused.statusCode).toBe(400)
      expect(Object.keys(refused.json().error.fields)).toEqual(['chainId'])
      const raised = await t.app.inject({
        method: 'POST',
        url: '/api/bottlenecks',
        payload: { chainId: 2, enterpriseId: enterprise.id, category: 'financing', title: '融资', description: '' },
        headers: { cookie: t.cookie, 'idempotency-key': 'retired-2' },
      })
      expect(raised.statusCode).toBe(400)
      expect(Object.keys(raised.json().error.fields)).toEqual(['chainId'])
    } finally {
      await t.close()
    }
  })
})

describe("an older production database's placeholder leader names", () => {
  beforeEach(async () => {
    await seedWorld(db, legacyProgrammeStructure())
    await ensureFirstAdmin(db, ADMIN_PASSWORD)
  })

  it('starts, and says how many leader names are placeholders to correct', async () => {
    expect(await prepareDatabase(db, options({ demo: false }), say)).toBe('production')
    expect(said.join('\n')).toMatch(/21 chain leader names are placeholders from an older start/)
  })

  it('the set-up lists every placeholder still in place, and stops listing a leader once the real name is entered', async () => {
    const { app, login, send } = await productionAdmin()
    try {
      expect(login.notSetUp).toBeUndefined()
      const status = setupStatus.parse((await send('GET', '/api/admin/setup')).body)
      expect(status).toMatchObject({ chainsInUse: 7, chainsRetired: 0 })
      expect(status.leaders.every(l => l.issue === 'placeholder')).toBe(true)
      const chains = (await send('GET', '/api/admin/chains')).body as AdminChain[]
      const seeded = chains.flatMap(c => [...c.cppccLeaders.map(l => l.name), c.govCoLeader.name])
      expect(status.leaders.map(l => l.name)).toEqual(seeded)
      expect(new Set(seeded)).toEqual(new Set(LEGACY_PLACEHOLDER_LEADER_NAMES))
      const tourism = chains[0]!
      expect(status.leaders.slice(0, 3)).toEqual([
        { chainId: tourism.id, leader: 'cppcc', index: 0, name: tourism.cppccLeaders[0]!.name, issue: 'placeholder' },
        { chainId: tourism.id, leader: 'cppcc', index: 1, name: tourism.cppccLeaders[1]!.name, issue: 'placeholder' },
        { chainId: tourism.id, leader: 'government', index: 0, name: tourism.govCoLeader.name, issue: 'placeholder' },
      ])
      // The admin enters one real name and leaves the second post empty for now.
      const edited = await send('PATCH', `/api/admin/chains/${tourism.id}`, {
        version: tourism.version,
        cppccLeaders: [
          { name: '某某', title: tourism.cppccLeaders[0]!.title },
          { name: '', title: tourism.cppccLeaders[1]!.title },
        ],
      })
      expect(edited.status).toBe(200)
      const after = setupStatus.parse((await send('GET', '/api/admin/setup')).body)
      expect(after.leaders.filter(l => l.chainId === tourism.id)).toEqual([
        { chainId: tourism.id, leader: 'cppcc', index: 1, name: '', issue: 'missing' },
        { chainId: tourism.id, leader: 'government', index: 0, name: tourism.govCoLeader.name, issue: 'placeholder' },
      ])
      expect(after.leaders).toHaveLength(status.leaders.length - 1)
    } finally {
      await app.close()
    }
  })

  it('recognises a placeholder by the frozen list, whatever the demo world names now, and only in chains in use', () => {
    const chain = (id: number, cppcc: string[], gov: string, retiredOn?: string) => ({
      id,
      cppccLeaders: cppcc.map(name => ({ name, title: names('职务') })),
      govCoLeader: { name: gov, title: names('副州长') },
      ...(retiredOn ? { retiredOn } : {}),
    })
    const notes = leaderNotes(
      [chain(1, [' 金永哲 ', '李四'], ''), chain(2, ['马丽娟'], '王志刚', '2026-01-01')],
      new Set(LEGACY_PLACEHOLDER_LEADER_NAMES),
    )
    expect(notes).toEqual([
      { chainId: 1, leader: 'cppcc', index: 0, name: '金永哲', issue: 'placeholder' },
      { chainId: 1, leader: 'government', index: 0, name: '', issue: 'missing' },
    ])
  })
})
