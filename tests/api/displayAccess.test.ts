/**
 * What a display token reads (issue 10, "a display link reads exactly what its playlist shows"):
 * for each slide kind, live and frozen, the requests its stage makes answer 200 and the same
 * requests for another chain, county or day answer 403; every other GET route in Fastify's route
 * table answers 403; and no answer a display token gets carries a phone number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COUNTY_MAP_PATH,
  displayLinkCreated,
  playlist as playlistSchema,
  SLIDE_KINDS,
  type PlaylistBodyInput,
  type SlideFilter,
  type SlideKind,
} from '#contract'
import { phonesIn } from '../support/answerScan'
import { TEST_TODAY, type TestResponse } from '../support/apiWorld'
import { routeTable } from '../support/routeTable'
import { loadCountyMap } from '../../server/services/countyMap'
import { startPresentApp, type PresentApp } from './presentApp'

let t: PresentApp
// With a county map configured (the invented fixture), so the map slide's request for it is real.
beforeAll(async () => {
  t = await startPresentApp({ countyMap: loadCountyMap('tests/fixtures/counties.geojson') })
})
afterAll(async () => t.close())

/** Every answer a display token got in this suite, for the scans at the end. */
const displayAnswers: { url: string; res: TestResponse }[] = []

async function asDisplay(token: string, url: string, method: 'GET' | 'HEAD' = 'GET'): Promise<TestResponse> {
  const res = method === 'GET' ? await t.asDisplay(token, 'GET', url) : await head(token, url)
  displayAnswers.push({ url, res })
  return res
}

async function head(token: string, url: string): Promise<TestResponse> {
  const res = await t.app.inject({ method: 'HEAD', url, headers: { authorization: `Display ${token}` } })
  return { status: res.statusCode, body: res.body, headers: res.headers }
}

/** Saves `body` as the leader and issues a display link for it. */
async function linkFor(body: PlaylistBodyInput): Promise<{ id: number; token: string }> {
  const saved = await t.send('leader', 'POST', '/api/playlists', body)
  expect(saved.status).toBe(201)
  const issued = await t.send('leader', 'POST', '/api/display-links', {
    playlistId: playlistSchema.parse(saved.body).id,
    label: 'Lobby',
  })
  expect(issued.status).toBe(201)
  return displayLinkCreated.parse(issued.body)
}

const FROZEN_DAY = '2026-03-31'
const COUNTY = 'tumen' as const
const OTHER_COUNTY = 'yanji'
/** The filters each kind's slide gets here: a chain and a county where the kind uses them. */
const FILTERS: Record<SlideKind, SlideFilter> = {
  overview: { chainId: 1, county: COUNTY },
  chain: { chainId: 1 },
  board: { chainId: 1, county: COUNTY },
  pipeline: { chainId: 1 },
  map: { chainId: 1, county: COUNTY },
}

const q = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString()

/**
 * The requests the stage makes for one slide, as its loader in src/components/present/slides builds
 * them (the unit suite tests/unit/present/displayStage.test.ts runs the loaders themselves): the day
 * is the frozen date or today, the period the twelve months to it.
 */
function stageRequests(kind: SlideKind, frozen: boolean): string[] {
  const day = frozen ? FROZEN_DAY : TEST_TODAY
  const from = frozen ? '2025-04-01' : '2025-07-01'
  const asOf = frozen ? FROZEN_DAY : undefined
  const { chainId, county } = FILTERS[kind]
  switch (kind) {
    case 'overview':
      return [
        `/api/overview?${q({ chainId, county, from, to: day, asOf })}`,
        frozen ? `/api/trends?${q({ chainId, county, from, to: day, asOf })}` : `/api/trends?${q({ chainId, county })}`,
        '/api/chains',
        '/api/counties',
      ]
    case 'chain':
      return [
        `/api/chains/${chainId}`,
        `/api/overview?${q({ chainId, from, to: day, asOf })}`,
        `/api/overview?${q({ chainId, from: `${day.slice(0, 4)}-01-01`, to: day, asOf })}`,
        '/api/counties',
      ]
    case 'board':
      return [
        `/api/snapshots/board?${q({ asOf: day, from, to: day, chainId, county })}`,
        '/api/chains',
        '/api/counties',
      ]
    case 'pipeline':
      return [`/api/snapshots/pipeline?${q({ asOf: day, chainId })}`, '/api/chains', '/api/counties']
    case 'map':
      return [`/api/overview?${q({ chainId, from, to: day, asOf })}`, COUNTY_MAP_PATH, '/api/chains', '/api/counties']
  }
}

/** The same kind of request, but for data its slide does not show. */
function beyondTheSlide(kind: SlideKind, frozen: boolean): string[] {
  const day = frozen ? FROZEN_DAY : TEST_TODAY
  const asOf = frozen ? FROZEN_DAY : undefined
  const { chainId, county } = FILTERS[kind]
  const otherDay = { asOf: frozen ? '2026-06-01' : TEST_TODAY }
  switch (kind) {
    case 'overview':
      return [
        `/api/overview?${q({ chainId: 2, county, asOf })}`,
        `/api/overview?${q({ chainId, county: OTHER_COUNTY, asOf })}`,
        `/api/overview?${q({ chainId, asOf })}`,
        `/api/overview?${q({ chainId, county, ...otherDay })}`,
        `/api/trends?${q({ county, asOf })}`,
        '/api/chains/2',
      ]
    case 'chain':
      return [
        '/api/chains/2',
        `/api/overview?${q({ chainId: 2, asOf })}`,
        `/api/overview?${q({ chainId, ...otherDay })}`,
      ]
    case 'board':
      return [
        `/api/snapshots/board?${q({ asOf: day, chainId, county: OTHER_COUNTY })}`,
        `/api/snapshots/board?${q({ asOf: day, county })}`,
        `/api/snapshots/pipeline?${q({ asOf: day, chainId })}`,
      ]
    case 'pipeline':
      return [
        `/api/snapshots/pipeline?${q({ asOf: day, chainId: 2 })}`,
        `/api/snapshots/pipeline?${q({ asOf: day })}`,
        `/api/overview?${q({ chainId })}`,
      ]
    case 'map':
      return [
        `/api/overview?${q({ chainId: 2, asOf })}`,
        `/api/overview?${q({ chainId, county, asOf })}`,
        `/api/trends?${q({ chainId, asOf })}`,
      ]
  }
}

describe('a display token reads what its slide shows', () => {
  for (const frozen of [false, true]) {
    for (const kind of SLIDE_KINDS) {
      it(`${kind} slide, ${frozen ? 'frozen' : 'live'}: the stage's requests answer 200, the same for other data 403`, async () => {
        const { token } = await linkFor({
          name: `${kind} ${frozen ? 'frozen' : 'live'}`,
          slides: [{ kind, filter: FILTERS[kind] }],
          ...(frozen ? { mode: 'frozen', asOf: FROZEN_DAY } : {}),
        })
        expect((await asDisplay(token, '/api/display')).status).toBe(200)
        for (const url of stageRequests(kind, frozen))
          expect({ url, status: (await asDisplay(token, url)).status }).toEqual({ url, status: 200 })
        for (const url of beyondTheSlide(kind, frozen)) {
          const res = await asDisplay(token, url)
          expect({ url, status: res.status }).toEqual({ url, status: 403 })
          expect(res.body.error.code).toBe('forbidden')
        }
      })
    }
  }
})

describe('a display token reads nothing else', () => {
  /** Sample ids and queries that make each route answer an admin with real data. */
  const SAMPLE_QUERY: Record<string, string> = {
    '/api/audit': '?entityType=visit&entityId=1',
    '/api/snapshots/board': `?asOf=${TEST_TODAY}`,
    '/api/snapshots/pipeline': `?asOf=${TEST_TODAY}`,
    '/api/reports/year-review': '?year=2026',
  }
  const concrete = (url: string, playlistId: number) =>
    url
      .replace('/api/playlists/:id', `/api/playlists/${playlistId}`)
      .replace(':id', '2')
      .replace(':year', '2026')
      .replace(/\*$/, '') + (SAMPLE_QUERY[url] ?? '')

  it("answers 403 on every GET route of the session-guarded API but the slides' own; outside it, as to anyone", async () => {
    const { token } = await linkFor({
      name: 'every kind',
      slides: SLIDE_KINDS.map(kind => ({ kind, filter: FILTERS[kind] })),
    })
    const playlistId = (await t.send('admin', 'GET', '/api/playlists')).body.items[0].id as number
    const gets = routeTable(t.app)
      .filter(r => r.method === 'GET')
      .map(r => r.url)
    expect(gets).toEqual(
      expect.arrayContaining([
        '/api/enterprises/export.xlsx',
        '/api/audit',
        '/api/playlists/:id',
        '/api/display-links',
      ]),
    )
    for (const pattern of gets) {
      const url = concrete(pattern, playlistId)
      const anonymous = await t.send('anonymous', 'GET', url)
      const display = await asDisplay(token, url)
      if (url === '/api/auth/me') {
        // Sign-in's own probe reads only a session: a display token is nobody there.
        expect(display.status).toBe(200)
        expect((display.body as { user: unknown }).user).toBeNull()
        continue
      }
      if (anonymous.status !== 401) {
        // Outside the session guard (health, the OpenAPI document and its pages): public to all.
        expect({ url, status: display.status }).toEqual({ url, status: anonymous.status })
        continue
      }
      if (url === '/api/display') {
        expect(display.status).toBe(200)
        continue
      }
      // The admin reads real data at this address, so a 403 here is a refusal, not a missing record.
      expect({ url, admin: (await t.send('admin', 'GET', url)).status }).toEqual({ url, admin: 200 })
      const allowed = ['/api/chains', '/api/counties', COUNTY_MAP_PATH].includes(url)
      expect({ url, status: display.status }).toEqual({ url, status: allowed ? 200 : 403 })
    }
  })

  it('refuses the contact register, its export, the audit, playlists and links whatever the query', async () => {
    const { token } = await linkFor({ name: 'overview', slides: [{ kind: 'overview' }] })
    for (const url of [
      '/api/enterprises/export.xlsx',
      '/api/enterprises?ids=1,2,3',
      '/api/enterprises/1',
      '/api/visits?chainId=1',
      '/api/bottlenecks',
      '/api/recommendations',
      '/api/audit?entityType=user&entityId=1',
      '/api/playlists',
      '/api/display-links',
      '/api/queue',
      '/api/admin/users',
      '/api/reports/year-review?year=2026',
      // The county map is the map slide's alone.
      COUNTY_MAP_PATH,
    ]) {
      expect({ url, status: (await asDisplay(token, url)).status }).toEqual({ url, status: 403 })
      expect({ url, status: (await asDisplay(token, url, 'HEAD')).status }).toEqual({ url, status: 403 })
    }
  })
})

describe('no answer to a display token carries a phone number', () => {
  it("the scanner finds the phones in an admin's answers (so it can fail)", async () => {
    const res = await t.send('admin', 'GET', '/api/enterprises?pageSize=20')
    expect(res.status).toBe(200)
    expect(phonesIn(res.body).length).toBeGreaterThan(0)
  })

  it('finds none in any answer a display token got in this suite', () => {
    expect(displayAnswers.length).toBeGreaterThan(100)
    const leaks = displayAnswers.filter(a => phonesIn(a.res.body).length > 0).map(a => a.url)
    expect(leaks).toEqual([])
  })
})
