/**
 * The deployment's county map (issue 11 §6): served behind the session guard exactly when
 * MAP_GEOJSON configured one, 204 No Content otherwise; a malformed file stops the start.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { COUNTY_MAP_PATH, countyMapGeo } from '#contract'
import { readConfig } from '../../server/config'
import { loadCountyMap } from '../../server/services/countyMap'
import { generateWorld } from '../../mock/generate'
import { startTestApp, TEST_TODAY, type TestApp } from '../support/apiWorld'

const FIXTURE = 'tests/fixtures/counties.geojson'
const world = generateWorld({ seed: 1, anchorDate: TEST_TODAY })
let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

describe('GET /api/map/counties.geojson', () => {
  it('serves the configured file as GeoJSON to a signed-in user', async () => {
    t = await startTestApp(world, TEST_TODAY, undefined, { countyMap: loadCountyMap(FIXTURE) })
    const res = await t.app.inject({ method: 'GET', url: COUNTY_MAP_PATH, headers: { cookie: t.cookie } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/)
    const geo = countyMapGeo.parse(res.json())
    expect(geo.features.map(f => f.properties.code).sort()).toEqual([
      'antu',
      'dunhua',
      'helong',
      'hunchun',
      'longjing',
      'tumen',
      'wangqing',
      'yanji',
    ])
  })

  it('answers 204 with no body when no map is configured', async () => {
    t = await startTestApp(world)
    const res = await t.app.inject({ method: 'GET', url: COUNTY_MAP_PATH, headers: { cookie: t.cookie } })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
  })

  it('answers 401 without a session, map or not', async () => {
    t = await startTestApp(world, TEST_TODAY, undefined, { countyMap: loadCountyMap(FIXTURE) })
    const res = await t.app.inject({ method: 'GET', url: COUNTY_MAP_PATH })
    expect(res.statusCode).toBe(401)
  })
})

describe('MAP_GEOJSON', () => {
  it('is read from the environment only as a path, unset meaning tiles only', () => {
    expect(readConfig({ MAP_GEOJSON: FIXTURE }).countyMapFile).toBe(FIXTURE)
    expect(readConfig({}).countyMapFile).toBeUndefined()
    expect(readConfig({ MAP_GEOJSON: '' }).countyMapFile).toBeUndefined()
  })

  it('refuses a file whose features do not name our counties in properties.code, saying so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chain-map-'))
    const geo = JSON.parse(readFileSync(FIXTURE, 'utf8'))
    geo.features[0].properties = { name: '延吉市' }
    const bad = join(dir, 'bad.geojson')
    writeFileSync(bad, JSON.stringify(geo))
    expect(() => loadCountyMap(bad)).toThrow(/MAP_GEOJSON.*properties\.code/)
    expect(() => loadCountyMap(join(dir, 'missing.geojson'))).toThrow(/MAP_GEOJSON: cannot read/)
  })
})
