/**
 * Saved playlists over HTTP: who may read, create, replace and delete; validation; optimistic
 * versions; idempotent creates; the audit trail.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { playlist, playlistList, type Playlist } from '#contract'
import { PRESENT_NOW, samplePlaylist, startPresentApp, type PresentApp, type Who } from './presentApp'

let t: PresentApp
beforeEach(async () => {
  t = await startPresentApp()
})
afterEach(async () => t.close())

async function create(who: Who = 'leader', body = samplePlaylist()): Promise<Playlist> {
  const res = await t.send(who, 'POST', '/api/playlists', body)
  expect(res.status).toBe(201)
  return playlist.parse(res.body)
}

describe('creating a playlist', () => {
  it('saves it for an admin or leader at version 1, owned by them, with the body defaults filled in', async () => {
    const saved = await create('leader')
    const leader = t.world.users.find(u => u.username === 'leader')!
    expect(saved).toMatchObject({ id: 1, ownerId: leader.id, ownerName: leader.displayName, version: 1 })
    expect(saved.body).toEqual({
      name: 'Weekly meeting',
      mode: 'live',
      asOf: null,
      masked: false,
      watermark: false,
      slides: [
        { kind: 'overview', filter: {}, intervalSec: 10 },
        { kind: 'chain', filter: { chainId: 1 }, intervalSec: 15 },
      ],
    })
    expect(Date.parse(saved.updatedAt)).toBe(Date.parse(PRESENT_NOW))
    expect((await create('admin')).id).toBe(2)
  })

  it.each(['liaison', 'department', 'viewer'] as const)('refuses a %s with 403 before reading the body', async who => {
    const res = await t.send(who, 'POST', '/api/playlists', { nonsense: true })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
  })

  it('is 401 without a session', async () => {
    expect((await t.send('anonymous', 'POST', '/api/playlists', samplePlaylist())).status).toBe(401)
  })

  it('names every bad field of a bad body', async () => {
    const res = await t.send('leader', 'POST', '/api/playlists', {
      name: ' ',
      mode: 'frozen',
      slides: [{ kind: 'chain', intervalSec: 1 }, { kind: 'nope' }],
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(res.body.error.fields)).toEqual(
      expect.arrayContaining(['name', 'slides.0.intervalSec', 'slides.1.kind']),
    )
  })

  it('asks a frozen playlist for its date and a chain slide for its chain', async () => {
    const res = await t.send('leader', 'POST', '/api/playlists', {
      name: 'x',
      mode: 'frozen',
      slides: [{ kind: 'chain' }],
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toEqual(expect.arrayContaining(['asOf', 'slides.0.filter.chainId']))
  })

  it('refuses an unknown chain on the slide that names it', async () => {
    const res = await t.send('leader', 'POST', '/api/playlists', {
      name: 'x',
      slides: [{ kind: 'overview' }, { kind: 'chain', filter: { chainId: 999 } }],
    })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ 'slides.1.filter.chainId': 'no chain 999' })
  })

  it('creates once per Idempotency-Key and answers a repeat with the first playlist; another body under the key is 409', async () => {
    const headers = { 'idempotency-key': 'playlist-key-1' }
    const first = await t.send('leader', 'POST', '/api/playlists', samplePlaylist(), headers)
    const again = await t.send('leader', 'POST', '/api/playlists', samplePlaylist(), headers)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    const changed = await t.send('leader', 'POST', '/api/playlists', samplePlaylist('changed'), headers)
    expect(changed.status).toBe(409)
    expect(changed.body.error.code).toBe('idempotency_key_reused')
    expect(playlistList.parse((await t.send('viewer', 'GET', '/api/playlists')).body).items).toHaveLength(1)
  })

  it('leaves an audit entry with the saved playlist', async () => {
    const saved = await create('leader')
    const audit = await t.send('viewer', 'GET', `/api/audit?entityType=playlist&entityId=${saved.id}`)
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        entityType: 'playlist',
        action: 'create',
        before: null,
        after: saved,
        actorName: saved.ownerName,
      }),
    ])
  })
})

describe('reading playlists', () => {
  it('lets every signed-in role list and read them', async () => {
    const saved = await create('leader')
    for (const who of ['admin', 'leader2', 'liaison', 'department', 'viewer'] as const) {
      expect((await t.send(who, 'GET', '/api/playlists')).body).toEqual({ items: [saved] })
      expect((await t.send(who, 'GET', `/api/playlists/${saved.id}`)).body).toEqual(saved)
    }
  })

  it('is 401 without a session and 404 for an unknown id', async () => {
    expect((await t.send('anonymous', 'GET', '/api/playlists')).status).toBe(401)
    expect((await t.send('viewer', 'GET', '/api/playlists/77')).status).toBe(404)
  })
})

describe('replacing a playlist', () => {
  it('lets the owner replace the body and moves the version on', async () => {
    const saved = await create('leader')
    const res = await t.send('leader', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: { ...samplePlaylist('Renamed'), masked: true },
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: saved.id, version: 2, body: { name: 'Renamed', masked: true } })
    expect((await t.send('viewer', 'GET', `/api/playlists/${saved.id}`)).body).toEqual(res.body)
  })

  it("lets an admin replace anybody's playlist, but not another leader", async () => {
    const saved = await create('leader')
    const other = await t.send('leader2', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: samplePlaylist('mine now'),
    })
    expect(other.status).toBe(403)
    const admin = await t.send('admin', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: samplePlaylist('admin edit'),
    })
    expect(admin.status).toBe(200)
    expect(admin.body.ownerId).toBe(saved.ownerId)
  })

  it('refuses a viewer with 403 even with a bad body', async () => {
    const saved = await create('leader')
    expect((await t.send('viewer', 'PUT', `/api/playlists/${saved.id}`, { nonsense: 1 })).status).toBe(403)
  })

  it('answers a stale version with 409 and the playlist as it is now', async () => {
    const saved = await create('leader')
    await t.send('leader', 'PUT', `/api/playlists/${saved.id}`, { version: 1, body: samplePlaylist('first') })
    const res = await t.send('admin', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: samplePlaylist('second'),
    })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'stale_version',
      current: { id: saved.id, version: 2, body: { name: 'first' } },
    })
  })

  it('is 400 naming the field for a bad body and 404 for an unknown id', async () => {
    const saved = await create('leader')
    const bad = await t.send('leader', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: { ...samplePlaylist(), slides: [] },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields).toHaveProperty(['body.slides'])
    expect((await t.send('admin', 'PUT', '/api/playlists/99', { version: 1, body: samplePlaylist() })).status).toBe(404)
  })

  it('audits the edit with the playlist before and after', async () => {
    const saved = await create('leader')
    const res = await t.send('leader', 'PUT', `/api/playlists/${saved.id}`, {
      version: 1,
      body: samplePlaylist('Renamed'),
    })
    const audit = await t.send('leader', 'GET', `/api/audit?entityType=playlist&entityId=${saved.id}`)
    expect(audit.body.items[0]).toMatchObject({ action: 'edit', before: saved, after: res.body })
  })
})

describe('deleting a playlist', () => {
  it('lets the owner delete it (204), after which it is gone, and audits it', async () => {
    const saved = await create('leader')
    const res = await t.send('leader', 'DELETE', `/api/playlists/${saved.id}`)
    expect(res.status).toBe(204)
    expect((await t.send('leader', 'GET', `/api/playlists/${saved.id}`)).status).toBe(404)
    const audit = await t.send('leader', 'GET', `/api/audit?entityType=playlist&entityId=${saved.id}`)
    expect(audit.body.items[0]).toMatchObject({ action: 'delete', before: saved, after: null })
  })

  it('refuses another leader and a viewer (403) but lets an admin', async () => {
    const saved = await create('leader')
    expect((await t.send('leader2', 'DELETE', `/api/playlists/${saved.id}`)).status).toBe(403)
    expect((await t.send('viewer', 'DELETE', `/api/playlists/${saved.id}`)).status).toBe(403)
    expect((await t.send('admin', 'DELETE', `/api/playlists/${saved.id}`)).status).toBe(204)
    expect((await t.send('admin', 'DELETE', `/api/playlists/${saved.id}`)).status).toBe(404)
  })
})

describe('playlist ids', () => {
  it('never reuses the id of a deleted playlist', async () => {
    await create('leader')
    const second = await create('leader')
    await t.send('leader', 'DELETE', `/api/playlists/${second.id}`)
    expect((await create('leader')).id).toBe(second.id + 1)
  })
})
