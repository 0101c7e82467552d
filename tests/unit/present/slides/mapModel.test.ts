import { describe, expect, it } from 'vitest'
import { buildMapModel, describeMap } from '@/components/present/slides/map/mapModel'
import { englishT } from '../../charts/translate'
import { readFileSync } from 'node:fs'
import { countyMapGeo } from '#contract'
import { mapData } from './fixtures'

const t = englishT()
const en = { masked: false, locale: 'en' } as const

describe('the map slide', () => {
  it('places each county on the tile grid with its three numbers', () => {
    const tiles = buildMapModel(mapData(), {}, en, t).tiles
    expect(tiles.map(x => [x.name, x.column, x.row, ...x.values.map(v => v.value)])).toEqual([
      ['Yanji', 2, 2, '307', '42', '3'],
      ['Dunhua', 1, 1, '60', '9', '0'],
    ])
  })

  it('names counties in the slide language', () => {
    expect(buildMapModel(mapData(), {}, { masked: false, locale: 'ko-CN' }, t).tiles.map(x => x.name)).toEqual([
      '연길시',
      '돈화시',
    ])
  })

  it('shades by visits and highlights the filtered county', () => {
    const tiles = buildMapModel(mapData(), { county: 'dunhua' }, en, t).tiles
    expect(tiles.map(x => [x.code, x.step, x.highlighted])).toEqual([
      ['yanji', 5, false],
      ['dunhua', 1, true],
    ])
  })

  it('describes one table row per county with the numbers on the tiles', () => {
    const d = describeMap(buildMapModel(mapData(), {}, en, t))
    expect(d.tables[0]!.head).toEqual(['County', 'Visits', 'Enterprises reached', 'Overdue'])
    expect(d.tables[0]!.rows).toEqual([
      ['Yanji', '307', '42', '3'],
      ['Dunhua', '60', '9', '0'],
    ])
  })

  it('gives the deck a bar chart of visits by county, since the tile grid cannot be a picture', () => {
    const [chart] = describeMap(buildMapModel(mapData(), {}, en, t)).charts
    expect(chart!.caption).toBe('Visits')
    const option = chart!.option as { yAxis: { data: string[] }; series: { data: number[] }[] }
    expect(option.yAxis.data).toEqual(['Yanji', 'Dunhua'])
    expect(option.series[0]!.data).toEqual([307, 60])
  })

  it("draws the deployment's map instead of the tiles when it has one, shaded and highlighted alike", () => {
    expect(buildMapModel(mapData(), {}, en, t).choropleth).toBeNull()
    const geo = countyMapGeo.parse(JSON.parse(readFileSync('tests/fixtures/counties.geojson', 'utf8')))
    const choropleth = buildMapModel({ ...mapData(), geo }, { county: 'dunhua' }, en, t).choropleth!
    expect(choropleth.label).toBe('Map of the counties, coloured by Visits')
    const regions = (
      choropleth.option.series as {
        data: { name: string; itemStyle: { borderWidth?: number }; label: { formatter: string } }[]
      }[]
    )[0]!.data
    const dunhua = regions.find(r => r.name === 'dunhua')!
    expect(dunhua.label.formatter).toBe('{name|Dunhua}\n{value|60}\n{badge|Selected}')
    expect(dunhua.itemStyle.borderWidth).toBe(6)
    expect(regions.find(r => r.name === 'yanji')!.itemStyle.borderWidth).toBeUndefined()
  })

  it("keeps the deck's bar chart when the stage draws the map (the deck cannot register it)", () => {
    const geo = countyMapGeo.parse(JSON.parse(readFileSync('tests/fixtures/counties.geojson', 'utf8')))
    const [chart] = describeMap(buildMapModel({ ...mapData(), geo }, {}, en, t)).charts
    expect((chart!.option as { series: { type: string }[] }).series[0]!.type).toBe('bar')
  })
})
