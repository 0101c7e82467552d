import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countyMapGeo, type CountyMapGeo } from '#contract'
import {
  buildCountyMapOption,
  COUNTY_MAP_NAME,
  PANEL_MAP_STYLE,
  STAGE_MAP_STYLE,
  type CountyMapArea,
} from '@/charts/options/countyMap'
import { englishT } from './translate'

/** The invented eight-rectangle fixture (not map data). */
const geo: CountyMapGeo = countyMapGeo.parse(JSON.parse(readFileSync('tests/fixtures/counties.geojson', 'utf8')))
const t = englishT()

const area = (
  code: CountyMapArea['code'],
  name: string,
  value: number,
  step: number,
  extra: Partial<CountyMapArea> = {},
): CountyMapArea => ({ code, name, value, valueText: String(value), step, ...extra })

type Region = {
  name: string
  value: number
  itemStyle: { areaColor: string; borderColor?: string }
  label: { formatter: string }
  tooltip: { formatter: string }
}
function regions(option: ReturnType<typeof buildCountyMapOption>): Region[] {
  const series = option.series as { type: string; map: string; nameProperty: string; data: Region[] }[]
  return series[0]!.data
}

describe('buildCountyMapOption', () => {
  const data = { measure: 'Visits', areas: [area('yanji', '延吉市', 307, 5), area('dunhua', '敦化市', 60, 1)] }

  it('draws the registered map, matching regions by properties.code', () => {
    const series = (
      buildCountyMapOption(data, geo, t).series as { type: string; map: string; nameProperty: string }[]
    )[0]!
    expect(series).toMatchObject({ type: 'map', map: COUNTY_MAP_NAME, nameProperty: 'code' })
  })

  it("has one region per county the file draws, in the file's order", () => {
    expect(regions(buildCountyMapOption(data, geo, t)).map(r => r.name)).toEqual([
      'yanji',
      'tumen',
      'dunhua',
      'hunchun',
      'longjing',
      'helong',
      'wangqing',
      'antu',
    ])
  })

  it("labels each county with its name in the reader's language and its value", () => {
    const yanji = regions(buildCountyMapOption(data, geo, t)).find(r => r.name === 'yanji')!
    expect(yanji.label.formatter).toBe('{name|延吉市}\n{value|307}')
    expect(yanji.tooltip.formatter).toBe('延吉市 · Visits: 307')
    expect(yanji.value).toBe(307)
  })

  it("shades each county with the tiles' step colours, so one legend serves both", () => {
    const byCode = new Map(regions(buildCountyMapOption(data, geo, t)).map(r => [r.name, r]))
    expect(byCode.get('yanji')!.itemStyle.areaColor).toBe(PANEL_MAP_STYLE.areaColors[5])
    expect(byCode.get('dunhua')!.itemStyle.areaColor).toBe(PANEL_MAP_STYLE.areaColors[1])
    const stage = new Map(regions(buildCountyMapOption(data, geo, t, STAGE_MAP_STYLE)).map(r => [r.name, r]))
    expect(stage.get('yanji')!.itemStyle.areaColor).toBe(STAGE_MAP_STYLE.areaColors[5])
  })

  it('shows a county the file draws but the data lacks as unshaded, with no data', () => {
    const tumen = regions(buildCountyMapOption(data, geo, t)).find(r => r.name === 'tumen')!
    expect(tumen.itemStyle.areaColor).toBe(PANEL_MAP_STYLE.areaColors[0])
    expect(tumen.label.formatter).toBe('{name|tumen}\n{value|no data}')
  })

  it('outlines the highlighted county and writes its badge, so colour is not the only cue', () => {
    const highlighted = {
      measure: 'Visits',
      areas: [area('yanji', 'Yanji', 3, 2, { highlighted: true }), area('tumen', 'Tumen', 1, 1)],
    }
    const byCode = new Map(regions(buildCountyMapOption(highlighted, geo, t)).map(r => [r.name, r]))
    expect(byCode.get('yanji')!.itemStyle.borderColor).toBe(PANEL_MAP_STYLE.highlightColor)
    expect(byCode.get('tumen')!.itemStyle.borderColor).toBeUndefined()
    expect(byCode.get('yanji')!.label.formatter).toBe('{name|Yanji}\n{value|3}')
    const badged = {
      measure: 'Visits',
      areas: [area('yanji', 'Yanji', 3, 2, { highlighted: true, badge: 'Selected' })],
    }
    expect(regions(buildCountyMapOption(badged, geo, t)).find(r => r.name === 'yanji')!.label.formatter).toBe(
      '{name|Yanji}\n{value|3}\n{badge|Selected}',
    )
  })

  it('keeps names from becoming markup in the tooltip or rich text in the label', () => {
    const odd = { measure: 'Visits', areas: [area('yanji', '<b>{Yanji}|</b>', 1, 1)] }
    const yanji = regions(buildCountyMapOption(odd, geo, t)).find(r => r.name === 'yanji')!
    expect(yanji.tooltip.formatter).not.toContain('<b>')
    expect(yanji.label.formatter).toBe('{name|<b> Yanji  </b>}\n{value|1}')
  })
})
