import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from '@/stores/session'
import { ApiError } from '@/api/http'
import { probablySignedIn } from '@/api/sessionHint'
import { fakeApi, LIAISON, SIGNED_OUT, signedInAs, UNAUTHORIZED, type FakeApi } from './fakeApi'

let api: FakeApi
beforeEach(() => {
  setActivePinia(createPinia())
  api = fakeApi()
})
afterEach(() => api.restore())

describe('session store', () => {
  it('asks the server who is signed in once, however many pages ask', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    const session = useSessionStore()
    await Promise.all([session.ensureReady(), session.ensureReady()])
    await session.ensureReady()
    expect(session.user?.username).toBe('liaison')
    expect(session.ready).toBe(true)
    expect(api.calls.filter(c => c.url === '/api/auth/me')).toHaveLength(1)
  })

  it('is ready and signed out when the server says nobody is signed in', async () => {
    api.answer('GET', '/api/auth/me', SIGNED_OUT)
    const session = useSessionStore()
    await session.ensureReady()
    expect(session.user).toBeNull()
    expect(session.ready).toBe(true)
  })

  it('keeps the prefetch hint in step with who the server says is signed in', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    const session = useSessionStore()
    await session.refresh()
    expect(probablySignedIn()).toBe(true)
    api.answer('GET', '/api/auth/me', SIGNED_OUT)
    await session.refresh()
    expect(probablySignedIn()).toBe(false)
  })

  it('treats an unreachable server as signed out rather than hanging', async () => {
    api.answer('GET', '/api/auth/me', 'network-down')
    const session = useSessionStore()
    await session.ensureReady()
    expect(session.user).toBeNull()
    expect(session.ready).toBe(true)
  })

  it('signs in with the credentials and keeps the user the server returns', async () => {
    api.answer('POST', '/api/auth/login', { status: 200, body: LIAISON })
    const session = useSessionStore()
    await session.signIn('liaison', 'chain-demo')
    expect(JSON.parse(api.calls[0]!.data as string)).toEqual({ username: 'liaison', password: 'chain-demo' })
    expect(session.user?.role).toBe('liaison')
    expect(session.hasRole('leader', 'liaison')).toBe(true)
    expect(session.hasRole('admin')).toBe(false)
  })

  it('rethrows a refused sign-in with the wait of a 429', async () => {
    api.answer('POST', '/api/auth/login', {
      status: 429,
      body: { error: { code: 'rate_limited', message: 'too many' } },
      headers: { 'retry-after': '540' },
    })
    const session = useSessionStore()
    const err = await session.signIn('liaison', 'wrong').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect((err as ApiError).status).toBe(429)
    expect((err as ApiError).retryAfterSeconds).toBe(540)
    expect(session.user).toBeNull()
  })

  it('signs out locally even when the server cannot be reached', async () => {
    api.answer('POST', '/api/auth/login', { status: 200, body: LIAISON })
    api.answer('POST', '/api/auth/logout', 'network-down')
    const session = useSessionStore()
    await session.signIn('liaison', 'chain-demo')
    await session.signOut()
    expect(session.user).toBeNull()
  })

  it('ignores a late "who am I" answer once a sign-in has settled who it is', async () => {
    let release!: () => void
    api.answer('GET', '/api/auth/me', {
      ...(UNAUTHORIZED as object),
      status: 401,
      after: new Promise<void>(r => {
        release = r
      }),
    })
    api.answer('POST', '/api/auth/login', { status: 200, body: LIAISON })
    const session = useSessionStore()
    const asking = session.refresh()
    await session.signIn('liaison', 'chain-demo')
    release()
    await asking
    expect(session.user?.username).toBe('liaison')
  })
})
