/**
 * Types shared by the option builders. Only TYPES come from echarts here, so the builders stay
 * out of the eager chunk's ECharts cost and run in unit tests without a DOM.
 */
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { MessageKey } from '@/locales/messageKeys'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | AriaComponentOption
>

/** vue-i18n's `t`, narrowed to what the builders use. */
export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string

/** Layout hints for a builder: `compact` for phone-sized containers. */
export interface LayoutOptions {
  compact?: boolean
}
