import { describe, expect, it } from 'vitest'
import type { County } from '#contract'
import { buildCountyTiles } from '@/components/overview/countyTiles'

const county = (code: County['code'], x: number, y: number): County => ({
  code,
  name: { zh: code, ko: code, en: code },
  kind: 'city',
  tile: { x, y },
})
const counties = [county('yanji', 1, 1), county('dunhua', 0, 0), county('hunchun', 3, 1)]
const row = (c: County['code'], visits: number, overdue = 0) => ({
  county: c,
  visits,
  enterprisesVisited: 0,
  enterprisesTotal: 0,
  bottlenecksRaised: 0,
  overdue,
})

describe('buildCountyTiles', () => {
  it('places tiles on a 1-based grid from the county tile positions', () => {
    const tiles = buildCountyTiles(counties, [], 'visits')
    expect(tiles.map(t => [t.code, t.column, t.row])).toEqual([
      ['yanji', 2, 2],
      ['dunhua', 1, 1],
      ['hunchun', 4, 2],
    ])
  })

  it('colours by the chosen measure, the largest value darkest and zero uncoloured', () => {
    const data = [row('yanji', 100, 0), row('dunhua', 20, 3), row('hunchun', 0, 1)]
    const visits = buildCountyTiles(counties, data, 'visits')
    expect(visits.map(t => t.step)).toEqual([5, 1, 0])
    const overdue = buildCountyTiles(counties, data, 'overdue')
    expect(overdue.map(t => t.value)).toEqual([0, 3, 1])
    expect(overdue.map(t => t.step)).toEqual([0, 5, 2])
  })

  it('treats a county missing from the data as zero', () => {
    expect(buildCountyTiles(counties, [row('yanji', 5)], 'visits').find(t => t.code === 'hunchun')!.value).toBe(0)
  })
})
