/**
 * The one ECharts lifecycle both chart components share (BaseChart for the app's pages, StageChart
 * for the presentation stage): init on an element with a theme and init options, setOption on
 * option change, resize with the element's box, and dispose plus observer disconnect on unmount,
 * so nothing is left behind however often a chart mounts and unmounts.
 *
 * Every setOption passes `notMerge: true`: a new option replaces the old one whole, so a series or
 * component the new option drops does not linger from the previous one.
 */
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { init, type ECharts, type EChartsCoreOption, type EChartsInitOpts } from 'echarts/core'

export interface UseEChartOptions {
  /** A theme registered with `registerTheme`. */
  theme: string
  /** Renderer, locale, …; read at each (re)creation, so a getter may follow reactive state. */
  initOpts?: EChartsInitOpts | (() => EChartsInitOpts)
  /** The option source; watched, and applied on every change. */
  option: () => EChartsCoreOption
  /** Maps the source option to the one drawn (on creation and on every change). */
  prepare?: (option: EChartsCoreOption) => EChartsCoreOption
  /** When to create the chart after mount; by default at once. It is handed the create function. */
  start?: (create: () => void) => void
  /** After each creation, once the first option is set and `chart` holds the new instance. */
  onCreated?: (chart: ECharts) => void
  /** After each resize the observer triggers. */
  onResize?: () => void
}

export interface UseEChart {
  /** The live instance: undefined before creation and after unmount. */
  chart: ShallowRef<ECharts | undefined>
  /** Disposes the current instance (if any) and creates a new one, e.g. when the locale changes. */
  recreate: () => void
}

export function useEChart(el: Ref<HTMLElement | undefined>, options: UseEChartOptions): UseEChart {
  const chart = shallowRef<ECharts>()
  const prepare = options.prepare ?? ((option: EChartsCoreOption) => option)
  let observer: ResizeObserver | undefined
  let unmounted = false

  function create(): void {
    // A deferred start may run after unmount; there is nothing to draw into then.
    if (!el.value || unmounted) return
    chart.value?.dispose()
    const initOpts = typeof options.initOpts === 'function' ? options.initOpts() : options.initOpts
    const c = init(el.value, options.theme, initOpts)
    c.setOption(prepare(options.option()), true)
    chart.value = c
    options.onCreated?.(c)
  }

  function resize(): void {
    chart.value?.resize()
    options.onResize?.()
  }

  onMounted(() => {
    if (options.start) options.start(create)
    else create()
    observer = new ResizeObserver(resize)
    if (el.value) observer.observe(el.value)
  })

  watch(options.option, option => chart.value?.setOption(prepare(option), true))

  onBeforeUnmount(() => {
    unmounted = true
    observer?.disconnect()
    observer = undefined
    chart.value?.dispose()
    chart.value = undefined
  })

  return { chart, recreate: create }
}
