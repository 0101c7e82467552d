import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { createPinia } from 'pinia'
import type { Role } from '#contract'
import { messages } from '@/locales'
import ShellNav from '@/components/shell/ShellNav.vue'
import { useSessionStore } from '@/stores/session'

vi.mock('@/api/reference', () => ({
  fetchChains: async () => [
    { id: 1, name: { zh: '旅游', ko: '관광', en: 'Tourism' } },
    { id: 2, name: { zh: '铁路', ko: '철도', en: 'Railway' } },
  ],
  fetchCounties: async () => [],
  fetchDepartments: async () => [],
}))

const view = { render: () => null }
const names = ['overview', 'chain', 'enterprises', 'visits', 'bottlenecks', 'recommendations']

async function mountNav(url: string, role: Role = 'viewer', extraRoutes: string[] = []) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...names, ...extraRoutes].map(name => ({
      name,
      path: name === 'overview' ? '/' : name === 'chain' ? '/chains/:id' : `/${name}`,
      component: view,
    })),
  })
  await router.push(url)
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const pinia = createPinia()
  useSessionStore(pinia).user = { id: 1, username: role, displayName: role, role, chainIds: [], departmentId: null }
  const wrapper = mount(ShellNav, {
    props: { open: false },
    global: { plugins: [router, i18n, pinia] },
    attachTo: document.body,
  })
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

  it('links the work pages that exist, each only for the roles that may open it', async () => {
    const texts = async (role: Role, routes: string[]) =>
      (await mountNav('/', role, routes)).findAll('a').map(a => a.text())
    const all = ['my-queue', 'bottleneck-board', 'visit-new', 'admin']
    expect(await texts('liaison', all)).toEqual(
      expect.arrayContaining(['My queue', 'Bottleneck board', 'Record a visit']),
    )
    expect(await texts('liaison', all)).not.toContain('Administration')
    expect(await texts('viewer', all)).not.toContain('Record a visit')
    expect(await texts('admin', all)).toEqual(expect.arrayContaining(['Administration', 'Record a visit']))
    // A page nobody has added yet is simply not linked.
    expect(await texts('admin', ['my-queue'])).not.toContain('Bottleneck board')
  })

  it('groups the work pages under one Work menu, closed until asked, with "record a visit" left on the bar', async () => {
    const w = await mountNav('/', 'admin', [
      'my-queue',
      'bottleneck-board',
      'recommendation-pipeline',
      'admin',
      'visit-new',
    ])
    const toggle = w.find('.shell-nav__work-toggle')
    expect(toggle.text()).toContain('Work')
    expect(w.find('#nav-work').isVisible()).toBe(false)
    expect(w.findAll('#nav-work a').map(a => a.text())).toEqual([
      'My queue',
      'Bottleneck board',
      'Recommendation pipeline',
      'Administration',
    ])
    expect(w.find('#nav-work a[href="/visit-new"]').exists()).toBe(false)
    await toggle.trigger('click')
    expect(w.find('#nav-work').isVisible()).toBe(true)
    expect(toggle.attributes('aria-expanded')).toBe('true')
    w.unmount()
  })

  it('marks the Work menu as current on one of its pages', async () => {
    const w = await mountNav('/my-queue', 'leader', ['my-queue'])
    expect(w.find('.shell-nav__work-toggle').classes()).toContain('is-active')
    w.unmount()
  })
})
