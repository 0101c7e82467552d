import type { EChartsCoreOption } from 'echarts/core'
import type { SlideDescription } from '../../slideTypes'

/** A KPI as a slide shows it: the label and the formatted value; `kpi` names it for tests. */
export interface SlideKpi {
  kpi: string
  label: string
  value: string
  detail?: string
}

/** A chart as a slide draws it, with the caption that is also its accessible name. */
export interface SlideChart {
  caption: string
  option: EChartsCoreOption
}

/** The KPIs of a model as the deck shows them: label and formatted value (details folded in). */
export function describeKpis(kpis: SlideKpi[]): SlideDescription['kpis'] {
  return kpis.map(k => ({ label: k.label, value: k.detail ? `${k.value} (${k.detail})` : k.value }))
}
