/**
 * Audit by need (issue 10, finding 4): an admin reads every audit entry; every other role reads the
 * audit of the records it can read (visits, bottlenecks, recommendations, chains, departments,
 * enterprises, playlists; display links for those who issue them), never an account's; a display
 * token reads none.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { AUDIT_ENTITY_TYPES, canReadAudit, displayLinkCreated, playlist, type AuditEntityType } from '#contract'
import { phonesIn } from '../support/answerScan'
import { samplePlaylist, startPresentApp, type PresentApp, type Who } from './presentApp'

let t: PresentApp
/** A record of each audited type that has audit entries. */
const audited = new Map<AuditEntityType, number>()
let displayToken = ''

beforeAll(async () => {
  t = await startPresentApp()
  // A reset ends the user's sessions: reset someone this suite does not sign in as.
  const other = t.world.users.find(u => u.role === 'liaison' && u.username !== 'liaison')!
  const reset = await t.send('admin', 'POST', `/api/admin/users/${other.id}/password`, { password: 'a-new-secret-1' })
  expect(reset.status).toBe(200)
  audited.set('user', other.id)
  const saved = playlist.parse((await t.send('leader', 'POST', '/api/playlists', samplePlaylist())).body)
  audited.set('playlist', saved.id)
  const link = displayLinkCreated.parse(
    (await t.send('leader', 'POST', '/api/display-links', { playlistId: saved.id, label: 'Lobby' })).body,
  )
  audited.set('display_link', link.id)
  displayToken = link.token
})
afterAll(async () => t.close())

const ROLES: Exclude<Who, 'anonymous' | 'leader2'>[] = ['admin', 'leader', 'liaison', 'department', 'viewer']

describe('reading the audit', () => {
  it("refuses a viewer a user account's history (roles, scopes, password resets) with 403", async () => {
    const res = await t.send('viewer', 'GET', `/api/audit?entityType=user&entityId=${audited.get('user')}`)
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
    expect(JSON.stringify(res.body)).not.toContain('reset_password')
  })

  it('lets only an admin read account entries, for every role', async () => {
    for (const who of ROLES) {
      const res = await t.send(who, 'GET', `/api/audit?entityType=user&entityId=${audited.get('user')}`)
      expect({ who, status: res.status }).toEqual({ who, status: who === 'admin' ? 200 : 403 })
    }
    const admin = await t.send('admin', 'GET', `/api/audit?entityType=user&entityId=${audited.get('user')}`)
    expect(admin.body.items.map((e: { action: string }) => e.action)).toEqual(['reset_password'])
  })

  it('answers every role by the one rule canReadAudit, for every entity type', async () => {
    // Each of these sessions belongs to a user of the role it is named after.
    for (const role of ROLES) {
      const who = role
      for (const entityType of AUDIT_ENTITY_TYPES) {
        const res = await t.send(
          who,
          'GET',
          `/api/audit?entityType=${entityType}&entityId=${audited.get(entityType) ?? 1}`,
        )
        expect({ who, entityType, status: res.status }).toEqual({
          who,
          entityType,
          status: canReadAudit({ role }, entityType) ? 200 : 403,
        })
      }
    }
  })

  it('shares the records every role reads: visits, bottlenecks, recommendations, reference data and playlists', () => {
    for (const role of ['viewer', 'department', 'liaison', 'leader'] as const) {
      for (const entityType of [
        'visit',
        'bottleneck',
        'recommendation',
        'chain',
        'department',
        'enterprise',
        'playlist',
      ] as const)
        expect(canReadAudit({ role }, entityType)).toBe(true)
      for (const entityType of ['user', 'calendar', 'time_limits'] as const)
        expect(canReadAudit({ role }, entityType)).toBe(false)
    }
    expect(canReadAudit({ role: 'leader' }, 'display_link')).toBe(true)
    expect(canReadAudit({ role: 'viewer' }, 'display_link')).toBe(false)
    for (const entityType of AUDIT_ENTITY_TYPES) expect(canReadAudit({ role: 'admin' }, entityType)).toBe(true)
  })

  it('still answers a bad query with 400 naming the field, before any role rule', async () => {
    const res = await t.send('viewer', 'GET', '/api/audit?entityType=nothing&entityId=1')
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields)).toEqual(['entityType'])
  })

  it("gives a display token none of it, not even its own playlist's", async () => {
    for (const entityType of ['visit', 'playlist', 'display_link', 'user'] as const) {
      const res = await t.asDisplay(
        displayToken,
        'GET',
        `/api/audit?entityType=${entityType}&entityId=${audited.get(entityType) ?? 1}`,
      )
      expect({ entityType, status: res.status }).toEqual({ entityType, status: 403 })
    }
  })
})

describe("an enterprise's audit", () => {
  it('masks its contacts for a reader who may not see them in full, as everywhere else', async () => {
    // An enterprise in the leader's chains (1, 2) and in none of leader2's.
    const leader2 = t.world.users.find(u => u.role === 'leader' && u.username !== 'leader' && u.active)!
    const e = t.world.enterprises.find(
      x => x.chains.some(m => m.chainId === 1) && !x.chains.some(m => leader2.chainIds.includes(m.chainId)),
    )!
    const admin = (await t.send('admin', 'GET', `/api/admin/enterprises/${e.id}`)).body
    const patched = await t.send('admin', 'PATCH', `/api/admin/enterprises/${e.id}`, {
      version: admin.version,
      contact: { name: '王小明', phone: '13912344583' },
    })
    expect(patched.status).toBe(200)
    const url = `/api/audit?entityType=enterprise&entityId=${e.id}`
    for (const who of ['admin', 'leader'] as const)
      expect(phonesIn((await t.send(who, 'GET', url)).body)).toContain('13912344583')
    for (const who of ['viewer', 'department', 'leader2'] as const) {
      const res = await t.send(who, 'GET', url)
      expect(res.status).toBe(200)
      expect(phonesIn(res.body)).toEqual([])
      expect(res.body.items[0].after.contact).toEqual({ name: '王**', phone: '139****4583' })
    }
  })
})
