import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { chinaToday } from '#contract'
import { useFilters, type Filters } from '@/composables/useFilters'

/** Mounts a probe on a memory router at `url` and hands back its filters. */
async function setup(url: string): Promise<{ router: Router; filters: Filters }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  })
  await router.push(url)
  await router.isReady()
  let filters!: Filters
  const Probe = defineComponent({
    setup() {
      filters = useFilters()
      return () => h('div')
    },
  })
  mount(Probe, { global: { plugins: [router] } })
  return { router, filters }
}

describe('useFilters', () => {
  it('writes ?chain=… when a chain filter is set', async () => {
    const { router, filters } = await setup('/bottlenecks')
    filters.update({ chainId: 3 })
    await new Promise(r => setTimeout(r))
    expect(router.currentRoute.value.query.chain).toBe('3')
    expect(filters.chainId.value).toBe(3)
    expect(filters.apiParams.value.chainId).toBe(3)
  })

  it('restores chain, county and a custom period from the URL', async () => {
    const { filters } = await setup('/?chain=2&county=hunchun&period=custom&from=2025-03-01&to=2025-06-30')
    expect(filters.chainId.value).toBe(2)
    expect(filters.county.value).toBe('hunchun')
    expect(filters.periodKey.value).toBe('custom')
    expect(filters.apiParams.value).toEqual({ chainId: 2, county: 'hunchun', from: '2025-03-01', to: '2025-06-30' })
    expect(filters.routeQuery.value).toEqual({
      chain: '2',
      county: 'hunchun',
      period: 'custom',
      from: '2025-03-01',
      to: '2025-06-30',
    })
  })

  it('defaults to year-to-date with no filters', async () => {
    const { filters } = await setup('/')
    const today = chinaToday()
    expect(filters.periodKey.value).toBe('ytd')
    expect(filters.apiParams.value).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today })
    expect(filters.routeQuery.value).toEqual({})
  })

  it('ignores an invalid chain, an unknown county and a backwards custom range', async () => {
    const { filters } = await setup('/?chain=abc&county=seoul&period=custom&from=2025-06-30&to=2025-03-01')
    expect(filters.chainId.value).toBeUndefined()
    expect(filters.county.value).toBeUndefined()
    expect(filters.periodKey.value).toBe('ytd')
  })

  it('keeps page-local query keys but resets the page when a filter changes', async () => {
    const { router, filters } = await setup('/visits?status=closed&page=4&chain=1')
    filters.update({ chainId: null, county: 'yanji' })
    await new Promise(r => setTimeout(r))
    expect(router.currentRoute.value.query).toEqual({ status: 'closed', county: 'yanji' })
  })

  it('writes from and to for a custom period', async () => {
    const { router, filters } = await setup('/')
    filters.update({ periodKey: 'custom', from: '2025-01-01', to: '2025-02-01' })
    await new Promise(r => setTimeout(r))
    expect(router.currentRoute.value.query).toEqual({ period: 'custom', from: '2025-01-01', to: '2025-02-01' })
    expect(filters.period.value).toEqual({ from: '2025-01-01', to: '2025-02-01' })
  })
})
