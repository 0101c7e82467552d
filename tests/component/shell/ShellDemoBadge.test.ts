import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'

const config = vi.hoisted(() => ({ apiMode: 'mock' as 'mock' | 'live' }))
vi.mock('@/config', () => ({ getConfig: () => ({ apiMode: config.apiMode, apiBaseUrl: '' }) }))

async function mountBadge(locale = 'zh-CN') {
  const { default: ShellDemoBadge } = await import('@/components/shell/ShellDemoBadge.vue')
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(ShellDemoBadge, { global: { plugins: [i18n] } })
}

describe('ShellDemoBadge', () => {
  it('tells the reader the data is a demonstration when the app runs on the mock', async () => {
    config.apiMode = 'mock'
    const w = await mountBadge()
    expect(w.find('[data-testid="demo-badge"]').text()).toContain('演示数据')
  })

  it('is absent against the live API', async () => {
    config.apiMode = 'live'
    const w = await mountBadge()
    expect(w.find('[data-testid="demo-badge"]').exists()).toBe(false)
  })
})
