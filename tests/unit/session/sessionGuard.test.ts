import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { getJson } from '@/api/http'
import { fetchMe, login } from '@/api/auth'
import { installSessionGuard, installUnauthorizedHandler } from '@/router'
import { useSessionStore } from '@/stores/session'
import { redirectTarget } from '@/components/auth/redirectTarget'
import { z } from 'zod'
import { fakeApi, LIAISON, SIGNED_OUT, signedInAs, UNAUTHORIZED, type FakeApi } from './fakeApi'

const page = { render: () => null }

function testRouter(): Router {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: page },
      { path: '/login', name: 'login', component: page, meta: { public: true } },
      { path: '/visits', name: 'visits', component: page },
      { path: '/visits/new', name: 'visit-new', component: page, meta: { roles: ['admin', 'leader', 'liaison'] } },
      { path: '/forbidden', name: 'forbidden', component: page },
    ],
  })
  installSessionGuard(router)
  installUnauthorizedHandler(router)
  return router
}

let api: FakeApi
beforeEach(() => {
  setActivePinia(createPinia())
  api = fakeApi()
})
afterEach(() => api.restore())

describe('session guard', () => {
  it('sends a signed-out reader to sign in, remembering the page', async () => {
    api.answer('GET', '/api/auth/me', SIGNED_OUT)
    const router = testRouter()
    await router.push('/visits?chain=2')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/visits?chain=2')
  })

  it('lets a signed-in user through and asks the server only once', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    const router = testRouter()
    await router.push('/visits')
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('overview')
    expect(api.calls.filter(c => c.url === '/api/auth/me')).toHaveLength(1)
  })

  it('sends a role the page does not admit to the forbidden page', async () => {
    api.answer('GET', '/api/auth/me', signedInAs({ ...LIAISON, role: 'viewer', chainIds: [] }))
    const router = testRouter()
    await router.push('/visits/new')
    expect(router.currentRoute.value.name).toBe('forbidden')
    expect(router.currentRoute.value.query.from).toBe('/visits/new')
  })

  it('moves a signed-in user past the sign-in page to where they were going', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    const router = testRouter()
    await router.push('/login?redirect=/visits/new')
    expect(router.currentRoute.value.fullPath).toBe('/visits/new')
  })
})

describe('a 401 from the API', () => {
  it('signs the user out and sends them to sign in, keeping where they were', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    api.answer('GET', '/api/visits', UNAUTHORIZED)
    const router = testRouter()
    await router.push('/visits?page=2')
    await getJson('/api/visits', z.unknown()).catch(() => undefined)
    await new Promise(r => setTimeout(r, 0))
    expect(useSessionStore().user).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/visits?page=2')
  })

  it('on the sign-in page itself only forgets the user: no redirect loop', async () => {
    api.answer('GET', '/api/auth/me', SIGNED_OUT)
    api.answer('GET', '/api/chains', UNAUTHORIZED)
    const router = testRouter()
    await router.push('/login?redirect=/visits')
    await getJson('/api/chains', z.unknown()).catch(() => undefined)
    await new Promise(r => setTimeout(r, 0))
    expect(router.currentRoute.value.fullPath).toBe('/login?redirect=/visits')
  })

  it('is an answer, not an expiry, from sign-in and "who am I"', async () => {
    api.answer('GET', '/api/auth/me', signedInAs(LIAISON))
    const router = testRouter()
    await router.push('/visits')
    api.answer('POST', '/api/auth/login', UNAUTHORIZED)
    api.answer('GET', '/api/auth/me', UNAUTHORIZED)
    await login({ username: 'x', password: 'y' }).catch(() => undefined)
    await fetchMe().catch(() => undefined)
    await new Promise(r => setTimeout(r, 0))
    expect(router.currentRoute.value.name).toBe('visits')
    expect(useSessionStore().user?.username).toBe('liaison')
  })
})

describe('redirectTarget', () => {
  it('keeps paths inside the app and refuses everything else', () => {
    expect(redirectTarget('/visits/new?x=1')).toBe('/visits/new?x=1')
    expect(redirectTarget(['/bottlenecks'])).toBe('/bottlenecks')
    for (const bad of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/login?redirect=/x',
      'visits',
      undefined,
      42,
    ])
      expect(redirectTarget(bad)).toBe('/')
  })
})
