/**
 * What holds across writes: two writes on one version → exactly one wins; an Idempotency-Key makes
 * a create happen once; rollups and visit-day masks stay equal to a full rebuild; the Overview
 * sees a write at once; every write leaves an audit entry; the queue shows what waits on whom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { buildApp } from '../../../server/app'
import { openDatabase } from '../../../server/db/database'
import { rebuildRollups } from '../../../server/repositories/rollups'
import { sessionCookie, TEST_TODAY } from '../../support/apiWorld'
import { rollupSnapshot } from './rollupSnapshot'
import {
  bottleneckAction,
  bottleneckIn,
  draftBody,
  raiseBody,
  recommendationIn,
  startWriteApp,
  TEST_NOW,
  visitBody,
  type WriteApp,
} from './writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

const count = async (table: 'visits' | 'bottlenecks' | 'recommendations') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select(eb => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('two writes on the same version', () => {
  it('fired together: exactly one 200, the other 409 stale_version carrying the new version', async () => {
    const b = await bottleneckIn(t, 'submitted')
    const url = `/api/bottlenecks/${b.id}/transitions`
    const responses = await Promise.all([
      t.send('leader', 'POST', url, bottleneckAction(t, b, 'accept')),
      t.send('admin', 'POST', url, bottleneckAction(t, b, 'reject')),
    ])
    expect(responses.map(r => r.status).sort()).toEqual([200, 409])
    const won = responses.find(r => r.status === 200)!
    const lost = responses.find(r => r.status === 409)!
    expect(lost.body.error.code).toBe('stale_version')
    expect(lost.body.error.current.version).toBe(b.version + 1)
    expect(lost.body.error.current).toEqual(won.body)
    expect((await t.get(`/api/bottlenecks/${b.id}`)).body.events).toHaveLength(2)
  })

  it('on a recommendation too', async () => {
    const r = await recommendationIn(t, 'draft')
    const responses = await Promise.all(
      ['甲', '乙'].map(title =>
        t.send('leader', 'PATCH', `/api/recommendations/${r.id}`, { version: r.version, title }),
      ),
    )
    expect(responses.map(res => res.status).sort()).toEqual([200, 409])
  })
})

describe('Idempotency-Key on creates', () => {
  const cases = [
    ['visit', '/api/visits', 'visits', () => visitBody(t)],
    ['bottleneck', '/api/bottlenecks', 'bottlenecks', () => raiseBody(t)],
    ['recommendation', '/api/recommendations', 'recommendations', () => draftBody()],
  ] as const

  it.each(cases)(
    'the same key twice creates one %s and answers the same both times',
    async (_kind, url, table, body) => {
      const before = await count(table)
      const headers = { 'idempotency-key': `key-${table}-1` }
      const first = await t.send('leader', 'POST', url, body(), headers)
      const again = await t.send('leader', 'POST', url, body(), headers)
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect(again.body).toEqual(first.body)
      expect(await count(table)).toBe(before + 1)
    },
  )

  it('fired together with one key, still one record', async () => {
    const before = await count('visits')
    const headers = { 'idempotency-key': 'together' }
    const [a, b] = await Promise.all([
      t.send('liaison', 'POST', '/api/visits', visitBody(t), headers),
      t.send('liaison', 'POST', '/api/visits', visitBody(t), headers),
    ])
    expect(b.body).toEqual(a.body)
    expect(await count('visits')).toBe(before + 1)
  })

  it('is per user: another user with the same key creates their own', async () => {
    const headers = { 'idempotency-key': 'shared-key' }
    const mine = await t.send('leader', 'POST', '/api/recommendations', draftBody(), headers)
    const theirs = await t.send('liaison', 'POST', '/api/recommendations', draftBody(), headers)
    expect(theirs.body.id).not.toBe(mine.body.id)
  })

  it('a failed create is not remembered, and a key over 200 characters is a 400 on Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'after-a-failure' }
    const refused = await t.send('leader', 'POST', '/api/visits', { ...visitBody(t), date: '2030-01-01' }, headers)
    expect(refused.status).toBe(400)
    expect((await t.send('leader', 'POST', '/api/visits', visitBody(t), headers)).status).toBe(201)
    const long = await t.send('leader', 'POST', '/api/visits', visitBody(t), { 'idempotency-key': 'k'.repeat(201) })
    expect(long.status).toBe(400)
    expect(Object.keys(long.body.error.fields)).toEqual(['Idempotency-Key'])
  })
})

describe('rollups after a series of writes', () => {
  it('equal a full rebuild, visit-day masks included', async () => {
    const other = t.world.enterprises.find(
      e =>
        e.chains.some(m => m.chainId === 1) &&
        e.id !== t.enterpriseId &&
        e.county !== t.world.enterprises.find(x => x.id === t.enterpriseId)!.county,
    )!
    const v = (await t.send('leader', 'POST', '/api/visits', visitBody(t, [raiseBody(t)]))).body
    const moved = await t.send('leader', 'PATCH', `/api/visits/${v.id}`, {
      version: v.version,
      date: '2026-05-20',
      type: 'forum',
      enterpriseIds: [t.enterpriseId, other.id],
      outcomes: [
        { type: 'market', enterpriseId: other.id, amountCny: null, description: '新市场' },
        { type: 'order', enterpriseId: other.id, amountCny: 9_000, description: '订单' },
      ],
    })
    expect(moved.status).toBe(200)
    for (const state of ['closed', 'resolved', 'rejected', 'extension_pending', 'escalated'] as const)
      await bottleneckIn(t, state)
    const closed = await bottleneckIn(t, 'closed')
    expect(
      (
        await t.send(
          'leader',
          'POST',
          `/api/bottlenecks/${closed.id}/transitions`,
          bottleneckAction(t, closed, 'reopen'),
        )
      ).status,
    ).toBe(200)
    const pending = await bottleneckIn(t, 'extension_pending')
    expect(
      (
        await t.send(
          'leader',
          'POST',
          `/api/bottlenecks/${pending.id}/transitions`,
          bottleneckAction(t, pending, 'grant_extension'),
        )
      ).status,
    ).toBe(200)

    const incremental = await rollupSnapshot(t.db)
    await rebuildRollups(t.db)
    expect(incremental).toEqual(await rollupSnapshot(t.db))
  })
})

describe('caches see writes at once', () => {
  it('the Overview counts a visit as soon as it is recorded', async () => {
    const url = '/api/overview?from=2026-06-01&to=2026-06-30&chainId=1'
    const before = (await t.get(url)).body
    expect((await t.send('liaison', 'POST', '/api/visits', visitBody(t))).status).toBe(201)
    const after = (await t.get(url)).body
    expect(after.total.visits).toBe(before.total.visits + 1)
  })

  it('a list shows a raised bottleneck at once', async () => {
    const url = '/api/bottlenecks?chainId=1&status=submitted&pageSize=1'
    const before = (await t.get(url)).body.total
    await t.send('liaison', 'POST', '/api/bottlenecks', raiseBody(t))
    expect((await t.get(url)).body.total).toBe(before + 1)
  })
})

describe('the audit trail', () => {
  it('has an entry per write, newest first, with who, when, and the record before and after', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const res = await t.get(`/api/audit?entityType=bottleneck&entityId=${b.id}`)
    expect(res.status).toBe(200)
    const admin = t.world.users.find(u => u.username === 'admin')!
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['accept', 'raise'])
    const [accept, raise] = res.body.items
    expect(accept).toMatchObject({
      entityType: 'bottleneck',
      entityId: b.id,
      actorId: admin.id,
      actorName: admin.displayName,
    })
    expect(accept.before).toMatchObject({ status: 'submitted', version: 1 })
    expect(accept.after).toMatchObject({ status: 'accepted', version: 2 })
    expect(Date.parse(accept.at)).toBe(Date.parse('2026-06-30T04:00:00.000Z'))
    expect(raise.before).toBeNull()
    expect(raise.after).toMatchObject({ id: b.id, status: 'submitted' })
  })

  it('records visit and recommendation writes too, and needs a session', async () => {
    const v = (await t.send('leader', 'POST', '/api/visits', visitBody(t))).body
    await t.send('leader', 'PATCH', `/api/visits/${v.id}`, { version: v.version, summary: '改' })
    const items = (await t.get(`/api/audit?entityType=visit&entityId=${v.id}`)).body.items
    expect(items.map((e: { action: string }) => e.action)).toEqual(['edit', 'create'])
    expect(items[0].before.summary).toBe('走访座谈')
    expect(items[0].after.summary).toBe('改')
    const r = await recommendationIn(t, 'submitted')
    expect((await t.get(`/api/audit?entityType=recommendation&entityId=${r.id}`)).body.items).toHaveLength(2)
    expect((await t.get(`/api/audit?entityType=visit&entityId=${v.id}`, null)).status).toBe(401)
    expect((await t.get('/api/audit?entityType=nothing&entityId=1')).status).toBe(400)
  })
})

describe('GET /api/queue', () => {
  it('shows each role what waits on it', async () => {
    const submitted = await bottleneckIn(t, 'submitted')
    const assigned = await bottleneckIn(t, 'assigned')
    const forwarded = await recommendationIn(t, 'forwarded')
    const ids = async (who: Parameters<WriteApp['send']>[0]) => {
      const res = await t.send(who, 'GET', '/api/queue')
      expect(res.status).toBe(200)
      return {
        b: res.body.bottlenecks.map((x: { id: number }) => x.id),
        r: res.body.recommendations.map((x: { id: number }) => x.id),
      }
    }
    const leader = await ids('leader')
    expect(leader.b).toContain(submitted.id)
    expect(leader.b).not.toContain(assigned.id)
    const lead = await ids('deptLead')
    expect(lead.b).toContain(assigned.id)
    expect(lead.b).not.toContain(submitted.id)
    expect(lead.r).toContain(forwarded.id)
    const out = await ids('leaderOut')
    expect(out.b).not.toContain(submitted.id)
    expect(await ids('viewer')).toEqual({ b: [], r: [] })
    expect((await t.send('anonymous', 'GET', '/api/queue')).status).toBe(401)
  })

  it('orders bottlenecks by warning severity, then by when they were raised, at most 200', async () => {
    const { bottlenecks } = (await t.send('leader', 'GET', '/api/queue')).body
    const rank = { red: 0, yellow: 1, blue: 2, none: 3 } as Record<string, number>
    const keys = bottlenecks.map((b: { warning: string; raisedAt: string }) => `${rank[b.warning]}|${b.raisedAt}`)
    expect(keys).toEqual([...keys].sort())
    expect(bottlenecks.length).toBeLessThanOrEqual(200)
    expect(bottlenecks.length).toBeGreaterThan(0)
  })
})

describe('two server instances on one database file', () => {
  // Ids and versions are read from the database inside each write, never kept in a process.
  it('create side by side without clashing ids or codes, and a same-version race still has one winner', async () => {
    const file = (await sql<{ file: string }>`pragma database_list`.execute(t.db)).rows.find(r => r.file)!.file
    const db = openDatabase(file)
    const second = await buildApp({ db, today: () => TEST_TODAY, now: () => new Date(TEST_NOW) })
    try {
      const cookie = await sessionCookie(db, 'leader')
      const viaSecond = (method: 'POST', url: string, payload: unknown) =>
        second.inject({ method, url, payload: payload as object, headers: { cookie } })
      const created = await Promise.all([
        t.send('leader', 'POST', '/api/visits', visitBody(t)),
        viaSecond('POST', '/api/visits', visitBody(t)).then(r => ({ status: r.statusCode, body: r.json() })),
        t.send('leader', 'POST', '/api/visits', visitBody(t)),
        viaSecond('POST', '/api/visits', visitBody(t)).then(r => ({ status: r.statusCode, body: r.json() })),
      ])
      expect(created.map(r => r.status)).toEqual([201, 201, 201, 201])
      expect(new Set(created.map(r => r.body.id)).size).toBe(4)
      expect(new Set(created.map(r => r.body.code)).size).toBe(4)

      const b = await bottleneckIn(t, 'submitted')
      const url = `/api/bottlenecks/${b.id}/transitions`
      const raced = await Promise.all([
        t.send('leader', 'POST', url, bottleneckAction(t, b, 'accept')),
        viaSecond('POST', url, bottleneckAction(t, b, 'reject')).then(r => ({ status: r.statusCode, body: r.json() })),
      ])
      expect(raced.map(r => r.status).sort()).toEqual([200, 409])
    } finally {
      await second.close()
      await db.destroy()
    }
  })
})
