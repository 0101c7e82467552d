/**
 * "A masked display link on a second browser shows the slides and nothing else can be read with its
 * token" (issue 10, done when): a leader issues a link for a masked playlist of every slide kind; a
 * fresh browser with no session plays it; every answer the stage received was allowed (2xx, no 403), names
 * no enterprise of the register and carries no phone number; and the same token is refused the
 * contact register, its export, the lists and the audit.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { MIN_INTERVAL_SEC, type DisplayLinkCreated, type Enterprise, type Playlist } from '#contract'
import { phonesIn } from '../support/answerScan'
import { launchBrowser, newPage } from './support/browser'
import { apiUser, type ApiUser } from './support/workflow'

const base = inject('baseUrl')
const SHOTS = '.tmp/P10'

let browser: Browser
let leader: ApiUser
let admin: ApiUser

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
  leader = await apiUser(base, 'leader')
  admin = await apiUser(base, 'admin')
})
afterAll(async () => {
  await browser?.close()
})

/** Every enterprise's zh and ko name, read by an admin (who sees the register in full). */
async function registerNames(): Promise<string[]> {
  const names: string[] = []
  for (let page = 1; ; page++) {
    const res = await admin.get<{ items: Enterprise[]; total: number }>(`/api/enterprises?pageSize=200&page=${page}`)
    for (const e of res.items) names.push(e.name.zh, e.name.ko)
    if (page * 200 >= res.total) return names.filter(n => n.length >= 4)
  }
}

describe('a masked display link', () => {
  it('plays every slide from pseudonymised answers, and its token reads nothing else', async () => {
    const chainId = leader.me.chainIds[0]!
    const interval = MIN_INTERVAL_SEC
    const saved = await leader.post<Playlist>('/api/playlists', {
      name: `大厅 ${Math.random().toString(36).slice(2, 8)}`,
      masked: true,
      slides: [
        { kind: 'overview', intervalSec: interval },
        { kind: 'chain', filter: { chainId }, intervalSec: interval },
        { kind: 'board', intervalSec: interval },
        { kind: 'pipeline', intervalSec: interval },
        { kind: 'map', intervalSec: interval },
      ],
    })
    expect(saved.status).toBe(201)
    const link = await leader.post<DisplayLinkCreated>('/api/display-links', {
      playlistId: saved.body.id,
      label: '大厅屏幕',
    })
    expect(link.status).toBe(201)

    const screen = await newPage(browser, { viewport: { width: 1920, height: 1080 } })
    const answers: Promise<{ url: string; status: number; text: string }>[] = []
    screen.on('response', res => {
      if (new URL(res.url()).pathname.startsWith('/api/'))
        answers.push(res.text().then(text => ({ url: res.url(), status: res.status(), text })))
    })
    await screen.goto(`${base}/display/${link.body.token}`)
    await screen.locator('[data-testid="present-player"]').waitFor()
    // Every slide's data has arrived once both snapshots and the chain's Overview were asked for.
    await expect
      .poll(async () => (await Promise.all(answers)).map(a => new URL(a.url).pathname), { timeout: 60_000 })
      .toEqual(
        expect.arrayContaining([
          '/api/snapshots/board',
          '/api/snapshots/pipeline',
          '/api/overview',
          `/api/chains/${chainId}`,
        ]),
      )
    await screen.locator('[data-testid="present-slide"][data-ready="true"]').first().waitFor()
    await screen.screenshot({ path: `${SHOTS}/masked-display.png` })

    const received = await Promise.all(answers)
    // 2xx only: a 204 is the county map's "none configured".
    expect(received.filter(a => a.status < 200 || a.status >= 300).map(a => `${a.status} ${a.url}`)).toEqual([])
    const names = await registerNames()
    // The scan can fail: the admin's own register holds names and phones.
    const register = await admin.get('/api/enterprises?pageSize=50')
    expect(names.some(n => JSON.stringify(register).includes(n))).toBe(true)
    expect(phonesIn(register).length).toBeGreaterThan(0)
    for (const answer of received) {
      expect(
        names.filter(n => answer.text.includes(n)),
        answer.url,
      ).toEqual([])
      // Parsed, so a (rounded) amount, a JSON number, is never taken for a phone number.
      expect(answer.text === '' ? [] : phonesIn(JSON.parse(answer.text)), answer.url).toEqual([])
    }

    const withToken = (path: string) =>
      fetch(`${base}${path}`, { headers: { authorization: `Display ${link.body.token}` } }).then(r => r.status)
    for (const path of [
      '/api/enterprises',
      '/api/enterprises/export.xlsx',
      '/api/visits',
      '/api/bottlenecks',
      '/api/recommendations',
      '/api/audit?entityType=visit&entityId=1',
      '/api/playlists',
      '/api/queue',
    ]) {
      expect(await withToken(path), path).toBe(403)
    }
    await screen.context().close()
  })
})
