/**
 * Masking happens on the server (issue 10): every answer a masked stage gets — through a display
 * link of a masked playlist, or signed in with `X-Chain-Masked: 1` — names no enterprise, inside
 * texts neither, and rounds amounts. The scan is shown able to fail first: the same requests
 * unmasked name enterprises. Pseudonyms are keyed with the installation's secret (migration 009).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  displayLinkCreated,
  MASKED_REQUEST_HEADER,
  playlist,
  pseudonymKey,
  pseudonymName,
  type BoardSnapshot,
  type PlaylistBodyInput,
} from '#contract'
import { bumpDataVersion } from '../../server/repositories/meta'
import { PSEUDONYM_SECRET_KEY, readPseudonymSecret } from '../../server/services/answerMasking'
import { TEST_TODAY } from '../support/apiWorld'
import { startPresentApp, type PresentApp } from './presentApp'

const MASKED = { [MASKED_REQUEST_HEADER]: '1' }
const DAY = TEST_TODAY
const FROM = addCalendarDays(DAY, -364)

/** A frozen, masked playlist with every slide kind: its links' requests are exactly the ones below. */
const MASKED_PLAYLIST: PlaylistBodyInput = {
  name: '大厅屏幕',
  mode: 'frozen',
  asOf: DAY,
  masked: true,
  slides: [
    { kind: 'overview' },
    { kind: 'chain', filter: { chainId: 1 } },
    { kind: 'board' },
    { kind: 'pipeline' },
    { kind: 'map' },
  ],
}

/** What the stage of that playlist asks for (the slide loaders' requests, frozen on DAY). */
const STAGE_REQUESTS = [
  '/api/display',
  `/api/overview?from=${FROM}&to=${DAY}&asOf=${DAY}`,
  `/api/trends?from=${FROM}&to=${DAY}&asOf=${DAY}`,
  '/api/counties',
  '/api/chains/1',
  `/api/overview?chainId=1&from=${FROM}&to=${DAY}&asOf=${DAY}`,
  `/api/overview?chainId=1&from=${DAY.slice(0, 4)}-01-01&to=${DAY}&asOf=${DAY}`,
  `/api/snapshots/board?asOf=${DAY}&from=${FROM}&to=${DAY}`,
  `/api/snapshots/pipeline?asOf=${DAY}`,
]
const BOARD = STAGE_REQUESTS.find(u => u.startsWith('/api/snapshots/board'))!
const PIPELINE = STAGE_REQUESTS.find(u => u.startsWith('/api/snapshots/pipeline'))!

/** Every enterprise's names as the register holds them, and the short form texts use ("…有限公司" left out). */
async function registerNames(t: PresentApp): Promise<string[]> {
  const rows = await t.db.selectFrom('enterprises').select(['name_zh', 'name_ko']).execute()
  return rows.flatMap(r => [r.name_zh, r.name_ko, r.name_zh.replace(/(股份)?有限(责任)?公司$/, '')])
}

/** The register's names found in an answer body. */
function namesIn(body: unknown, names: readonly string[]): string[] {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return names.filter(n => text.includes(n))
}

/** True when every number under a `…Cny` key has at most two significant digits. */
function amountsRounded(body: unknown): boolean {
  let rounded = true
  JSON.stringify(body, (k, v: unknown) => {
    if (typeof v === 'number' && k.endsWith('Cny') && v !== 0 && Number(v.toPrecision(2)) !== v) rounded = false
    return v
  })
  return rounded
}

let t: PresentApp
let names: string[]
let token: string
/** The enterprise a planted recommendation title names (the demo's titles name chains only). */
let planted: { zh: string; ko: string }

beforeAll(async () => {
  t = await startPresentApp()
  names = await registerNames(t)
  const e = await t.db
    .selectFrom('enterprises')
    .select(['id', 'name_zh', 'name_ko'])
    .orderBy('id')
    .executeTakeFirstOrThrow()
  planted = { zh: e.name_zh, ko: e.name_ko }
  const waiting = await t.db
    .selectFrom('recommendations')
    .select('id')
    .where('status', '=', 'submitted')
    .orderBy('id')
    .limit(2)
    .execute()
  expect(waiting).toHaveLength(2)
  await t.db
    .updateTable('recommendations')
    .set({ title: `关于支持${planted.zh}扩大产能的建议` })
    .where('id', '=', waiting[0]!.id)
    .execute()
  await t.db
    .updateTable('recommendations')
    .set({ title: `${planted.ko} 생산 확대 지원에 관한 건의` })
    .where('id', '=', waiting[1]!.id)
    .execute()
  await bumpDataVersion(t.db)

  const saved = playlist.parse((await t.send('leader', 'POST', '/api/playlists', MASKED_PLAYLIST)).body)
  token = displayLinkCreated.parse(
    (await t.send('leader', 'POST', '/api/display-links', { playlistId: saved.id, label: '大厅' })).body,
  ).token
})
afterAll(async () => t.close())

describe("a masked stage's answers", () => {
  it('the scan can fail: unmasked, the same requests name enterprises, in the board and in a recommendation title', async () => {
    const found = new Set<string>()
    // GET /api/display answers display tokens only.
    for (const url of STAGE_REQUESTS.slice(1)) {
      const res = await t.send('viewer', 'GET', url)
      expect(res.status, url).toBe(200)
      for (const n of namesIn(res.body, names)) found.add(n)
    }
    expect(found).toContain(planted.zh)
    expect(found).toContain(planted.ko)
    const board = (await t.send('viewer', 'GET', BOARD)).body as BoardSnapshot
    expect(board.recentlyResolved.length).toBeGreaterThan(0)
    expect(found).toContain(board.recentlyResolved[0]!.enterpriseName.zh)
  })

  it("through a masked playlist's display link: no enterprise name in any answer of its slides", async () => {
    for (const url of STAGE_REQUESTS) {
      const res = await t.asDisplay(token, 'GET', url)
      expect(res.status, url).toBe(200)
      expect(namesIn(res.body, names), url).toEqual([])
      expect(amountsRounded(res.body), url).toBe(true)
    }
  })

  it("signed in with X-Chain-Masked: 1: no enterprise name in the slides' answers, nor in visit summaries that name them", async () => {
    const lists = ['/api/visits?pageSize=100', '/api/bottlenecks?pageSize=100', '/api/recommendations?pageSize=100']
    const unmasked = await t.send('viewer', 'GET', lists[0]!)
    expect(namesIn(unmasked.body, names).length).toBeGreaterThan(0)
    for (const url of [...STAGE_REQUESTS.slice(1), ...lists]) {
      const res = await t.send('viewer', 'GET', url, undefined, MASKED)
      expect(res.status, url).toBe(200)
      expect(namesIn(res.body, names), url).toEqual([])
      expect(amountsRounded(res.body), url).toBe(true)
    }
  })

  it("puts the installation's pseudonyms where the names were, in titles too", async () => {
    const key = pseudonymKey(await readPseudonymSecret(t.db))
    const board = (await t.send('viewer', 'GET', BOARD, undefined, MASKED)).body as BoardSnapshot
    for (const r of board.recentlyResolved) expect(r.enterpriseName).toEqual(pseudonymName(r.enterpriseId, key))
    const first = await t.db.selectFrom('enterprises').select('id').orderBy('id').executeTakeFirstOrThrow()
    const pipeline = JSON.stringify((await t.send('viewer', 'GET', PIPELINE, undefined, MASKED)).body)
    expect(pipeline).toContain(`关于支持${pseudonymName(first.id, key).zh}扩大产能的建议`)
    expect(pipeline).toContain(`${pseudonymName(first.id, key).ko} 생산 확대 지원에 관한 건의`)
  })

  it('rounds amounts to two significant digits where unmasked answers are exact', async () => {
    const url = `/api/trends?from=${FROM}&to=${DAY}`
    const exact = (await t.send('viewer', 'GET', url)).body as { months: { ordersAmountCny: number }[] }
    const masked = (await t.send('viewer', 'GET', url, undefined, MASKED)).body as typeof exact
    expect(amountsRounded(exact)).toBe(false)
    expect(masked.months.map(m => m.ordersAmountCny)).toEqual(
      exact.months.map(m => Number(m.ordersAmountCny.toPrecision(2))),
    )
  })

  it('refuses what cannot be masked (an xlsx export) instead of sending it', async () => {
    const res = await t.send('admin', 'GET', '/api/enterprises/export.xlsx', undefined, MASKED)
    expect(res.status).toBe(403)
    expect(namesIn(res.body, names)).toEqual([])
  })

  it('tells caches that the answer depends on the header', async () => {
    const res = await t.send('viewer', 'GET', '/api/counties')
    expect(String(res.headers.vary)).toMatch(/X-Chain-Masked/i)
  })
})

describe('the pseudonym secret', () => {
  it('is stable within one installation and differs between two', async () => {
    const url = BOARD
    const once = (await t.send('viewer', 'GET', url, undefined, MASKED)).body as BoardSnapshot
    await bumpDataVersion(t.db)
    expect((await t.send('viewer', 'GET', url, undefined, MASKED)).body).toEqual(once)

    const other = await startPresentApp()
    try {
      expect(await readPseudonymSecret(other.db)).not.toBe(await readPseudonymSecret(t.db))
      const there = (await other.send('viewer', 'GET', url, undefined, MASKED)).body as BoardSnapshot
      expect(there.recentlyResolved.map(r => r.enterpriseId)).toEqual(once.recentlyResolved.map(r => r.enterpriseId))
      expect(there.recentlyResolved.map(r => r.enterpriseName.zh)).not.toEqual(
        once.recentlyResolved.map(r => r.enterpriseName.zh),
      )

      // A restore (or a second instance) on the same secret names every enterprise alike.
      const secret = await readPseudonymSecret(t.db)
      await other.db
        .updateTable('settings')
        .set({ value_json: JSON.stringify(secret) })
        .where('key', '=', PSEUDONYM_SECRET_KEY)
        .execute()
      await bumpDataVersion(other.db)
      expect((await other.send('viewer', 'GET', url, undefined, MASKED)).body).toEqual(once)
    } finally {
      await other.close()
    }
  })

  it('is 32 random bytes, made by the migration', async () => {
    expect(await readPseudonymSecret(t.db)).toMatch(/^[0-9a-f]{64}$/)
  })
})
