import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import AuthPasswordForm from '@/components/auth/AuthPasswordForm.vue'
import { ApiError } from '@/api/http'
import { mountAuth } from './mountAuth'

const changePassword = vi.fn()
vi.mock('@/api/auth', () => ({ changePassword: (b: unknown) => changePassword(b) }))

afterEach(() => {
  changePassword.mockReset()
  document.body.innerHTML = ''
})

async function fill(w: Awaited<ReturnType<typeof mountAuth>>['wrapper'], current: string, next: string, again: string) {
  await w.find('#account-currentPassword').setValue(current)
  await w.find('#account-newPassword').setValue(next)
  await w.find('#account-confirmPassword').setValue(again)
  await w.find('form').trigger('submit')
  await flushPromises()
}

describe("changing one's password", () => {
  it('checks length and the repeat before asking the server', async () => {
    const { wrapper } = await mountAuth(AuthPasswordForm, '/account')
    await fill(wrapper, 'chain-demo', 'short', 'other')
    expect(changePassword).not.toHaveBeenCalled()
    expect(wrapper.find('#account-newPassword-error').text()).toContain('10 characters')
    expect(wrapper.find('#account-confirmPassword-error').text()).toContain('do not match')
    expect(document.activeElement?.id).toBe('account-newPassword')
  })

  it('shows "current password is wrong" next to that field', async () => {
    changePassword.mockRejectedValue(
      new ApiError(403, 'forbidden', 'the current password is wrong', { currentPassword: 'wrong password' }),
    )
    const { wrapper } = await mountAuth(AuthPasswordForm, '/account')
    await fill(wrapper, 'not-it', 'a-long-new-password', 'a-long-new-password')
    expect(wrapper.find('#account-currentPassword-error').text()).toBe('The current password is wrong.')
    expect(wrapper.find('#account-currentPassword').attributes('aria-invalid')).toBe('true')
  })

  it('sends current and new password and confirms the change', async () => {
    changePassword.mockResolvedValue(undefined)
    const { wrapper } = await mountAuth(AuthPasswordForm, '/account')
    await fill(wrapper, 'chain-demo', 'a-long-new-password', 'a-long-new-password')
    expect(changePassword).toHaveBeenCalledWith({ currentPassword: 'chain-demo', newPassword: 'a-long-new-password' })
    expect(wrapper.find('[role="status"]').text()).toBe('Your password has been changed.')
    expect((wrapper.find('#account-newPassword').element as HTMLInputElement).value).toBe('')
  })
})
