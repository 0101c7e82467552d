// @vitest-environment node
/**
 * Presentation mode's API on both implementations over the same world and pinned clock: playlists
 * and display links answer with the same status and body for the same steps, errors included. A
 * display link's token is random, so each side presents its own and the rest is compared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  apiErrorBody,
  displayLinkCreated,
  playlist,
  type DisplayLinkCreated,
  type Playlist,
  type World,
} from '#contract'
import { DEMO_PASSWORD } from '../../mock/api/auth/accounts'
import { alike, freshPair } from './pair'
import type { ApiClient, ApiResult, ApiTarget } from './targets'

interface Pair {
  mock: ApiTarget
  live: ApiTarget
  world: World
  close: () => Promise<void>
}

let pair: Pair
beforeAll(async () => {
  pair = await freshPair()
  // A second leader, who owns nothing the suite saves.
  const other = { username: 'leader2', displayName: '第二链长', role: 'leader', chainIds: [2], password: DEMO_PASSWORD }
  for (const target of [pair.mock, pair.live]) {
    const res = await (await target.as('admin')).post('/api/admin/users', other)
    if (res.status !== 201) throw new Error(`${target.name}: creating leader2 answered ${res.status}`)
  }
})
afterAll(async () => pair.close())

async function as(username: string, what: string, step: (c: ApiClient) => Promise<ApiResult>): Promise<ApiResult> {
  return alike(`${username}: ${what}`, await pair.mock.as(username), await pair.live.as(username), step)
}

/** Each side with its own display token, no session; both answers must match. */
async function asDisplay(
  tokens: { mock: string; live: string },
  what: string,
  step: (c: ApiClient, headers: Record<string, string>) => Promise<ApiResult>,
): Promise<ApiResult> {
  const m = await step(pair.mock.anonymous, { authorization: `Display ${tokens.mock}` })
  const l = await step(pair.live.anonymous, { authorization: `Display ${tokens.live}` })
  expect
    .soft({ status: l.status, body: l.body }, `display: ${what}: live vs mock`)
    .toEqual({ status: m.status, body: m.body })
  return m
}

/** Issues a display link on both sides; the answers must match but for the token. */
async function issueBoth(
  username: string,
  playlistId: number,
  label: string,
): Promise<{ mock: DisplayLinkCreated; live: DisplayLinkCreated }> {
  const send = async (target: ApiTarget) =>
    (await target.as(username)).post('/api/display-links', { playlistId, label })
  const [m, l] = [await send(pair.mock), await send(pair.live)]
  expect([m.status, l.status]).toEqual([201, 201])
  const mock = displayLinkCreated.parse(m.body)
  const live = displayLinkCreated.parse(l.body)
  expect({ ...live, token: '' }).toEqual({ ...mock, token: '' })
  return { mock, live }
}

const errorOf = (res: ApiResult) => apiErrorBody.parse(res.body).error
const body = {
  name: '周例会',
  slides: [
    { kind: 'overview', intervalSec: 10 },
    { kind: 'chain', filter: { chainId: 1 }, intervalSec: 15 },
    { kind: 'map', filter: { county: 'yanji' } },
  ],
}

let saved: Playlist

describe('playlists', () => {
  it('a leader saves one (201), once per Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'contract-playlist-1' }
    const res = await as('leader', 'create playlist', c => c.post('/api/playlists', body, headers))
    expect(res.status).toBe(201)
    saved = playlist.parse(res.body)
    expect(saved).toMatchObject({ id: 1, version: 1, body: { name: '周例会', mode: 'live', masked: false } })
    const again = await as('leader', 'replay create', c => c.post('/api/playlists', body, headers))
    expect(again.body).toEqual(saved)
    const reused = await as('leader', 'key reused with another body', c =>
      c.post('/api/playlists', { ...body, name: 'other' }, headers),
    )
    expect(reused.status).toBe(409)
  })

  it('other roles are refused with 403 before the body is read', async () => {
    for (const username of ['liaison', 'department', 'viewer']) {
      const res = await as(username, 'create playlist', c => c.post('/api/playlists', { nonsense: true }))
      expect(res.status).toBe(403)
    }
  })

  it('a bad body is 400 naming each field, an unknown chain names its slide', async () => {
    const bad = await as('leader', 'bad playlist', c =>
      c.post('/api/playlists', { name: '', mode: 'frozen', slides: [{ kind: 'chain', intervalSec: 1 }] }),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(expect.arrayContaining(['name', 'slides.0.intervalSec']))
    const chain = await as('leader', 'unknown chain', c =>
      c.post('/api/playlists', { name: 'x', slides: [{ kind: 'chain', filter: { chainId: 999 } }] }),
    )
    expect(errorOf(chain).fields).toEqual({ 'slides.0.filter.chainId': 'no chain 999' })
  })

  it('every role reads the list and the playlist; an unknown id is 404', async () => {
    for (const username of ['viewer', 'liaison', 'admin']) {
      expect((await as(username, 'list playlists', c => c.get('/api/playlists'))).body).toEqual({ items: [saved] })
      expect((await as(username, 'read playlist', c => c.get(`/api/playlists/${saved.id}`))).body).toEqual(saved)
    }
    expect((await as('viewer', 'unknown playlist', c => c.get('/api/playlists/99'))).status).toBe(404)
  })

  it('another leader may not replace it; the owner may; a stale version is 409 with the current one', async () => {
    const put = (name: string, version: number) => (c: ApiClient) =>
      c.put(`/api/playlists/${saved.id}`, { version, body: { ...body, name } })
    expect((await as('leader2', 'replace others', put('mine', 1))).status).toBe(403)
    const res = await as('leader', 'replace', put('月度会议', 1))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 2, body: { name: '月度会议' } })
    const stale = await as('admin', 'stale replace', put('late', 1))
    expect(stale.status).toBe(409)
    expect(errorOf(stale).current).toEqual(res.body)
    saved = playlist.parse((await as('admin', 'admin replace', put('管理员改', 2))).body)
  })

  it('the audit holds the same entries on both sides', async () => {
    const res = await as('viewer', 'playlist audit', c => c.get(`/api/audit?entityType=playlist&entityId=${saved.id}`))
    expect((res.body as { items: { action: string }[] }).items.map(e => e.action)).toEqual(['edit', 'edit', 'create'])
  })
})

describe('display links', () => {
  let link: { mock: DisplayLinkCreated; live: DisplayLinkCreated }
  const tokens = () => ({ mock: link.mock.token, live: link.live.token })

  it('a leader issues one; other roles may not issue or list', async () => {
    link = await issueBoth('leader', saved.id, '大厅屏幕')
    expect(link.mock).toMatchObject({ id: 1, playlistId: saved.id, label: '大厅屏幕', revokedAt: null })
    expect(
      (await as('viewer', 'issue link', c => c.post('/api/display-links', { playlistId: saved.id, label: 'x' })))
        .status,
    ).toBe(403)
    expect((await as('liaison', 'list links', c => c.get('/api/display-links'))).status).toBe(403)
    const bad = await as('leader', 'bad link', c => c.post('/api/display-links', { playlistId: 77, label: 'x' }))
    expect(errorOf(bad).fields).toEqual({ playlistId: 'no playlist 77' })
  })

  it('a repeated Idempotency-Key answers the same link with a fresh token on both sides', async () => {
    const headers = { 'Idempotency-Key': 'contract-link-1' }
    const send = async (target: ApiTarget) =>
      (await target.as('admin')).post('/api/display-links', { playlistId: saved.id, label: '走廊' }, headers)
    const first = { mock: await send(pair.mock), live: await send(pair.live) }
    const again = { mock: await send(pair.mock), live: await send(pair.live) }
    const strip = (res: ApiResult) => ({
      status: res.status,
      body: { ...displayLinkCreated.parse(res.body), token: '' },
    })
    expect(strip(again.live)).toEqual(strip(again.mock))
    expect(strip(again.mock)).toEqual(strip(first.mock))
    const tokens = {
      mock: displayLinkCreated.parse(first.mock.body).token,
      live: displayLinkCreated.parse(first.live.body).token,
    }
    expect((await asDisplay(tokens, 'replaced token', (c, h) => c.get('/api/display', h))).status).toBe(401)
    await as('admin', 'revoke replayed', c =>
      c.post(`/api/display-links/${displayLinkCreated.parse(again.mock.body).id}/revoke`),
    )
  })

  it('lists the links without their tokens', async () => {
    const res = await as('admin', 'list links', c => c.get(`/api/display-links?playlistId=${saved.id}`))
    const { token: _, ...shown } = link.mock
    expect((res.body as { items: unknown[] }).items[0]).toEqual(shown)
    expect(JSON.stringify(res.body)).not.toContain('token')
  })

  it("its token reads the playlist and its slides' data with no session, nothing else, and writes nothing", async () => {
    expect((await asDisplay(tokens(), 'playlist', (c, h) => c.get('/api/display', h))).body).toEqual({
      ...saved,
      linkLabel: '大厅屏幕',
    })
    expect((await asDisplay(tokens(), "chain slide's chain", (c, h) => c.get('/api/chains/1', h))).status).toBe(200)
    expect((await asDisplay(tokens(), 'map slide', (c, h) => c.get('/api/overview?county=yanji', h))).status).toBe(403)
    expect((await asDisplay(tokens(), 'counties', (c, h) => c.get('/api/counties', h))).status).toBe(200)
    for (const url of [
      '/api/chains/2',
      '/api/enterprises',
      '/api/visits',
      `/api/playlists/${saved.id}`,
      '/api/display-links',
      '/api/audit?entityType=playlist&entityId=1',
    ]) {
      expect((await asDisplay(tokens(), url, (c, h) => c.get(url, h))).status).toBe(403)
    }
    expect((await asDisplay(tokens(), 'create', (c, h) => c.post('/api/playlists', body, h))).status).toBe(403)
    expect((await asDisplay(tokens(), 'delete', (c, h) => c.delete(`/api/playlists/${saved.id}`, h))).status).toBe(403)
    expect(
      (
        await asDisplay({ mock: 'y'.repeat(43), live: 'y'.repeat(43) }, 'unknown token', (c, h) =>
          c.get('/api/display', h),
        )
      ).status,
    ).toBe(401)
  })

  it('shows the playlist as issued after an edit, until its owner reissues it', async () => {
    const edit = {
      version: saved.version,
      body: { ...body, name: '改后', slides: [{ kind: 'chain', filter: { chainId: 2 } }] },
    }
    const edited = playlist.parse(
      (await as('leader', 'edit playlist', c => c.put(`/api/playlists/${saved.id}`, edit))).body,
    )
    expect((await asDisplay(tokens(), 'frozen playlist', (c, h) => c.get('/api/display', h))).body).toEqual({
      ...saved,
      linkLabel: '大厅屏幕',
    })
    expect((await asDisplay(tokens(), 'edited chain before reissue', (c, h) => c.get('/api/chains/2', h))).status).toBe(
      403,
    )
    expect(
      (await as('leader2', 'reissue others', c => c.post(`/api/display-links/${link.mock.id}/reissue`))).status,
    ).toBe(403)
    const res = await as('leader', 'reissue', c => c.post(`/api/display-links/${link.mock.id}/reissue`))
    expect(res.body).toMatchObject({ id: link.mock.id, playlistVersion: edited.version })
    expect((await asDisplay(tokens(), 'reissued playlist', (c, h) => c.get('/api/display', h))).body).toEqual({
      ...edited,
      linkLabel: '大厅屏幕',
    })
    expect((await asDisplay(tokens(), 'edited chain after reissue', (c, h) => c.get('/api/chains/2', h))).status).toBe(
      200,
    )
    saved = edited
  })

  it('only an admin or its creator revokes it; then its token is 401', async () => {
    expect(
      (await as('leader2', 'revoke others', c => c.post(`/api/display-links/${link.mock.id}/revoke`))).status,
    ).toBe(403)
    const res = await as('leader', 'revoke', c => c.post(`/api/display-links/${link.mock.id}/revoke`))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: link.mock.id, revokedAt: expect.any(String) })
    const after = await asDisplay(tokens(), 'revoked', (c, h) => c.get('/api/display', h))
    expect(after.status).toBe(401)
    expect(errorOf(after).code).toBe('unauthorized')
    const audit = await as('admin', 'link audit', c =>
      c.get(`/api/audit?entityType=display_link&entityId=${link.mock.id}`),
    )
    expect((audit.body as { items: { action: string }[] }).items.map(e => e.action)).toEqual([
      'revoke',
      'update_playlist',
      'create',
    ])
    expect(
      (await as('leader', 'reissue revoked', c => c.post(`/api/display-links/${link.mock.id}/reissue`))).status,
    ).toBe(409)
  })

  it('deleting a playlist revokes its links (401) and removes it for everyone', async () => {
    const second = await issueBoth('admin', saved.id, '会议室')
    expect((await as('leader2', 'delete others', c => c.delete(`/api/playlists/${saved.id}`))).status).toBe(403)
    expect((await as('leader', 'delete', c => c.delete(`/api/playlists/${saved.id}`))).status).toBe(204)
    const res = await asDisplay({ mock: second.mock.token, live: second.live.token }, 'deleted playlist', (c, h) =>
      c.get('/api/display', h),
    )
    expect(res.status).toBe(401)
    expect((await as('viewer', 'list after delete', c => c.get('/api/playlists'))).body).toEqual({ items: [] })
  })
})

describe('the audit by need', () => {
  it("answers a viewer 403 for an account's entries and a display link's, 200 for a playlist's", async () => {
    expect((await as('viewer', 'user audit', c => c.get('/api/audit?entityType=user&entityId=1'))).status).toBe(403)
    expect(
      (await as('viewer', 'display link audit', c => c.get('/api/audit?entityType=display_link&entityId=1'))).status,
    ).toBe(403)
    expect(
      (await as('leader', 'display link audit', c => c.get('/api/audit?entityType=display_link&entityId=1'))).status,
    ).toBe(200)
    expect(
      (await as('viewer', 'playlist audit', c => c.get(`/api/audit?entityType=playlist&entityId=${saved.id}`))).status,
    ).toBe(200)
    expect((await as('admin', 'user audit', c => c.get('/api/audit?entityType=user&entityId=1'))).status).toBe(200)
  })
})
