import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import ShellNav from '@/components/shell/ShellNav.vue'

vi.mock('@/api/reference', () => ({
  fetchChains: async () => [{ id: 1, name: { zh: '旅游', ko: '관광', en: 'Tourism' } }, { id: 2, name: { zh: '铁路', ko: '철도', en: 'Railway' } }],
  fetchCounties: async () => [],
  fetchDepartments: async () => [],
}))

const view = { render: () => null }
const names = ['overview', 'chain', 'enterprises', 'visits', 'bottlenecks', 'recommendations']

async function mountNav(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: names.map(name => ({ name, path: name === 'overview' ? '/' : name === 'chain' ? '/chains/:id' : `/${name}`, component: view })),
  })
  await router.push(url)
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(ShellNav, { props: { open: false }, global: { plugins: [router, i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('ShellNav', () => {
  it('carries the global filters into every link, and only them', async () => {
    const w = await mountNav('/visits?chain=2&county=yanji&period=12m&page=3&type=forum')
    const hrefs = w.findAll('a').map(a => a.attributes('href'))
    expect(hrefs).toContain('/bottlenecks?chain=2&county=yanji&period=12m')
    expect(hrefs).toContain('/chains/1?chain=2&county=yanji&period=12m')
    expect(hrefs.every(h => !h?.includes('page=') && !h?.includes('type='))).toBe(true)
  })

  it('marks the current section for assistive technology', async () => {
    const w = await mountNav('/bottlenecks')
    const current = w.find('a[aria-current="page"]')
    expect(current.text()).toBe('Bottlenecks')
  })

  it('opens the chain list from its button and closes it with Escape', async () => {
    const w = await mountNav('/')
    const toggle = w.find('.shell-nav__chains-toggle')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(w.find('#nav-chains').isVisible()).toBe(true)
    await w.find('.shell-nav__chains').trigger('keydown', { key: 'Escape' })
    expect(toggle.attributes('aria-expanded')).toBe('false')
    w.unmount()
  })
})
