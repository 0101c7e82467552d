import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paramsKey, prefetchOverview, takePrefetchedOverview } from '@/api/overviewPrefetch'
import { rememberSignedIn } from '@/api/sessionHint'

// These cases are about a signed-in browser; a signed-out one is in session/overviewPrefetchSignedOut.
beforeEach(() => rememberSignedIn(true))
afterEach(() => {
  rememberSignedIn(false)
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

function stubFetch(body: unknown) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('overview prefetch', () => {
  it('keys parameter sets whatever their order, ignoring absent values', () => {
    expect(paramsKey({ from: '2026-01-01', to: '2026-06-30', chainId: 2 })).toBe(
      paramsKey({ chainId: 2, to: '2026-06-30', from: '2026-01-01', county: undefined }),
    )
    expect(paramsKey({ from: '2026-01-01', to: '2026-06-30', chainId: 2 })).not.toBe(
      paramsKey({ from: '2026-01-01', to: '2026-06-30', chainId: 3 }),
    )
  })

  it('requests the overview for the filters in the address bar and hands it over once', async () => {
    window.history.replaceState(null, '', '/?chain=2&period=custom&from=2026-01-01&to=2026-06-30')
    const fetch = stubFetch({ total: { visits: 7 } })
    prefetchOverview()
    expect(String(fetch.mock.calls[0]![0 as never])).toContain('chainId=2')
    const params = { from: '2026-01-01', to: '2026-06-30', chainId: 2 }
    expect((await takePrefetchedOverview(params, true))?.body).toEqual({ total: { visits: 7 } })
    expect(await takePrefetchedOverview(params, true)).toBeUndefined()
  })

  it('drops the prefetch when the Overview asks for other parameters or talks to another API', async () => {
    window.history.replaceState(null, '', '/?period=custom&from=2026-01-01&to=2026-06-30')
    stubFetch({})
    prefetchOverview()
    expect(await takePrefetchedOverview({ from: '2026-01-01', to: '2026-06-30', chainId: 1 }, true)).toBeUndefined()
    prefetchOverview()
    expect(await takePrefetchedOverview({ from: '2026-01-01', to: '2026-06-30' }, false)).toBeUndefined()
  })

  it('does not fetch on pages other than the Overview', () => {
    window.history.replaceState(null, '', '/visits')
    const fetch = stubFetch({})
    prefetchOverview()
    expect(fetch).not.toHaveBeenCalled()
  })
})
