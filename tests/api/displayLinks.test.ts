/**
 * Display links over HTTP: who may issue, list and revoke them, and what a display token does —
 * it reads its playlist's slides with no session as a read-only viewer named after the link
 * (displayAccess.test.ts holds every route to that), writes are 403, a revoked or unknown token is
 * 401, and deleting a playlist revokes its links.
 */
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { displayLink, displayLinkCreated, playlist, type DisplayLinkCreated, type Playlist } from '#contract'
import { samplePlaylist, startPresentApp, type PresentApp, type Who } from './presentApp'

let t: PresentApp
let saved: Playlist
beforeEach(async () => {
  t = await startPresentApp()
  saved = playlist.parse((await t.send('leader', 'POST', '/api/playlists', samplePlaylist())).body)
})
afterEach(async () => t.close())

async function issue(who: Who = 'leader', label = 'Lobby screen'): Promise<DisplayLinkCreated> {
  const res = await t.send(who, 'POST', '/api/display-links', { playlistId: saved.id, label })
  expect(res.status).toBe(201)
  return displayLinkCreated.parse(res.body)
}

describe('issuing a display link', () => {
  it('gives an admin or leader the token once, 32 random bytes base64url, stored only as its SHA-256', async () => {
    const link = await issue('leader')
    expect(link).toMatchObject({
      id: 1,
      playlistId: saved.id,
      label: 'Lobby screen',
      createdBy: saved.ownerName,
      revokedAt: null,
    })
    expect(link.token).toMatch(/^[\w-]{43}$/)
    const row = await t.db.selectFrom('display_links').selectAll().executeTakeFirstOrThrow()
    expect(row.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(link.token)
    expect((await issue('admin')).token).not.toBe(link.token)
  })

  it('never shows the token again: not in the list, not in the audit', async () => {
    const link = await issue('leader')
    const list = await t.send('leader', 'GET', `/api/display-links?playlistId=${saved.id}`)
    const { token: _, ...shown } = link
    expect(list.body).toEqual({ items: [shown] })
    const audit = await t.send('leader', 'GET', `/api/audit?entityType=display_link&entityId=${link.id}`)
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'create', before: null, after: shown })])
    expect(JSON.stringify(audit.body)).not.toContain(link.token)
  })

  it('answers a repeated Idempotency-Key with the same link and a fresh token, the first one no longer working', async () => {
    const headers = { 'idempotency-key': 'link-key-1' }
    const first = displayLinkCreated.parse(
      (await t.send('leader', 'POST', '/api/display-links', { playlistId: saved.id, label: 'Lobby' }, headers)).body,
    )
    const again = await t.send(
      'leader',
      'POST',
      '/api/display-links',
      { playlistId: saved.id, label: 'Lobby' },
      headers,
    )
    expect(again.status).toBe(201)
    const second = displayLinkCreated.parse(again.body)
    expect({ ...second, token: '' }).toEqual({ ...first, token: '' })
    expect(second.token).not.toBe(first.token)
    expect((await t.asDisplay(first.token, 'GET', '/api/display')).status).toBe(401)
    expect((await t.asDisplay(second.token, 'GET', '/api/display')).status).toBe(200)
    expect((await t.send('leader', 'GET', '/api/display-links')).body.items).toHaveLength(1)
    const stored = await t.db.selectFrom('idempotency_keys').select('body_json').executeTakeFirstOrThrow()
    expect(stored.body_json).not.toContain(second.token)
    expect(stored.body_json).not.toContain(first.token)
  })

  it.each(['liaison', 'department', 'viewer'] as const)('refuses a %s with 403 to issue or list', async who => {
    expect((await t.send(who, 'POST', '/api/display-links', { nonsense: 1 })).status).toBe(403)
    expect((await t.send(who, 'GET', '/api/display-links')).status).toBe(403)
  })

  it('names bad fields and an unknown playlist', async () => {
    const bad = await t.send('leader', 'POST', '/api/display-links', { playlistId: 'x', label: '' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['playlistId', 'label']))
    const unknown = await t.send('leader', 'POST', '/api/display-links', { playlistId: 42, label: 'x' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields).toEqual({ playlistId: 'no playlist 42' })
  })

  it("lists one playlist's links, or every link", async () => {
    const other = playlist.parse((await t.send('admin', 'POST', '/api/playlists', samplePlaylist('other'))).body)
    await issue('leader', 'a')
    await t.send('admin', 'POST', '/api/display-links', { playlistId: other.id, label: 'b' })
    const one = await t.send('admin', 'GET', `/api/display-links?playlistId=${other.id}`)
    expect(one.body.items.map((l: { label: string }) => l.label)).toEqual(['b'])
    expect((await t.send('leader2', 'GET', '/api/display-links')).body.items).toHaveLength(2)
  })
})

describe('revoking a display link', () => {
  it('lets the creator revoke it, once, and audits it', async () => {
    const link = await issue('leader')
    const res = await t.send('leader', 'POST', `/api/display-links/${link.id}/revoke`)
    expect(res.status).toBe(200)
    const revoked = displayLink.parse(res.body)
    expect(revoked.revokedAt).not.toBeNull()
    const again = await t.send('leader', 'POST', `/api/display-links/${link.id}/revoke`)
    expect(again.body).toEqual(revoked)
    const audit = await t.send('leader', 'GET', `/api/audit?entityType=display_link&entityId=${link.id}`)
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['revoke', 'create'])
  })

  it('refuses another leader and a viewer (403), lets an admin; 404 for an unknown link', async () => {
    const link = await issue('leader')
    expect((await t.send('leader2', 'POST', `/api/display-links/${link.id}/revoke`)).status).toBe(403)
    expect((await t.send('viewer', 'POST', `/api/display-links/${link.id}/revoke`)).status).toBe(403)
    expect((await t.send('admin', 'POST', `/api/display-links/${link.id}/revoke`)).status).toBe(200)
    expect((await t.send('admin', 'POST', '/api/display-links/99/revoke')).status).toBe(404)
  })
})

describe('a display token', () => {
  it("reads its playlist and its slides' data with no session, and not the playlists", async () => {
    const { token } = await issue()
    expect((await t.asDisplay(token, 'GET', '/api/display')).body).toEqual({ ...saved, linkLabel: 'Lobby screen' })
    expect((await t.asDisplay(token, 'GET', '/api/overview')).status).toBe(200)
    expect((await t.asDisplay(token, 'GET', '/api/chains/1')).status).toBe(200)
    expect((await t.asDisplay(token, 'GET', `/api/playlists/${saved.id}`)).status).toBe(403)
  })

  it('signs in as a read-only viewer: every write is refused with 403 before any role rule or body is looked at', async () => {
    const { token } = await issue()
    const write = await t.asDisplay(token, 'POST', '/api/playlists', samplePlaylist())
    expect(write.status).toBe(403)
    expect(write.body.error.message).toBe('a display link can only read')
    expect(
      (await t.asDisplay(token, 'PUT', `/api/playlists/${saved.id}`, { version: 1, body: samplePlaylist() })).status,
    ).toBe(403)
    expect((await t.asDisplay(token, 'PATCH', '/api/visits/1', { version: 1 })).status).toBe(403)
    expect((await t.asDisplay(token, 'DELETE', `/api/playlists/${saved.id}`)).status).toBe(403)
    expect((await t.asDisplay(token, 'GET', '/api/display-links')).status).toBe(403)
    expect((await t.send('viewer', 'GET', `/api/playlists/${saved.id}`)).body.version).toBe(1)
  })

  it('is 401 once revoked, and for an unknown token', async () => {
    const link = await issue()
    await t.send('leader', 'POST', `/api/display-links/${link.id}/revoke`)
    const revoked = await t.asDisplay(link.token, 'GET', '/api/display')
    expect(revoked.status).toBe(401)
    expect(revoked.body.error.code).toBe('unauthorized')
    expect((await t.asDisplay(link.token, 'GET', '/api/overview')).status).toBe(401)
    expect((await t.asDisplay('x'.repeat(43), 'GET', '/api/display')).status).toBe(401)
  })

  it('stops reading anything once its playlist is deleted: the link is revoked with it', async () => {
    const { id, token } = await issue()
    await t.send('leader', 'DELETE', `/api/playlists/${saved.id}`)
    const res = await t.asDisplay(token, 'GET', '/api/display')
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('unauthorized')
    expect((await t.asDisplay(token, 'GET', '/api/overview')).status).toBe(401)
    const links = await t.send('leader', 'GET', `/api/display-links`)
    expect(links.body.items.find((l: { id: number }) => l.id === id).revokedAt).not.toBeNull()
  })

  it('gives way to a live session cookie, which keeps its own rights', async () => {
    const { token } = await issue()
    const res = await t.send('leader', 'POST', '/api/playlists', samplePlaylist('with both'), {
      authorization: `Display ${token}`,
    })
    expect(res.status).toBe(201)
    expect(res.body.ownerName).toBe(saved.ownerName)
  })

  it('without a session or token GET /api/display is 401', async () => {
    expect((await t.send('anonymous', 'GET', '/api/display')).status).toBe(401)
  })
})
