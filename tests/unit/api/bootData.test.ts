/**
 * The SPA takes what the page's HTML carried (src/api/bootData.ts) instead of asking: who is
 * signed in, the reference lists, the Overview for the same parameters — each once, each only
 * when it passes its route's schema; anything else goes to the API as before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bootJson, type BootData } from '#contract'
import { overviewFixture } from '../../component/overview/fixtures'
import type { FakeApi } from '../session/fakeApi'

const USER = {
  id: 3,
  username: 'liaison',
  displayName: '金联络',
  role: 'liaison',
  chainIds: [1, 2],
  departmentId: null,
}
const CHAINS_URL = '/api/chains'

/** Puts a boot element with `text` in the page and loads the API modules afresh (they read it once). */
async function pageCarrying(text: string) {
  document.getElementById('boot')?.remove()
  const element = document.createElement('script')
  element.type = 'application/json'
  element.id = 'boot'
  element.textContent = text
  document.body.append(element)
  vi.resetModules()
  const { fakeApi } = await import('../session/fakeApi')
  api = fakeApi()
  const { createPinia, setActivePinia } = await import('pinia')
  setActivePinia(createPinia())
  return {
    session: (await import('@/stores/session')).useSessionStore,
    reference: await import('@/api/reference'),
    overview: await import('@/api/overview'),
    config: await import('@/config'),
    prefetch: await import('@/api/overviewPrefetch'),
    preload: await import('@/boot/preloadModules'),
    sessionHint: await import('@/api/sessionHint'),
  }
}

let api: FakeApi | undefined
beforeEach(() => {
  api = undefined
})
afterEach(() => {
  api?.restore()
  document.getElementById('boot')?.remove()
  vi.unstubAllGlobals()
})

const requested = (url: string) => api!.calls.filter(c => c.url === url).length

describe('what the page carried', () => {
  it('answers who is signed in without a request, once; the next call asks the server', async () => {
    const { session } = await pageCarrying(bootJson({ me: { user: USER as never } }))
    api!.answer('GET', '/api/auth/me', { status: 200, body: { user: null } })
    const store = session()
    await store.ensureReady()
    expect(store.user?.username).toBe('liaison')
    expect(requested('/api/auth/me')).toBe(0)
    await store.refresh()
    expect(store.user).toBeNull()
    expect(requested('/api/auth/me')).toBe(1)
  })

  it('answers the reference lists from the page, and asks for a list it does not carry', async () => {
    const { reference } = await pageCarrying(bootJson({ counties: [], departments: [] }))
    api!.answer('GET', CHAINS_URL, { status: 200, body: [] })
    expect(await reference.fetchCounties()).toEqual([])
    expect(await reference.fetchChains()).toEqual([])
    expect(requested('/api/counties')).toBe(0)
    expect(requested(CHAINS_URL)).toBe(1)
  })

  it('asks the server when a carried part does not pass its schema', async () => {
    const { session } = await pageCarrying(JSON.stringify({ me: { user: { id: 'not a user' } } }))
    api!.answer('GET', '/api/auth/me', { status: 200, body: { user: null } })
    const store = session()
    await store.ensureReady()
    expect(store.user).toBeNull()
    expect(requested('/api/auth/me')).toBe(1)
  })

  it('asks the server when the element holds broken JSON', async () => {
    const { session } = await pageCarrying('{"me": {"user"')
    api!.answer('GET', '/api/auth/me', { status: 200, body: { user: null } })
    await session().ensureReady()
    expect(requested('/api/auth/me')).toBe(1)
  })

  it('answers the Overview from the page only for the parameters it was asked for, and never for a masked stage', async () => {
    const query = { from: '2026-01-01', to: '2026-06-30', chainId: 2 }
    const boot: BootData = { overview: { query, body: overviewFixture() } }
    let modules = await pageCarrying(bootJson(boot))
    const carried = await modules.overview.fetchOverview({ chainId: 2, to: '2026-06-30', from: '2026-01-01' })
    expect(carried).toEqual(overviewFixture())
    expect(requested('/api/overview')).toBe(0)

    modules = await pageCarrying(bootJson(boot))
    api!.answer('GET', '/api/overview', { status: 200, body: overviewFixture() })
    await modules.overview.fetchOverview({ ...query, chainId: 3 })
    expect(requested('/api/overview'), 'other parameters').toBe(1)

    modules = await pageCarrying(bootJson(boot))
    api!.answer('GET', '/api/overview', { status: 200, body: overviewFixture() })
    await modules.overview.fetchOverview(query, { masked: true })
    expect(requested('/api/overview'), 'a masked stage').toBe(1)
  })

  it('is the runtime config: live on this origin, without fetching config.json, and no prefetch is sent', async () => {
    const { config, prefetch, sessionHint } = await pageCarrying(bootJson({ me: { user: USER as never } }))
    const fetch = vi.fn(async () => new Response('{}'))
    vi.stubGlobal('fetch', fetch)
    sessionHint.rememberSignedIn(true)
    expect(await config.loadConfig(fetch)).toEqual({ apiMode: 'live', apiBaseUrl: '' })
    prefetch.prefetchOverview()
    expect(fetch).not.toHaveBeenCalled()
    sessionHint.rememberSignedIn(false)
  })

  it("preloads the built files it lists, and nothing that is not one of this origin's", async () => {
    const modules = ['/assets/OverviewView-1.js', 'https://elsewhere.example/x.js', '/assets/../x.js', '/assets/a.css']
    const { preload } = await pageCarrying(JSON.stringify({ modules }))
    preload.preloadCarriedModules()
    const links = [...document.querySelectorAll('link[rel="modulepreload"]')].map(l => l.getAttribute('href'))
    expect(links).toEqual(['/assets/OverviewView-1.js'])
    document.querySelectorAll('link[rel="modulepreload"]').forEach(l => l.remove())
  })
})
