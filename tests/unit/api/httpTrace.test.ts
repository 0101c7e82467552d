// @vitest-environment happy-dom
/**
 * What the one axios instance adds for the server's boundaries (issue 10): the request id of a
 * failure reaches the ApiError the screens show, and while background refresh is on every request
 * says so (`X-Background: 1`), so it does not keep the session from idling out.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, http, setBackgroundRefresh } from '@/api/http'
import { fakeApi, type FakeApi } from '../session/fakeApi'

let api: FakeApi | undefined
afterEach(() => {
  setBackgroundRefresh(false)
  api?.restore()
})

describe('the request id of a failure', () => {
  it('is kept on the ApiError', async () => {
    api = fakeApi()
    api.answer('GET', '/api/chains', {
      status: 500,
      body: { error: { code: 'internal', message: 'internal server error', requestId: '0a1b2c3d4e5f' } },
    })
    const err = await http.get('/api/chains').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).requestId).toBe('0a1b2c3d4e5f')
  })
})

describe('background refreshes', () => {
  it('carry X-Background: 1 only while background refresh is on', async () => {
    api = fakeApi()
    api.answer('GET', '/api/overview', { status: 200, body: {} })
    await http.get('/api/overview')
    setBackgroundRefresh(true)
    await http.get('/api/overview')
    setBackgroundRefresh(false)
    await http.get('/api/overview')
    expect(api.calls.map(c => c.headers.get('X-Background') ?? null)).toEqual([null, '1', null])
  })
})
