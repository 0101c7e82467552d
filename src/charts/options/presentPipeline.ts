import { buildStageBarsOption } from './presentBars'
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
  return buildStageBarsOption(stages, seriesName, { axisFont: 28, valueFont: 32, barMaxWidth: 64 })
}
