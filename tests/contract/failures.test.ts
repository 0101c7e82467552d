// @vitest-environment node
/**
 * The failures spelled once in contract/ (errors.ts, writes.ts, displayAccess.ts): an unknown id,
 * no session, a bad or reused Idempotency-Key, a dead display token. Each answers alike on both
 * sides, and exactly as the contract's builder spells it.
 */
import { describe, expect, it } from 'vitest'
import {
  displayLinkInvalidFailure,
  failureBody,
  idempotencyKeyReusedFailure,
  notFoundFailure,
  notSignedInFailure,
  type ApiFailure,
} from '#contract'
import { alike, pairForFile } from './pair'
import type { ApiResult, ApiTarget } from './targets'

const file = pairForFile()
const as = file.as

/** The answer is the failure, status and body. */
function expectFailure(res: ApiResult, failure: ApiFailure): void {
  expect({ status: res.status, body: res.body }).toEqual({ status: failure.status, body: failureBody(failure) })
}

describe('failures spelled in the contract', () => {
  it('an unknown id is 404 "<what> <id> not found" on reads and writes', async () => {
    const reads: [string, string, string][] = [
      ['viewer', '/api/chains/999', 'chain'],
      ['viewer', '/api/enterprises/99999', 'enterprise'],
      ['admin', '/api/visits/99999', 'visit'],
      ['admin', '/api/bottlenecks/99999', 'bottleneck'],
      ['admin', '/api/recommendations/99999', 'recommendation'],
      ['admin', '/api/admin/users/999', 'user'],
      ['admin', '/api/admin/enterprises/99999', 'enterprise'],
      ['leader', '/api/playlists/99', 'playlist'],
    ]
    for (const [username, path, what] of reads) {
      const res = await as(username, `GET ${path}`, c => c.get(path))
      expectFailure(res, notFoundFailure(what, path.split('/').at(-1)!))
    }
    expectFailure(
      await as('admin', 'revoke unknown link', c => c.post('/api/display-links/99/revoke')),
      notFoundFailure('display link', 99),
    )
    expectFailure(
      await as('admin', 'reissue unknown link', c => c.post('/api/display-links/99/reissue')),
      notFoundFailure('display link', 99),
    )
  })

  it('no session is 401 "not signed in"; an unknown display token is 401 too', async () => {
    const anonymous = (what: string, headers?: Record<string, string>) =>
      alike(what, file.pair.mock.anonymous, file.pair.live.anonymous, c => c.get('/api/visits', headers))
    expectFailure(await anonymous('no session'), notSignedInFailure())
    expectFailure(await anonymous('dead token', { authorization: 'Display nope' }), displayLinkInvalidFailure())
  })

  it('an Idempotency-Key over 200 characters is 400 naming the header on every create', async () => {
    const key = { 'idempotency-key': 'k'.repeat(201) }
    const playlist = { name: '键', slides: [{ kind: 'overview' }] }
    for (const [path, body] of [
      ['/api/playlists', playlist],
      ['/api/display-links', { playlistId: 1, label: 'x' }],
    ] as const) {
      const res = await as('admin', `long key ${path}`, c => c.post(path, body, key))
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({
        error: { code: 'validation_failed', message: 'invalid Idempotency-Key header' },
      })
      expect(Object.keys((res.body as { error: { fields: object } }).error.fields)).toEqual(['Idempotency-Key'])
    }
  })

  it('a reused Idempotency-Key with another body is 409 on a display link too', async () => {
    const saved = await as('admin', 'save playlist', c =>
      c.post('/api/playlists', { name: '键', slides: [{ kind: 'overview' }] }),
    )
    const playlistId = (saved.body as { id: number }).id
    const headers = { 'idempotency-key': 'failures-link' }
    const send = (label: string) => async (target: ApiTarget) =>
      (await target.as('admin')).post('/api/display-links', { playlistId, label }, headers)
    const first = [await send('一')(file.pair.mock), await send('一')(file.pair.live)]
    expect(first.map(r => r.status)).toEqual([201, 201])
    const again = [await send('二')(file.pair.mock), await send('二')(file.pair.live)]
    for (const res of again) expectFailure(res, idempotencyKeyReusedFailure())
  })
})
