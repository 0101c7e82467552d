import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LoginView from '@/views/LoginView.vue'
import { ApiError } from '@/api/http'
import { useSessionStore } from '@/stores/session'
import { mountAuth } from './mountAuth'

const login = vi.fn()
vi.mock('@/api/auth', () => ({
  login: (body: unknown) => login(body),
  logout: async () => undefined,
  fetchMe: async () => {
    throw new ApiError(401, 'unauthorized', 'not signed in')
  },
  changePassword: async () => undefined,
}))

afterEach(() => {
  login.mockReset()
  document.body.innerHTML = ''
})

async function signIn(w: Awaited<ReturnType<typeof mountAuth>>['wrapper'], username: string, password: string) {
  await w.find('#login-username').setValue(username)
  await w.find('#login-password').setValue(password)
  await w.find('form').trigger('submit')
  await flushPromises()
}

describe('LoginView', () => {
  it('labels both fields and signs in, continuing to the page the user came from', async () => {
    login.mockResolvedValue({
      id: 3,
      username: 'liaison',
      displayName: '金联络',
      role: 'liaison',
      chainIds: [1],
      departmentId: null,
    })
    const { wrapper, router } = await mountAuth(LoginView, '/login?redirect=/visits/new')
    expect(wrapper.find('label[for="login-username"]').exists()).toBe(true)
    expect(wrapper.find('label[for="login-password"]').exists()).toBe(true)
    await signIn(wrapper, ' liaison ', 'chain-demo')
    expect(login).toHaveBeenCalledWith({ username: 'liaison', password: 'chain-demo' })
    expect(useSessionStore().user?.role).toBe('liaison')
    expect(router.currentRoute.value.fullPath).toBe('/visits/new')
  })

  it("says a wrong password in the user's language and clears the password for another try", async () => {
    login.mockRejectedValue(new ApiError(401, 'unauthorized', 'wrong username or password'))
    const { wrapper, router } = await mountAuth(LoginView, '/login', 'zh-CN')
    await signIn(wrapper, 'liaison', 'nope')
    expect(wrapper.find('[data-testid="login-error"]').text()).toBe('用户名或密码错误，请重新输入。')
    expect((wrapper.find('#login-password').element as HTMLInputElement).value).toBe('')
    expect(document.activeElement?.id).toBe('login-password')
    expect(router.currentRoute.value.name).toBe('login')
  })

  it('tells a user asked to wait minutes how long', async () => {
    login.mockRejectedValue(new ApiError(429, 'rate_limited', 'too many', {}, { retryAfterSeconds: 541 }))
    const { wrapper } = await mountAuth(LoginView, '/login', 'en')
    await signIn(wrapper, 'liaison', 'nope')
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('10 min')
  })

  it('counts a short wait down on the button, which stays off until the wait is over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    try {
      login.mockRejectedValue(new ApiError(429, 'rate_limited', 'too many', {}, { retryAfterSeconds: 10 }))
      const { wrapper } = await mountAuth(LoginView, '/login', 'ko-CN')
      await signIn(wrapper, 'liaison', 'nope')
      expect(wrapper.find('[data-testid="login-error"]').text()).toBe(
        '로그인 실패 횟수가 너무 많습니다. 10초 후에 다시 시도하십시오.',
      )
      const button = () => wrapper.find('[data-testid="login-submit"]')
      expect(button().attributes('disabled')).toBeDefined()
      expect(button().text()).toContain('10')
      vi.advanceTimersByTime(4_000)
      await flushPromises()
      expect(button().text()).toContain('6')
      vi.advanceTimersByTime(6_000)
      await flushPromises()
      expect(button().attributes('disabled')).toBeUndefined()
      expect(wrapper.find('[data-testid="login-error"]').text()).toBe('')
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks for both fields without calling the server', async () => {
    const { wrapper } = await mountAuth(LoginView, '/login', 'en')
    await signIn(wrapper, '', '')
    expect(login).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="login-error"]').text()).toBe('Enter your username and password.')
    expect(document.activeElement?.id).toBe('login-username')
  })

  it('never follows a redirect to another site', async () => {
    login.mockResolvedValue({
      id: 3,
      username: 'liaison',
      displayName: '金联络',
      role: 'liaison',
      chainIds: [1],
      departmentId: null,
    })
    const { wrapper, router } = await mountAuth(LoginView, '/login?redirect=//evil.example/')
    await signIn(wrapper, 'liaison', 'chain-demo')
    expect(router.currentRoute.value.fullPath).toBe('/')
  })
})
