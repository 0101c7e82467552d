/**
 * Nothing works until the programme has a chain (issue 11 §3): while "who am I" says `notSetUp`,
 * the guard sends an admin to the set-up page (admin screens and their account stay open) and
 * everyone else to the "not set up yet" page; once set up, that page leads home.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { installSessionGuard } from '@/router'
import { adminRoutes } from '@/router/adminRoutes'
import { useSessionStore } from '@/stores/session'
import { fakeApi, LIAISON, type FakeApi } from './fakeApi'

const page = { render: () => null }
const ADMIN = { ...LIAISON, id: 1, username: 'admin', role: 'admin' as const, chainIds: [] }

function testRouter(): Router {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: page },
      { path: '/login', name: 'login', component: page, meta: { public: true } },
      { path: '/visits', name: 'visits', component: page },
      { path: '/account', name: 'account', component: page },
      { path: '/not-set-up', name: 'not-set-up', component: page },
      {
        path: '/admin',
        name: 'admin',
        component: page,
        redirect: adminRoutes[0]!.redirect,
        children: [
          { path: 'setup', name: 'admin-setup', component: page },
          { path: 'departments', name: 'admin-departments', component: page },
        ],
      },
    ],
  })
  installSessionGuard(router)
  return router
}

let api: FakeApi
beforeEach(() => {
  setActivePinia(createPinia())
  api = fakeApi()
})
afterEach(() => api.restore())

const notSetUp = (user: object) => ({ status: 200, body: { user, notSetUp: true } })

describe('before the programme is set up', () => {
  it('sends the admin from any page to the set-up, and lets them use the admin screens and their account', async () => {
    api.answer('GET', '/api/auth/me', notSetUp(ADMIN))
    const router = testRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('admin-setup')
    await router.push('/visits')
    expect(router.currentRoute.value.name).toBe('admin-setup')
    await router.push('/admin/departments')
    expect(router.currentRoute.value.name).toBe('admin-departments')
    await router.push('/admin')
    expect(router.currentRoute.value.name).toBe('admin-setup')
    await router.push('/account')
    expect(router.currentRoute.value.name).toBe('account')
    await router.push('/not-set-up')
    expect(router.currentRoute.value.name).toBe('admin-setup')
  })

  it('sends everyone else to the "not set up yet" page, their account still open', async () => {
    api.answer('GET', '/api/auth/me', notSetUp(LIAISON))
    const router = testRouter()
    await router.push('/visits')
    expect(router.currentRoute.value.name).toBe('not-set-up')
    await router.push('/admin/setup')
    expect(router.currentRoute.value.name).toBe('not-set-up')
    await router.push('/account')
    expect(router.currentRoute.value.name).toBe('account')
  })

  it('opens the app once the first chain exists, and the "not set up" page then leads home', async () => {
    api.answer('GET', '/api/auth/me', notSetUp(ADMIN))
    const router = testRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('admin-setup')
    useSessionStore().markSetUp()
    await router.push('/visits')
    expect(router.currentRoute.value.name).toBe('visits')
    await router.push('/not-set-up')
    expect(router.currentRoute.value.name).toBe('overview')
  })

  it('takes the mark from the sign-in answer too', async () => {
    api.answer('POST', '/api/auth/login', { status: 200, body: { ...LIAISON, notSetUp: true } })
    const session = useSessionStore()
    await session.signIn('liaison', 'secret-password')
    expect(session.notSetUp).toBe(true)
    api.answer('POST', '/api/auth/login', { status: 200, body: LIAISON })
    await session.signIn('liaison', 'secret-password')
    expect(session.notSetUp).toBe(false)
  })
})
