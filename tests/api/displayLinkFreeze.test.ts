/**
 * A display link freezes its playlist when issued (issue 10): GET /api/display answers the body as
 * it was, the token reads what that body's slides need and no more however the playlist is edited,
 * and a reissue brings the link to the playlist's current version. Links issued before migration
 * 008 get their playlist's body then.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Migrator, type Kysely, type Migration } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { displayLink, displayLinkCreated, playlist, type DisplayLinkCreated, type Playlist } from '#contract'
import { openDatabase } from '../../server/db/database'
import * as m001 from '../../server/db/migrations/001_initial'
import * as m002 from '../../server/db/migrations/002_resolved_by_chain'
import * as m003 from '../../server/db/migrations/003_accounts'
import * as m004 from '../../server/db/migrations/004_writes'
import * as m005 from '../../server/db/migrations/005_admin'
import * as m006 from '../../server/db/migrations/006_presentation'
import * as m008 from '../../server/db/migrations/008_display_link_snapshot'
import type { Database } from '../../server/db/schema'
import { samplePlaylist, startPresentApp, type PresentApp, type Who } from './presentApp'

let t: PresentApp
let saved: Playlist
let link: DisplayLinkCreated
beforeEach(async () => {
  t = await startPresentApp()
  saved = playlist.parse((await t.send('leader', 'POST', '/api/playlists', samplePlaylist())).body)
  link = displayLinkCreated.parse(
    (await t.send('leader', 'POST', '/api/display-links', { playlistId: saved.id, label: 'Lobby' })).body,
  )
})
afterEach(async () => t.close())

/** The leader edits the playlist: the chain slide now shows chain 2, and the playlist is masked. */
async function edit(): Promise<Playlist> {
  const body = { ...samplePlaylist('Edited'), masked: true, slides: [{ kind: 'chain', filter: { chainId: 2 } }] }
  const res = await t.send('leader', 'PUT', `/api/playlists/${saved.id}`, { version: saved.version, body })
  expect(res.status).toBe(200)
  return playlist.parse(res.body)
}

const reissue = (who: Who, id = link.id) => t.send(who, 'POST', `/api/display-links/${id}/reissue`)

describe('a display link freezes its playlist', () => {
  it('answers GET /api/display with the playlist as issued after an edit, and lists the version it shows', async () => {
    expect(link.playlistVersion).toBe(1)
    const edited = await edit()
    expect((await t.asDisplay(link.token, 'GET', '/api/display')).body).toEqual({ ...saved, linkLabel: 'Lobby' })
    const listed = await t.send('leader', 'GET', `/api/display-links?playlistId=${saved.id}`)
    expect(listed.body.items).toEqual([expect.objectContaining({ id: link.id, playlistVersion: 1 })])
    expect(edited.version).toBe(2)
  })

  it('keeps reading what the issued slides need, never what the edit added', async () => {
    await edit()
    expect((await t.asDisplay(link.token, 'GET', '/api/chains/1')).status).toBe(200)
    expect((await t.asDisplay(link.token, 'GET', '/api/chains/2')).status).toBe(403)
    expect((await t.asDisplay(link.token, 'GET', '/api/overview?chainId=2')).status).toBe(403)
  })
})

describe('reissuing a display link', () => {
  it("freezes the current version for the playlist's owner, who edited it: the screen then shows and reads the new one", async () => {
    const edited = await edit()
    const res = await reissue('leader')
    expect(res.status).toBe(200)
    expect(displayLink.parse(res.body)).toMatchObject({ id: link.id, playlistVersion: 2, revokedAt: null })
    expect((await t.asDisplay(link.token, 'GET', '/api/display')).body).toEqual({ ...edited, linkLabel: 'Lobby' })
    expect((await t.asDisplay(link.token, 'GET', '/api/chains/2')).status).toBe(200)
    expect((await t.asDisplay(link.token, 'GET', '/api/chains/1')).status).toBe(403)
  })

  it('audits the reissue once; a reissue of a current link changes nothing', async () => {
    await edit()
    await reissue('admin')
    const again = await reissue('admin')
    expect(again.status).toBe(200)
    const audit = await t.send('leader', 'GET', `/api/audit?entityType=display_link&entityId=${link.id}`)
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['update_playlist', 'create'])
    expect(audit.body.items[0]).toMatchObject({ before: { playlistVersion: 1 }, after: { playlistVersion: 2 } })
  })

  it("is for an admin, the link's creator or the playlist's owner: another leader and a viewer get 403", async () => {
    const other = displayLinkCreated.parse(
      (await t.send('leader2', 'POST', '/api/display-links', { playlistId: saved.id, label: 'Hall' })).body,
    )
    await edit()
    expect((await reissue('viewer', other.id)).status).toBe(403)
    expect((await reissue('leader2', link.id)).status).toBe(403)
    expect((await reissue('leader', other.id)).status).toBe(200)
    expect((await reissue('leader2', other.id)).status).toBe(200)
  })

  it('refuses a revoked link (409) and an unknown one (404)', async () => {
    await t.send('leader', 'POST', `/api/display-links/${link.id}/revoke`)
    const revoked = await reissue('leader')
    expect(revoked.status).toBe(409)
    expect(revoked.body.error.code).toBe('conflict')
    expect((await reissue('admin', 99)).status).toBe(404)
  })
})

describe('migration 008', () => {
  const BEFORE_008: Record<string, Migration> = {
    '001_initial': m001,
    '002_resolved_by_chain': m002,
    '003_accounts': m003,
    '004_writes': m004,
    '005_admin': m005,
    '006_presentation': m006,
  }

  it('gives a link issued before it the current body, version and save time of its playlist, and nulls when it is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chain-008-'))
    const db: Kysely<Database> = openDatabase(join(dir, 'old.sqlite'))
    try {
      const { error } = await new Migrator({
        db,
        provider: { getMigrations: async () => BEFORE_008 },
      }).migrateToLatest()
      expect(error).toBeUndefined()
      const body = {
        name: 'Old',
        slides: [{ kind: 'map', filter: { county: 'yanji' }, intervalSec: 20 }],
        mode: 'frozen',
        asOf: '2026-03-31',
        masked: true,
        watermark: false,
      }
      await db
        .insertInto('playlists')
        .values({
          id: 3,
          owner_id: 2,
          body_json: JSON.stringify(body),
          version: 4,
          updated_at: '2026-06-01T10:00:00.000+08:00',
        })
        .execute()
      const row = { label: 'x', created_by_id: 2, created_at: '2026-06-01T10:00:00.000+08:00', revoked_at: null }
      // Written as the table stood before 008, which had none of the snapshot columns.
      await db
        .insertInto('display_links')
        .values([
          { ...row, id: 1, playlist_id: 3, token_hash: 'a' },
          { ...row, id: 2, playlist_id: 9, token_hash: 'b' },
        ] as never)
        .execute()
      await m008.up(db as Kysely<unknown>)
      const links = await db
        .selectFrom('display_links')
        .select(['id', 'playlist_body_json', 'playlist_version', 'playlist_updated_at'])
        .orderBy('id')
        .execute()
      expect(links).toEqual([
        {
          id: 1,
          playlist_body_json: JSON.stringify(body),
          playlist_version: 4,
          playlist_updated_at: '2026-06-01T10:00:00.000+08:00',
        },
        { id: 2, playlist_body_json: null, playlist_version: null, playlist_updated_at: null },
      ])
    } finally {
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
