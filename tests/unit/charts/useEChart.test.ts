/**
 * The one ECharts lifecycle BaseChart and StageChart share (issue 12 §2): init on the element with
 * the theme and init options, setOption (notMerge) on option change, resize when the element's box
 * changes, dispose and observer disconnect on unmount. ECharts and ResizeObserver are fakes here,
 * so each call can be seen; the components' own tests draw with the real ECharts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref, shallowRef, type PropType } from 'vue'
import type { EChartsCoreOption } from 'echarts/core'
import { useEChart, type UseEChartOptions } from '@/charts/useEChart'

interface FakeChart {
  setOption: ReturnType<typeof vi.fn>
  resize: ReturnType<typeof vi.fn>
  dispose: ReturnType<typeof vi.fn>
}

const { charts, init } = vi.hoisted(() => {
  const charts: FakeChart[] = []
  const init = vi.fn(() => {
    const c = { setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }
    charts.push(c)
    return c
  })
  return { charts, init }
})
vi.mock('echarts/core', () => ({ init }))

class FakeObserver {
  static all: FakeObserver[] = []
  observed: Element[] = []
  disconnected = false
  constructor(readonly callback: ResizeObserverCallback) {
    FakeObserver.all.push(this)
  }
  observe(target: Element): void {
    this.observed.push(target)
  }
  unobserve(): void {}
  disconnect(): void {
    this.disconnected = true
  }
  fire(): void {
    this.callback([], this as unknown as ResizeObserver)
  }
}

type Extra = Omit<UseEChartOptions, 'option' | 'theme'>

/** A host component: one div, the composable on it, its result kept for the test to read. */
function host(extra: Extra = {}) {
  const result = shallowRef<ReturnType<typeof useEChart>>()
  const Host = defineComponent({
    props: { option: { type: Object as PropType<EChartsCoreOption>, required: true } },
    setup(props) {
      const el = ref<HTMLDivElement>()
      result.value = useEChart(el, { theme: 'test-theme', option: () => props.option, ...extra })
      return () => h('div', { ref: el, class: 'host' })
    },
  })
  return { Host, result }
}

const first: EChartsCoreOption = { series: [{ type: 'bar', data: [1, 2] }] }
const second: EChartsCoreOption = { series: [{ type: 'bar', data: [5, 6] }] }

beforeEach(() => {
  charts.length = 0
  init.mockClear()
  FakeObserver.all = []
  vi.stubGlobal('ResizeObserver', FakeObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useEChart', () => {
  it('initialises on mount on the element, with the theme, init options and the option (notMerge)', () => {
    const { Host, result } = host({ initOpts: { renderer: 'svg' } })
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    expect(init).toHaveBeenCalledTimes(1)
    expect(init).toHaveBeenCalledWith(w.find('.host').element, 'test-theme', { renderer: 'svg' })
    expect(charts[0]!.setOption).toHaveBeenCalledWith(first, true)
    expect(result.value!.chart.value).toBe(charts[0])
    w.unmount()
  })

  it('prepares the option before drawing it, on creation and on change', async () => {
    const prepare = (o: EChartsCoreOption): EChartsCoreOption => ({ ...o, animation: false })
    const { Host } = host({ prepare })
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    expect(charts[0]!.setOption).toHaveBeenLastCalledWith({ ...first, animation: false }, true)
    await w.setProps({ option: second })
    expect(charts[0]!.setOption).toHaveBeenLastCalledWith({ ...second, animation: false }, true)
    w.unmount()
  })

  it('applies a new option to the same instance, replacing the old one (notMerge)', async () => {
    const { Host } = host()
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    await w.setProps({ option: second })
    await nextTick()
    expect(init).toHaveBeenCalledTimes(1)
    expect(charts[0]!.setOption).toHaveBeenCalledTimes(2)
    expect(charts[0]!.setOption).toHaveBeenLastCalledWith(second, true)
    w.unmount()
  })

  it('resizes when the observer reports a new box, then runs onResize', () => {
    const onResize = vi.fn()
    const { Host } = host({ onResize })
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    expect(FakeObserver.all).toHaveLength(1)
    const observer = FakeObserver.all[0]!
    expect(observer.observed).toEqual([w.find('.host').element])
    observer.fire()
    expect(charts[0]!.resize).toHaveBeenCalledTimes(1)
    expect(onResize).toHaveBeenCalledTimes(1)
    w.unmount()
  })

  it('disposes the instance and disconnects the observer on unmount', () => {
    const { Host, result } = host()
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    const observer = FakeObserver.all[0]!
    w.unmount()
    expect(charts[0]!.dispose).toHaveBeenCalledTimes(1)
    expect(observer.disconnected).toBe(true)
    expect(result.value!.chart.value).toBeUndefined()
  })

  it('waits for `start` to create, and creates nothing if unmounted first', () => {
    let pending: (() => void) | undefined
    const { Host, result } = host({
      start: create => {
        pending = create
      },
    })
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    expect(init).not.toHaveBeenCalled()
    expect(result.value!.chart.value).toBeUndefined()
    pending!()
    expect(init).toHaveBeenCalledTimes(1)
    w.unmount()

    const late = host({
      start: create => {
        pending = create
      },
    })
    const w2 = mount(late.Host, { props: { option: first }, attachTo: document.body })
    w2.unmount()
    pending!()
    expect(init).toHaveBeenCalledTimes(1)
    expect(late.result.value!.chart.value).toBeUndefined()
  })

  it('recreate disposes the old instance and reads the init options afresh; onCreated sees each new one', () => {
    const locale = ref('EN')
    const onCreated = vi.fn()
    const { Host, result } = host({ initOpts: () => ({ renderer: 'svg', locale: locale.value }), onCreated })
    const w = mount(Host, { props: { option: first }, attachTo: document.body })
    expect(onCreated).toHaveBeenLastCalledWith(charts[0])
    locale.value = 'ZH'
    result.value!.recreate()
    expect(charts[0]!.dispose).toHaveBeenCalledTimes(1)
    expect(init).toHaveBeenLastCalledWith(w.find('.host').element, 'test-theme', { renderer: 'svg', locale: 'ZH' })
    expect(charts[1]!.setOption).toHaveBeenCalledWith(first, true)
    expect(onCreated).toHaveBeenLastCalledWith(charts[1])
    expect(result.value!.chart.value).toBe(charts[1])
    w.unmount()
  })
})
