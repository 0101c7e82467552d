import { ariaOption } from './common'
import { STAGE_VALUE_LABEL } from './presentCommon'
import type { ChartOption } from './types'

/**
 * The county map as the deck draws it: one horizontal bar per county, in the map's reading order,
 * labelled with its count. The stage's tile grid is HTML, which a slide image cannot carry; bars
 * show the same comparison without drawing boundaries (DESIGN.md Maps).
 */
export function buildPresentCountyBarsOption(counties: { label: string, count: number }[], seriesName: string): ChartOption {
  return {
    aria: ariaOption(false),
    grid: { left: 16, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', inverse: true, data: counties.map(c => c.label), axisLabel: { fontSize: 24 } },
    series: [{
      type: 'bar',
      name: seriesName,
      data: counties.map(c => c.count),
      barMaxWidth: 48,
      label: { ...STAGE_VALUE_LABEL, position: 'right', fontSize: 26 },
    }],
  }
}
