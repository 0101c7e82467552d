import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefetchOverview, takePrefetchedOverview } from '@/api/overviewPrefetch'

afterEach(() => {
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('overview prefetch when signed out', () => {
  it('hands over nothing after a 401, so the Overview takes the normal (guarded) path', async () => {
    window.history.replaceState(null, '', '/?period=custom&from=2026-01-01&to=2026-06-30')
    const body = vi.fn()
    vi.stubGlobal('fetch', vi.fn(async () => ({ status: 401, ok: false, json: body })))
    prefetchOverview()
    expect(await takePrefetchedOverview({ from: '2026-01-01', to: '2026-06-30' }, true)).toBeUndefined()
    expect(body).not.toHaveBeenCalled()
  })
})
