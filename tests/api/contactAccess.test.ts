/**
 * Personal data on a need-to-know basis (issue 10, DOMAIN.md Roles): an enterprise's contact name
 * and phone read in full to admins and to leaders and liaisons whose chains include the enterprise,
 * masked (`王**`, `139****4583`) to everyone else — in the list, the detail and the Excel export,
 * and never from a cached page computed for someone who may see more. The expectations spell the
 * rule out from the world, rather than calling the contract's function they test.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { displayLinkCreated, playlist, type Enterprise, type User } from '#contract'
import { sessionCookie } from '../support/apiWorld'
import { samplePlaylist, startPresentApp, type PresentApp, type Who } from './presentApp'

let t: PresentApp
beforeAll(async () => {
  t = await startPresentApp()
})
afterAll(async () => t.close())

type Reader = Exclude<Who, 'anonymous'>
const READERS: Reader[] = ['admin', 'leader', 'leader2', 'liaison', 'department', 'viewer']

/** The user behind each session of startPresentApp (leader2: another leader; department: the first one). */
function userOf(who: Reader): User {
  if (who === 'leader2') return t.world.users.find(u => u.role === 'leader' && u.username !== 'leader' && u.active)!
  if (who === 'department') return t.world.users.find(u => u.role === 'department' && u.active)!
  return t.world.users.find(u => u.username === who)!
}

/** Whether `who` must read `e`'s contact in full, as DOMAIN.md words it. */
function needsContact(who: Reader, e: Enterprise): boolean {
  const user = userOf(who)
  if (user.role === 'admin') return true
  if (user.role !== 'leader' && user.role !== 'liaison') return false
  return e.chains.some(m => user.chainIds.includes(m.chainId))
}

/** The contact a reader without the need reads: first character and first three / last four digits kept. */
function masked(e: Enterprise): Enterprise['contact'] {
  const { name, phone } = e.contact
  return { name: [...name][0] + '*'.repeat([...name].length - 1), phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` }
}

const expectedContact = (who: Reader, e: Enterprise) => (needsContact(who, e) ? e.contact : masked(e))
const byId = (id: number) => t.world.enterprises.find(e => e.id === id)!

/** An enterprise inside `who`'s chains, and one outside all of them. */
function inAndOutOfScope(who: Reader): { inside: Enterprise; outside: Enterprise } {
  const chains = userOf(who).chainIds
  return {
    inside: t.world.enterprises.find(e => e.chains.some(m => chains.includes(m.chainId)))!,
    outside: t.world.enterprises.find(e => !e.chains.some(m => chains.includes(m.chainId)))!,
  }
}

/** Reads an xlsx body's first sheet as rows of cell values. */
async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(body as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  book.worksheets[0]!.eachRow(row => {
    rows.push((row.values as unknown[]).slice(1))
  })
  return rows
}

describe('enterprise contacts on a need-to-know basis', () => {
  it('the world tells the readers apart: each scoped reader has enterprises inside and outside its chains', () => {
    for (const who of ['leader', 'leader2', 'liaison'] as const) {
      const { inside, outside } = inAndOutOfScope(who)
      expect(inside, who).toBeDefined()
      expect(outside, who).toBeDefined()
    }
    // Every phone of the world is a mobile, so the masked form above is the whole rule for it.
    expect(t.world.enterprises.every(e => /^1\d{10}$/.test(e.contact.phone) && e.contact.name.length > 1)).toBe(true)
  })

  it.each(READERS)('GET /api/enterprises gives %s full contacts exactly for the enterprises it needs', async who => {
    const res = await t.send(who, 'GET', '/api/enterprises?pageSize=200')
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(t.world.enterprises.length)
    for (const item of res.body.items as Enterprise[]) {
      expect({ who, id: item.id, contact: item.contact }).toEqual({
        who,
        id: item.id,
        contact: expectedContact(who, byId(item.id)),
      })
    }
  })

  it.each(READERS)('GET /api/enterprises/:id gives %s a contact in full only inside its chains', async who => {
    const leaderScope = inAndOutOfScope('leader')
    const liaisonScope = inAndOutOfScope('liaison')
    for (const e of [leaderScope.inside, leaderScope.outside, liaisonScope.inside, liaisonScope.outside]) {
      const res = await t.send(who, 'GET', `/api/enterprises/${e.id}`)
      expect(res.status).toBe(200)
      expect({ who, id: e.id, contact: res.body.contact }).toEqual({ who, id: e.id, contact: expectedContact(who, e) })
      // Nothing but the contact changes.
      expect({ ...res.body, contact: e.contact }).toEqual(e)
    }
  })

  it.each(READERS)('the enterprise export gives %s the same contacts as the list', async who => {
    // send() reads a non-JSON body as text: the workbook is read raw, under a session of the same user.
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/enterprises/export.xlsx?locale=en&sort=id',
      headers: { cookie: await sessionCookie(t.db, userOf(who).username) },
    })
    expect(res.statusCode).toBe(200)
    const [header, ...rows] = await sheetRows(res.rawPayload)
    const col = (label: RegExp) => header!.findIndex(h => label.test(String(h)))
    const [code, name, phone] = [col(/credit code/i), col(/contact(?! phone)/i), col(/phone/i)]
    expect([code, name, phone].every(i => i >= 0)).toBe(true)
    expect(rows).toHaveLength(t.world.enterprises.length)
    for (const row of rows) {
      const e = t.world.enterprises.find(x => x.creditCode === row[code])!
      expect({ who, id: e.id, contact: { name: row[name], phone: row[phone] } }).toEqual({
        who,
        id: e.id,
        contact: expectedContact(who, e),
      })
    }
  })

  it("never serves a viewer the page cached for an admin, nor an admin the viewer's", async () => {
    const url = '/api/enterprises?pageSize=25&sort=-name'
    const contacts = (items: Enterprise[]) => items.map(i => i.contact)
    const first = await t.send('admin', 'GET', url)
    const viewer = await t.send('viewer', 'GET', url)
    const leader = await t.send('leader', 'GET', url)
    const again = await t.send('admin', 'GET', url)
    const items = (first.body.items as Enterprise[]).map(i => byId(i.id))
    expect(contacts(first.body.items)).toEqual(items.map(x => x.contact))
    expect(contacts(viewer.body.items)).toEqual(items.map(masked))
    expect(contacts(leader.body.items)).toEqual(items.map(x => expectedContact('leader', x)))
    expect(contacts(again.body.items)).toEqual(items.map(x => x.contact))
    // The two leaders' chains differ, so neither reads the other's page.
    const other = await t.send('leader2', 'GET', url)
    expect(contacts(other.body.items)).toEqual(items.map(x => expectedContact('leader2', x)))
  })

  it('gives a display link no contact at all: the list, a detail and the export are 403', async () => {
    const saved = playlist.parse((await t.send('leader', 'POST', '/api/playlists', samplePlaylist('Lobby'))).body)
    const link = displayLinkCreated.parse(
      (await t.send('leader', 'POST', '/api/display-links', { playlistId: saved.id, label: 'Lobby' })).body,
    )
    for (const url of [
      '/api/enterprises',
      `/api/enterprises/${t.world.enterprises[0]!.id}`,
      '/api/enterprises/export.xlsx',
    ]) {
      const res = await t.asDisplay(link.token, 'GET', url)
      expect({ url, status: res.status }).toEqual({ url, status: 403 })
      expect(JSON.stringify(res.body)).not.toMatch(/1[3-9]\d{9}/)
    }
  })
})
