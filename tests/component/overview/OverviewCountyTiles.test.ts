/**
 * The county view (issue 11 §6): the tiles when the deployment has no map; the choropleth when it
 * has one, with the tiles kept as the keyboard and screen-reader view, and a click on a county
 * opening the same list a tile does. BaseChart is stubbed: happy-dom has no layout for ECharts to
 * measure, and the option it would draw is what the stub records.
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { countyMapGeo, type CountyMapGeo, type Overview } from '#contract'
import { i18n, setI18nLocale } from '@/i18n'
import OverviewCountyTiles from '@/components/overview/OverviewCountyTiles.vue'
import { COUNTIES } from '../../../mock/reference/counties'

const geo: CountyMapGeo = countyMapGeo.parse(JSON.parse(readFileSync('tests/fixtures/counties.geojson', 'utf8')))
const fetchCountyMap = vi.fn<() => Promise<CountyMapGeo | null>>()
vi.mock('@/api/countyMap', () => ({ fetchCountyMap: () => fetchCountyMap() }))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([...COUNTIES]),
  fetchDepartments: () => Promise.resolve([]),
}))

/** What the chart would draw, and a way to click a region. */
const drawn: {
  option?: { series: { data: { name: string; label: { formatter: string } }[] }[] }
  click?: (name: string) => void
} = {}
const BaseChartStub = defineComponent({
  name: 'BaseChart',
  props: {
    option: { type: Object, required: true },
    ariaLabel: { type: String, required: true },
    height: { type: String, default: '' },
  },
  emits: ['chart-click'],
  setup(props, { emit }) {
    return () => {
      drawn.option = props.option as typeof drawn.option
      drawn.click = name => emit('chart-click', { name })
      return h('div', { class: 'base-chart-stub', role: 'img', 'aria-label': props.ariaLabel })
    }
  },
})
vi.mock('@/charts/BaseChart.vue', () => ({ default: BaseChartStub }))

const byCounty: Overview['byCounty'] = COUNTIES.map((c, i) => ({
  county: c.code,
  visits: (i + 1) * 10,
  enterprisesVisited: 0,
  enterprisesTotal: 0,
  bottlenecksRaised: 0,
  overdue: 0,
}))

async function mountTiles() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['/', '/enterprises', '/bottlenecks'].map(path => ({
      path,
      name: path === '/' ? 'overview' : path.slice(1),
      component: { render: () => null },
    })),
  })
  await router.push('/')
  await router.isReady()
  await setI18nLocale('en')
  const wrapper = mount(OverviewCountyTiles, { props: { byCounty }, global: { plugins: [router, i18n] } })
  await flushPromises()
  return { wrapper, router }
}

/** Waits for the lazy map chunk (ECharts' map chart) to load and the stub to draw. */
async function mapDrawn(wrapper: Awaited<ReturnType<typeof mountTiles>>['wrapper']) {
  await vi.waitFor(() => expect(wrapper.find('.base-chart-stub').exists()).toBe(true), { timeout: 10_000 })
}

describe("the Overview's county view", () => {
  beforeEach(() => {
    fetchCountyMap.mockReset()
    delete drawn.option
  })

  it('shows the tiles, in sight, when the deployment has no map', async () => {
    fetchCountyMap.mockResolvedValue(null)
    const { wrapper } = await mountTiles()
    expect(wrapper.find('.base-chart-stub').exists()).toBe(false)
    expect(wrapper.findAll('a.county-tiles__tile')).toHaveLength(8)
    expect(wrapper.find('.county-tiles__grid').classes()).not.toContain('county-tiles__grid--behind-map')
  })

  it('draws the choropleth with county names in the locale when there is one, the tiles kept for keyboard and screen reader', async () => {
    fetchCountyMap.mockResolvedValue(geo)
    const { wrapper } = await mountTiles()
    await mapDrawn(wrapper)
    expect(wrapper.find('.base-chart-stub').attributes('aria-label')).toBe('Map of the counties, coloured by Visits')
    const regions = drawn.option!.series[0]!.data
    expect(regions).toHaveLength(8)
    expect(regions.find(r => r.name === 'dunhua')!.label.formatter).toBe('{name|Dunhua}\n{value|30}')
    // Still in the document (keyboard and screen reader), out of sight until focused.
    expect(wrapper.findAll('a.county-tiles__tile')).toHaveLength(8)
    expect(wrapper.find('.county-tiles__grid').classes()).toContain('county-tiles__grid--behind-map')
  })

  it("opens the county's list on a click on the map, as a tile link does", async () => {
    fetchCountyMap.mockResolvedValue(geo)
    const { wrapper, router } = await mountTiles()
    await mapDrawn(wrapper)
    const tileHref = wrapper.find('a[data-county="tumen"]').attributes('href')
    drawn.click!('tumen')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe(tileHref)
    expect(router.currentRoute.value.query.county).toBe('tumen')
  })

  it('keeps the tiles when the map cannot be fetched', async () => {
    fetchCountyMap.mockRejectedValue(new Error('offline'))
    const { wrapper } = await mountTiles()
    expect(wrapper.find('.base-chart-stub').exists()).toBe(false)
    expect(wrapper.findAll('a.county-tiles__tile')).toHaveLength(8)
  })
})
