// @vitest-environment node
/**
 * An overlay saved under an older schema version (issue 10: before the bounds, it may hold an
 * amount of 1.5e308) is dropped, removed from storage and reported — never replayed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateWorld } from '../../../mock/generate'
import { OVERLAY_VERSION, overlayOf } from '../../../mock/persist/overlay'
import { createPersistentMockApi } from '../../../mock/persist/persistentApi'
import { loadOverlay, OVERLAY_KEY, saveOverlay, type OverlayStorage } from '../../../mock/persist/storage'
import { createMockState } from '../../../mock/api/state'

const TODAY = '2026-06-30'

function memoryStorage(): OverlayStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: k => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
    removeItem: k => {
      data.delete(k)
    },
  }
}

/** An overlay as version 1 saved it: a visit changed to carry an absurd amount. */
function olderOverlay(): string {
  const world = generateWorld({ seed: 1, anchorDate: TODAY })
  const state = createMockState(world, { today: TODAY })
  const visit = world.visits[0]!
  visit.outcomes = [
    { id: 999_999, type: 'order', enterpriseId: visit.enterpriseIds[0]!, amountCny: 1.5e308, description: 'absurd' },
  ]
  state.touched.visits.add(visit.id)
  return JSON.stringify({ ...overlayOf(state), version: 1 })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('an overlay of an older schema version', () => {
  it('is dropped, removed from storage and reported', () => {
    const storage = memoryStorage()
    storage.setItem(OVERLAY_KEY, olderOverlay())
    const warn = vi.fn()
    expect(loadOverlay(storage, warn)).toBeNull()
    expect(storage.data.has(OVERLAY_KEY)).toBe(false)
    expect(warn).toHaveBeenCalledOnce()
    expect(warn.mock.calls[0]![0]).toMatch(/overlay version 1 were dropped/)
  })

  it('never reaches the mock: the world is the generated one, and the console says why', () => {
    const storage = memoryStorage()
    storage.setItem(OVERLAY_KEY, olderOverlay())
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const generated = generateWorld({ seed: 1, anchorDate: TODAY })
    const api = createPersistentMockApi({
      storage,
      generate: anchorDate => generateWorld({ seed: 1, anchorDate: anchorDate ?? TODAY }),
      today: TODAY,
    })
    const signIn = api.handle({
      method: 'POST',
      path: '/api/auth/login',
      query: new URLSearchParams(),
      body: { username: 'admin', password: 'chain-demo' },
      cookies: {},
      headers: {},
    })
    const cookie = /^chain_session=([^;]+)/.exec(signIn.headers!['set-cookie']!)![1]!
    const visit = api.handle({
      method: 'GET',
      path: `/api/visits/${generated.visits[0]!.id}`,
      query: new URLSearchParams(),
      body: undefined,
      cookies: { chain_session: cookie },
      headers: {},
    })
    expect(visit.body).toMatchObject({ outcomes: generated.visits[0]!.outcomes })
    expect(warn).toHaveBeenCalledOnce()
  })

  it('while an overlay of this version is kept without a word', () => {
    const storage = memoryStorage()
    const state = createMockState(generateWorld({ seed: 1, anchorDate: TODAY }), { today: TODAY })
    saveOverlay(storage, overlayOf(state))
    const warn = vi.fn()
    expect(loadOverlay(storage, warn)).toMatchObject({ version: OVERLAY_VERSION })
    expect(warn).not.toHaveBeenCalled()
  })
})
