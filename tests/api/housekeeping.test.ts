// @vitest-environment node
/**
 * The sweep forgets what no one can use any more — expired sessions, idempotent answers older than
 * the keep period — and keeps everything still live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaInstant } from '#contract'
import { insertSession } from '../../server/repositories/sessions'
import { storeIdempotentResponse } from '../../server/repositories/idempotency'
import { IDEMPOTENCY_KEEP_MS, sweepExpired } from '../../server/services/housekeeping'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

const NOW = new Date('2026-06-30T02:00:00.000Z')
const DAY = 86_400_000
let t: TestApp

beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('the housekeeping sweep', () => {
  it('deletes expired sessions and old idempotent answers, keeping live ones', async () => {
    const userId = (await t.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    await insertSession(
      t.db,
      'expired',
      userId,
      new Date(NOW.getTime() - 9 * DAY).toISOString(),
      new Date(NOW.getTime() - DAY).toISOString(),
    )
    await insertSession(
      t.db,
      'live',
      userId,
      new Date(NOW.getTime() - DAY).toISOString(),
      new Date(NOW.getTime() + DAY).toISOString(),
    )
    const stamp = (ms: number) => chinaInstant(new Date(NOW.getTime() - ms))
    await storeIdempotentResponse(
      t.db,
      { userId, route: 'POST /api/visits', key: 'old' },
      'hash',
      { status: 201, body: {} },
      stamp(IDEMPOTENCY_KEEP_MS + DAY),
    )
    await storeIdempotentResponse(
      t.db,
      { userId, route: 'POST /api/visits', key: 'recent' },
      'hash',
      { status: 201, body: {} },
      stamp(IDEMPOTENCY_KEEP_MS - DAY),
    )

    const swept = await sweepExpired(t.db, NOW, NOW)

    expect(swept).toEqual({ sessions: 1, idempotencyKeys: 1 })
    const sessions = (
      await t.db.selectFrom('sessions').select('id').where('id', 'in', ['expired', 'live']).execute()
    ).map(s => s.id)
    expect(sessions).toEqual(['live'])
    const keys = (
      await t.db.selectFrom('idempotency_keys').select('key').where('key', 'in', ['old', 'recent']).execute()
    ).map(k => k.key)
    expect(keys).toEqual(['recent'])
  })

  it('a session still signed in keeps answering after the sweep', async () => {
    await sweepExpired(t.db, new Date(), new Date())
    expect((await t.get('/api/auth/me')).body.user).not.toBeNull()
  })
})
