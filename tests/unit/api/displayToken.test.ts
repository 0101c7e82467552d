import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onUnauthorized } from '@/api/http'
import { useDisplayToken } from '@/api/displayToken'
import { fetchChains } from '@/api/reference'
import { fakeApi, UNAUTHORIZED, type FakeApi } from '../session/fakeApi'

let api: FakeApi
const signOut = vi.fn()

beforeEach(() => {
  api = fakeApi()
  signOut.mockReset()
  onUnauthorized(signOut)
})
afterEach(() => {
  useDisplayToken(null)
  onUnauthorized(undefined)
  api.restore()
})

describe('useDisplayToken', () => {
  it('sends `Authorization: Display <token>` on every request until it is cleared', async () => {
    api.answer('GET', '/api/chains', { status: 200, body: [] })
    useDisplayToken('tok-1')
    await fetchChains()
    expect(api.calls[0]!.headers.Authorization).toBe('Display tok-1')
    useDisplayToken(null)
    await fetchChains()
    expect(api.calls[1]!.headers.Authorization).toBeUndefined()
  })

  it('turns a 401 into "revoked" for the screen instead of signing out', async () => {
    api.answer('GET', '/api/chains', UNAUTHORIZED)
    const revoked = vi.fn()
    useDisplayToken('tok-1', revoked)
    await expect(fetchChains()).rejects.toMatchObject({ status: 401 })
    expect(revoked).toHaveBeenCalledOnce()
    expect(signOut).not.toHaveBeenCalled()
  })

  it('gives a 401 back to the sign-out handler once the token is cleared', async () => {
    api.answer('GET', '/api/chains', UNAUTHORIZED)
    const revoked = vi.fn()
    useDisplayToken('tok-1', revoked)
    useDisplayToken(null)
    await expect(fetchChains()).rejects.toMatchObject({ status: 401 })
    expect(signOut).toHaveBeenCalledOnce()
    expect(revoked).not.toHaveBeenCalled()
  })
})
