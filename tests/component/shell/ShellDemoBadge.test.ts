import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import { useSessionStore } from '@/stores/session'

const config = vi.hoisted(() => ({ apiMode: 'mock' as 'mock' | 'live' }))
vi.mock('@/config', () => ({ getConfig: () => ({ apiMode: config.apiMode, apiBaseUrl: '' }) }))

async function mountBadge(locale = 'zh-CN', world?: 'demo') {
  const { default: ShellDemoBadge } = await import('@/components/shell/ShellDemoBadge.vue')
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().world = world
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(ShellDemoBadge, { global: { plugins: [i18n, pinia] } })
}

describe('ShellDemoBadge', () => {
  it('tells the reader the data is a demonstration when the app runs on the mock', async () => {
    config.apiMode = 'mock'
    const w = await mountBadge()
    expect(w.find('[data-testid="demo-badge"]').text()).toContain('演示数据')
  })

  it('is absent against a live production server', async () => {
    config.apiMode = 'live'
    const w = await mountBadge()
    expect(w.find('[data-testid="demo-badge"]').exists()).toBe(false)
  })

  it('shows on a live server that serves the demo world (/api/auth/me says world: demo)', async () => {
    config.apiMode = 'live'
    const w = await mountBadge('ko-CN', 'demo')
    expect(w.find('[data-testid="demo-badge"]').text()).toContain('시연 데이터')
  })
})
