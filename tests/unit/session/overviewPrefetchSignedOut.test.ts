import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchOverview, takePrefetchedOverview } from '@/api/overviewPrefetch'
import { probablySignedIn, rememberSignedIn } from '@/api/sessionHint'

afterEach(() => {
  rememberSignedIn(false)
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('overview prefetch when signed out', () => {
  it('asks for no data when this browser was not signed in (no 401 on the way to sign-in)', () => {
    window.history.replaceState(null, '', '/?period=custom&from=2026-01-01&to=2026-06-30')
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    prefetchOverview()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('hands over nothing after a 401 when the hint was stale, so the Overview takes the normal (guarded) path', async () => {
    rememberSignedIn(true)
    window.history.replaceState(null, '', '/?period=custom&from=2026-01-01&to=2026-06-30')
    const body = vi.fn()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({ status: 401, ok: false, json: body })),
    )
    prefetchOverview()
    expect(await takePrefetchedOverview({ from: '2026-01-01', to: '2026-06-30' }, true)).toBeUndefined()
    expect(body).not.toHaveBeenCalled()
  })

  it('keeps the hint only while someone is signed in', () => {
    rememberSignedIn(true)
    expect(probablySignedIn()).toBe(true)
    rememberSignedIn(false)
    expect(probablySignedIn()).toBe(false)
  })
})
