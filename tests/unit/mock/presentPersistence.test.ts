// @vitest-environment node
/**
 * Presentation mode in mock mode survives a reload: saved playlists keep their versions, display
 * links keep working (and revoked ones stay revoked), and an overlay saved before presentation
 * mode existed still loads.
 */
import { describe, expect, it } from 'vitest'
import type { DisplayLinkCreated, Playlist } from '#contract'
import { generateWorld } from '../../../mock/generate'
import { createPersistentMockApi } from '../../../mock/persist/persistentApi'
import { OVERLAY_KEY, type OverlayStorage } from '../../../mock/persist/storage'
import type { MockApi } from '../../../mock/api/dispatch'
import type { MockRequest } from '../../../mock/api/exchange'

const TODAY = '2026-06-30'

function memoryStorage(): OverlayStorage {
  const data = new Map<string, string>()
  return {
    getItem: k => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
    removeItem: k => {
      data.delete(k)
    },
  }
}

function load(storage: OverlayStorage): MockApi {
  return createPersistentMockApi({
    storage,
    generate: anchorDate => generateWorld({ seed: 1, anchorDate: anchorDate ?? TODAY }),
    today: TODAY,
    now: () => new Date(`${TODAY}T02:00:00Z`),
  })
}

interface Caller {
  session?: string
  display?: string
}

function call(api: MockApi, who: Caller, method: string, path: string, body?: unknown) {
  const [pathname, search] = path.split('?')
  const req: MockRequest = {
    method,
    path: pathname!,
    query: new URLSearchParams(search),
    body,
    cookies: who.session ? { chain_session: who.session } : {},
    headers: who.display ? { authorization: `Display ${who.display}` } : {},
  }
  return api.handle(req)
}

function signIn(api: MockApi, username: string): string {
  const res = call(api, {}, 'POST', '/api/auth/login', { username, password: 'chain-demo' })
  return /^chain_session=([^;]+)/.exec(res.headers?.['set-cookie'] ?? '')![1]!
}

describe('presentation mode in mock mode', () => {
  it('keeps playlists and display links across a reload', () => {
    const storage = memoryStorage()
    const first = load(storage)
    const leader = { session: signIn(first, 'leader') }
    const saved = call(first, leader, 'POST', '/api/playlists', { name: '周例会', slides: [{ kind: 'overview' }] })
      .body as Playlist
    const edited = call(first, leader, 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: { name: '月度会议', slides: [{ kind: 'map' }] },
    }).body as Playlist
    const kept = call(first, leader, 'POST', '/api/display-links', { playlistId: saved.id, label: '大厅' })
      .body as DisplayLinkCreated
    const revoked = call(first, leader, 'POST', '/api/display-links', { playlistId: saved.id, label: '走廊' })
      .body as DisplayLinkCreated
    expect(call(first, leader, 'POST', `/api/display-links/${revoked.id}/revoke`).status).toBe(200)

    const second = load(storage)
    const again = { session: signIn(second, 'viewer') }
    expect(call(second, again, 'GET', `/api/playlists/${saved.id}`).body).toEqual(edited)
    expect(call(second, { display: kept.token }, 'GET', '/api/display').body).toEqual({ ...edited, linkLabel: '大厅' })
    expect(call(second, { display: revoked.token }, 'GET', '/api/display').status).toBe(401)
    const next = call(second, leader, 'POST', '/api/playlists', { name: 'next', slides: [{ kind: 'board' }] })
    expect((next.body as Playlist).id).toBe(saved.id + 1)
  })

  it('loads an overlay saved before presentation mode existed', () => {
    const storage = memoryStorage()
    const first = load(storage)
    const leader = { session: signIn(first, 'leader') }
    call(first, leader, 'POST', '/api/playlists', { name: '周例会', slides: [{ kind: 'overview' }] })
    const old = JSON.parse(storage.getItem(OVERLAY_KEY)!) as Record<string, unknown>
    expect(old.present).toBeDefined()
    delete old.present
    storage.setItem(OVERLAY_KEY, JSON.stringify(old))
    const second = load(storage)
    const viewer = { session: signIn(second, 'viewer') }
    expect(call(second, viewer, 'GET', '/api/playlists').body).toEqual({ items: [] })
  })
})
