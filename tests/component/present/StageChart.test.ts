import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import StageChart from '@/charts/StageChart.vue'
import { i18n } from '@/i18n'

const option = {
  xAxis: { type: 'category', data: ['a', 'b'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1, 2] }],
}

describe('StageChart', () => {
  it('creates its chart at once on mount, as SVG', () => {
    const w = mount(StageChart, {
      props: { option, label: 'Visits by month' },
      attachTo: document.body,
      global: { plugins: [i18n] },
    })
    const vm = w.vm as unknown as { chart: { getOption: () => { series: { data: number[] }[] } } | undefined }
    expect(vm.chart).toBeDefined()
    expect(vm.chart!.getOption().series[0]!.data).toEqual([1, 2])
    expect(w.find('svg').exists()).toBe(true)
    expect(w.find('[role="img"]').attributes('aria-label')).toBe('Visits by month')
    w.unmount()
  })

  it('applies a new option', async () => {
    const w = mount(StageChart, { props: { option, label: 'x' }, attachTo: document.body, global: { plugins: [i18n] } })
    await w.setProps({ option: { ...option, series: [{ type: 'bar', data: [5, 6] }] } })
    await nextTick()
    const vm = w.vm as unknown as { chart: { getOption: () => { series: { data: number[] }[] } } }
    expect(vm.chart.getOption().series[0]!.data).toEqual([5, 6])
    w.unmount()
  })

  it('disposes its chart on unmount', () => {
    const w = mount(StageChart, { props: { option, label: 'x' }, attachTo: document.body, global: { plugins: [i18n] } })
    const vm = w.vm as unknown as { chart: { isDisposed: () => boolean } | undefined }
    const chart = vm.chart!
    w.unmount()
    expect(chart.isDisposed()).toBe(true)
  })
})
