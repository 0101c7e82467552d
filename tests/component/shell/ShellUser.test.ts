import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { createPinia } from 'pinia'
import { messages } from '@/locales'
import ShellUser from '@/components/shell/ShellUser.vue'
import { useSessionStore } from '@/stores/session'

const logout = vi.fn(async () => undefined)
vi.mock('@/api/auth', () => ({ logout: () => logout() }))

describe('ShellUser', () => {
  it('shows who is signed in with their role, and signs out to the sign-in page', async () => {
    const page = { render: () => null }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'overview', component: page },
        { path: '/login', name: 'login', component: page },
        { path: '/account', name: 'account', component: page },
      ],
    })
    await router.push('/')
    const pinia = createPinia()
    const session = useSessionStore(pinia)
    session.user = {
      id: 2,
      username: 'leader',
      displayName: '李链长',
      role: 'leader',
      chainIds: [1],
      departmentId: null,
    }
    const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages, missingWarn: false, fallbackWarn: false })
    const w = mount(ShellUser, { global: { plugins: [router, pinia, i18n] } })
    expect(w.find('[data-testid="session-user"]').text()).toBe('李链长, 链长')
    expect(w.find('[data-testid="session-user"]').attributes('href')).toBe('/account')
    await w.find('[data-testid="sign-out"]').trigger('click')
    await flushPromises()
    expect(logout).toHaveBeenCalled()
    expect(session.user).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
    expect(w.find('[data-testid="session-user"]').exists()).toBe(false)
  })
})
