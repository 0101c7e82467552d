/**
 * Every value is bounded where it enters (issue 10, findings 1 and 12): money in whole yuan from 1
 * to 10^10, at most 50 outcomes, business dates from 2000-01-01 and not after today, targets and
 * counts bounded, free text without controls or direction overrides and with one newline
 * convention. Each refusal is a 400 validation_failed naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_TODAY } from '../support/apiWorld'
import {
  bottleneckIn,
  draftBody,
  raiseBody,
  recommendationAction,
  recommendationIn,
  startWriteApp,
  visitBody,
  type WriteApp,
} from './writes/writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

/** The business bound of one order, stated here as the issue states it (contract MAX_ORDER_AMOUNT_CNY). */
const MAX_ORDER_AMOUNT_CNY = 10_000_000_000

const READS = ['/api/overview', '/api/trends', '/api/reports/year-review?year=2026', '/api/visits']

/** A visit body with these orders (amounts) and anything else overridden. */
function visitWith(amounts: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = visitBody(t)
  return {
    ...base,
    outcomes: amounts.map(amountCny => ({
      type: 'order',
      enterpriseId: t.enterpriseId,
      amountCny,
      description: '订单',
    })),
    ...extra,
  }
}

function expectFieldError(
  res: { status: number; body: { error: { code: string; fields?: Record<string, string> } } },
  field: string,
) {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.error.code).toBe('validation_failed')
  expect(Object.keys(res.body.error.fields ?? {})).toContain(field)
}

describe('finding 1: one absurd amount', () => {
  it('two orders of 1.5e308 yuan are refused naming the amount, and every dashboard still answers', async () => {
    const res = await t.send('liaison', 'POST', '/api/visits', visitWith([1.5e308, 1.5e308]))
    expectFieldError(res, 'outcomes.0.amountCny')
    // The message names the business bound, not a number-format limit nobody chose.
    expect(res.body.error.fields['outcomes.0.amountCny']).toContain('10000000000')
    for (const url of READS) expect((await t.send('viewer', 'GET', url)).status, url).toBe(200)
  })
})

describe('order amounts are whole yuan from 1 to 10,000,000,000', () => {
  it.each([
    ['zero', 0],
    ['negative', -5],
    ['a fraction', 1.5],
    ['one over the bound', MAX_ORDER_AMOUNT_CNY + 1],
    ['a string', '100'],
  ])('%s is refused', async (_name, amount) => {
    expectFieldError(await t.send('liaison', 'POST', '/api/visits', visitWith([amount])), 'outcomes.0.amountCny')
  })

  it('1 and 10,000,000,000 are accepted and read back exactly', async () => {
    const res = await t.send('liaison', 'POST', '/api/visits', visitWith([1, MAX_ORDER_AMOUNT_CNY]))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.outcomes.map((o: { amountCny: number }) => o.amountCny)).toEqual([1, MAX_ORDER_AMOUNT_CNY])
  })

  it('an edit is bounded too', async () => {
    const created = await t.send('liaison', 'POST', '/api/visits', visitWith([100]))
    const res = await t.send('liaison', 'PATCH', `/api/visits/${created.body.id}`, {
      version: created.body.version,
      outcomes: [{ type: 'order', enterpriseId: t.enterpriseId, amountCny: 1e11, description: 'x' }],
    })
    expectFieldError(res, 'outcomes.0.amountCny')
  })

  it('at most 50 outcomes per visit', async () => {
    expect(
      (await t.send('liaison', 'POST', '/api/visits', visitWith(Array.from({ length: 50 }, () => 10)))).status,
    ).toBe(201)
    expectFieldError(
      await t.send('liaison', 'POST', '/api/visits', visitWith(Array.from({ length: 51 }, () => 10))),
      'outcomes',
    )
  })
})

describe('business dates lie between 2000-01-01 and today (China time)', () => {
  it.each(['0000-01-01', '1999-12-31'])('a visit dated %s is refused', async date => {
    expectFieldError(await t.send('liaison', 'POST', '/api/visits', visitWith([10], { date })), 'date')
  })

  it('a visit dated tomorrow is refused, 2000-01-01 and today are accepted', async () => {
    expectFieldError(await t.send('liaison', 'POST', '/api/visits', visitWith([10], { date: '2026-07-01' })), 'date')
    expect((await t.send('liaison', 'POST', '/api/visits', visitWith([10], { date: '2000-01-01' }))).status).toBe(201)
    expect((await t.send('liaison', 'POST', '/api/visits', visitWith([10], { date: TEST_TODAY }))).status).toBe(201)
  })

  it('an instruction dated before 2000 or after today is refused', async () => {
    const r = await recommendationIn(t, 'submitted')
    for (const date of ['0000-01-01', '2026-07-01']) {
      expectFieldError(
        await t.send('admin', 'POST', `/api/recommendations/${r.id}/transitions`, {
          ...recommendationAction(r, 'record_instruction'),
          date,
        }),
        'date',
      )
    }
  })

  it.each(['0000-01-01', '2027-07-01'])(
    'an extension to %s is refused naming newResolveBy (a deadline lies within the working-day limit, far inside a year)',
    async newResolveBy => {
      const b = await bottleneckIn(t, 'in_progress')
      const res = await t.send('admin', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
        action: 'request_extension',
        version: b.version,
        newResolveBy,
        reason: '需要时间',
      })
      expectFieldError(res, 'newResolveBy')
    },
  )
})

describe('free text refuses controls and direction overrides, and stores LF', () => {
  it.each([
    ['NUL in a summary', { summary: 'a\u0000b' }, 'summary'],
    ['a lone surrogate in a summary', { summary: 'ok \uD83D' }, 'summary'],
    ['the right-to-left override in a participant', { participants: ['\u202Eevil'] }, 'participants.0'],
    ['a C1 control in a participant', { participants: ['a\u0085b'] }, 'participants.0'],
  ])('%s', async (_name, extra, field) => {
    expectFieldError(await t.send('liaison', 'POST', '/api/visits', visitWith([10], extra)), field)
  })

  it('a bottleneck title with U+202E and a recommendation body with an isolate are refused', async () => {
    expectFieldError(
      await t.send('admin', 'POST', '/api/bottlenecks', { ...raiseBody(t), title: 'gpj.\u202Eexe' }),
      'title',
    )
    expectFieldError(
      await t.send('admin', 'POST', '/api/recommendations', { ...draftBody(), body: 'x\u2066y' }),
      'body',
    )
  })

  it('CRLF and a lone CR are stored as LF', async () => {
    const res = await t.send('liaison', 'POST', '/api/visits', visitWith([10], { summary: '第一段\r\n第二段\r第三段' }))
    expect(res.status).toBe(201)
    expect((await t.get(`/api/visits/${res.body.id}`)).body.summary).toBe('第一段\n第二段\n第三段')
  })

  it('a playlist name, a display-link label, a user display name and a login username are cleaned too', async () => {
    const slides = [{ kind: 'overview' }]
    expectFieldError(await t.send('admin', 'POST', '/api/playlists', { name: 'lobby\u202E', slides }), 'name')
    const playlist = await t.send('admin', 'POST', '/api/playlists', { name: 'lobby', slides })
    expect(playlist.status).toBe(201)
    expectFieldError(
      await t.send('admin', 'POST', '/api/display-links', { playlistId: playlist.body.id, label: 'hall\u0000' }),
      'label',
    )
    expectFieldError(
      await t.send('admin', 'POST', '/api/admin/users', {
        username: 'newbie',
        displayName: 'New\u202Ebie',
        role: 'viewer',
        password: 'long-enough-password',
      }),
      'displayName',
    )
    expectFieldError(
      await t.send('anonymous', 'POST', '/api/auth/login', { username: 'admin\u0000', password: 'x' }),
      'username',
    )
  })
})

describe('chain targets are bounded', () => {
  it.each([
    ['visits over a million', { visits: 1_000_001 }, 'targets.0.visits'],
    ['negative bottlenecks resolved', { bottlenecksResolved: -1 }, 'targets.0.bottlenecksResolved'],
    ['a fraction of a yuan', { ordersWonCny: 1.5 }, 'targets.0.ordersWonCny'],
    ['money over 10^12 yuan', { ordersWonCny: 1e12 + 1 }, 'targets.0.ordersWonCny'],
  ])('%s is refused', async (_name, change, field) => {
    const chain = (await t.get('/api/admin/chains')).body.find((c: { id: number }) => c.id === 1)
    const target = { year: 2026, visits: 10, bottlenecksResolved: 5, ordersWonCny: 1_000_000, ...change }
    expectFieldError(
      await t.send('admin', 'PATCH', '/api/admin/chains/1', { version: chain.version, targets: [target] }),
      field,
    )
  })
})
