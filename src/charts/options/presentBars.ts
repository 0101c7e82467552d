import { ariaOption } from './common'
import { STAGE_VALUE_LABEL } from './presentCommon'
import type { ChartOption } from './types'

/** Type sizes of a bar chart on the stage (px on the 1920×1080 stage). */
export interface StageBarSizes {
  axisFont: number
  valueFont: number
  barMaxWidth: number
}

/**
 * Horizontal bars on the stage, top to bottom in the given order, each labelled with its count so
 * the chart reads without its value axis (the pipeline's stages, the counties in the deck).
 */
export function buildStageBarsOption(
  bars: readonly { label: string; count: number }[],
  seriesName: string,
  sizes: StageBarSizes,
): ChartOption {
  return {
    aria: ariaOption(false),
    grid: { left: 16, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', inverse: true, data: bars.map(b => b.label), axisLabel: { fontSize: sizes.axisFont } },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: bars.map(b => b.count),
        barMaxWidth: sizes.barMaxWidth,
        label: { ...STAGE_VALUE_LABEL, position: 'right', fontSize: sizes.valueFont },
      },
    ],
  }
}
