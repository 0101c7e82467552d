// @vitest-environment node
/**
 * The bounds of issue 10 on both implementations: an absurd amount, a date before 2000 or after
 * today, text with a control or direction character, a target beyond its bound — each refused by
 * the mock and the live server with the same 400 naming the same field, and CRLF stored as LF by
 * both. The mock validates with the same contract schemas and commands, so they agree by
 * construction; this holds them to it.
 */
import { describe, expect, it } from 'vitest'
import { apiErrorBody } from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { pairForFile } from './pair'
import type { ApiResult } from './targets'

const file = pairForFile()
const as = file.as

function visitRequest(change: Record<string, unknown>) {
  const [first] = file.pair.world.enterprises.filter(e => e.chains.some(m => m.chainId === 1))
  return {
    type: 'visit',
    date: CONTRACT_CLOCK.today,
    chainId: 1,
    enterpriseIds: [first!.id],
    participants: ['朴美善'],
    summary: '走访企业',
    outcomes: [{ type: 'order', enterpriseId: first!.id, amountCny: 250_000, description: '签订供货合同' }],
    ...change,
  }
}

function fieldsOf(res: ApiResult): string[] {
  return Object.keys(apiErrorBody.parse(res.body).error.fields ?? {})
}

describe('bounded requests, refused alike', () => {
  it.each([
    [
      'an order of 1.5e308 yuan',
      { outcomes: [{ type: 'order', enterpriseId: 0, amountCny: 1.5e308, description: 'x' }] },
      'outcomes.0.amountCny',
    ],
    [
      'an order of 1.5 yuan',
      { outcomes: [{ type: 'order', enterpriseId: 0, amountCny: 1.5, description: 'x' }] },
      'outcomes.0.amountCny',
    ],
    ['a visit dated 0000-01-01', { date: '0000-01-01' }, 'date'],
    ['a visit dated tomorrow', { date: '2026-07-01' }, 'date'],
    ['NUL in the summary', { summary: 'a\u0000b' }, 'summary'],
    ['the right-to-left override in a participant', { participants: ['\u202Eabc'] }, 'participants.0'],
    ['a lone surrogate in the summary', { summary: '\uD800' }, 'summary'],
  ])('%s', async (_name, change, field) => {
    const body = visitRequest(change)
    for (const o of body.outcomes as { enterpriseId: number }[])
      if (o.enterpriseId === 0) o.enterpriseId = body.enterpriseIds[0]!
    const res = await as('liaison', `create visit with ${field}`, c => c.post('/api/visits', body))
    expect(res.status).toBe(400)
    expect(fieldsOf(res)).toContain(field)
  })

  it('a chain target beyond 10^12 yuan, by the admin', async () => {
    const chain = (await as('admin', 'read chains', c => c.get('/api/admin/chains'))).body as {
      id: number
      version: number
    }[]
    const target = { year: 2026, visits: 10, bottlenecksResolved: 5, ordersWonCny: 1e13 }
    const res = await as('admin', 'patch targets', c =>
      c.patch(`/api/admin/chains/${chain[0]!.id}`, { version: chain[0]!.version, targets: [target] }),
    )
    expect(res.status).toBe(400)
    expect(fieldsOf(res)).toContain('targets.0.ordersWonCny')
  })

  it('CRLF in a summary is stored as LF by both', async () => {
    const res = await as('liaison', 'create visit with CRLF', c =>
      c.post('/api/visits', visitRequest({ summary: '第一段\r\n第二段' }), { 'idempotency-key': 'crlf-1' }),
    )
    expect(res.status).toBe(201)
    expect((res.body as { summary: string }).summary).toBe('第一段\n第二段')
  })
})
