import { ariaOption } from './common'
import { STAGE_VALUE_LABEL } from './presentCommon'
import type { ChartOption } from './types'

export interface PipelineBar {
  /** The stage's name in the slide's language. */
  label: string
  count: number
  /** Median whole days the stage's recommendations have stood in it; null when it is empty. */
  medianDays: number | null
}

/**
 * The recommendation pipeline on the stage: one horizontal bar per stage in process order (top
 * to bottom), labelled with its count, so the chart reads without its axis. Days in stage stay
 * in the slide's text, where they are numbers rather than bar lengths.
 */
export function buildPresentPipelineOption(stages: PipelineBar[], seriesName: string): ChartOption {
  return {
    aria: ariaOption(false),
    grid: { left: 16, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', inverse: true, data: stages.map(s => s.label), axisLabel: { fontSize: 28 } },
    series: [{
      type: 'bar',
      name: seriesName,
      data: stages.map(s => s.count),
      barMaxWidth: 64,
      label: { ...STAGE_VALUE_LABEL, position: 'right', fontSize: 32 },
    }],
  }
}
