import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import ShellFilterBar from '@/components/shell/ShellFilterBar.vue'

vi.mock('@/api/reference', () => ({
  fetchChains: async () => [
    { id: 1, name: { zh: '旅游', ko: '관광', en: 'Tourism' } },
    { id: 2, name: { zh: '铁路', ko: '철도', en: 'Railway' } },
  ],
  fetchCounties: async () => [
    { code: 'yanji', name: { zh: '延吉市', ko: '연길시', en: 'Yanji' }, kind: 'city', tile: { x: 1, y: 1 } },
  ],
  fetchDepartments: async () => [],
}))

async function mountBar(url = '/') {
  const page = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/chains/:id', component: page, meta: { chainFilter: false } },
      { path: '/:any(.*)*', component: page },
    ],
  })
  await router.push(url)
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(ShellFilterBar, { global: { plugins: [router, i18n] } })
  await flushPromises()
  return { wrapper, router }
}

describe('ShellFilterBar', () => {
  it('labels every control', async () => {
    const { wrapper } = await mountBar()
    for (const id of ['filter-chain', 'filter-county', 'filter-period'])
      expect(wrapper.find(`label[for="${id}"]`).exists()).toBe(true)
  })

  it('lists the chains by their name in the current language and writes the choice to the URL', async () => {
    const { wrapper, router } = await mountBar()
    expect(wrapper.findAll('#filter-chain option').map(o => o.text())).toEqual(['All chains', 'Tourism', 'Railway'])
    await wrapper.find('#filter-chain').setValue('2')
    await flushPromises()
    expect(router.currentRoute.value.query.chain).toBe('2')
  })

  it("shows no chain filter on a chain's own page, which names its chain already", async () => {
    const { wrapper } = await mountBar('/chains/2')
    expect(wrapper.find('#filter-chain').exists()).toBe(false)
    expect(wrapper.find('#filter-county').exists()).toBe(true)
  })

  it('refuses a custom range that ends before it starts, and says why', async () => {
    const { wrapper, router } = await mountBar()
    await wrapper.find('#filter-period').setValue('custom')
    await wrapper.find('#filter-from').setValue('2026-05-01')
    await wrapper.find('#filter-to').setValue('2026-04-01')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#filter-problem').text()).toBe('The start date must not be after the end date')
    expect(router.currentRoute.value.query.period).toBeUndefined()
  })

  it('applies a valid custom range to the URL', async () => {
    const { wrapper, router } = await mountBar()
    await wrapper.find('#filter-period').setValue('custom')
    await wrapper.find('#filter-from').setValue('2026-03-01')
    await wrapper.find('#filter-to').setValue('2026-04-01')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toMatchObject({ period: 'custom', from: '2026-03-01', to: '2026-04-01' })
    expect(wrapper.find('#filter-problem').text()).toBe('')
  })
})
