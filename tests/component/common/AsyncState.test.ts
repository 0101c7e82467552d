import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import { ApiError } from '@/api/http'
import AsyncState from '@/components/common/AsyncState.vue'

function mountState(props: Record<string, unknown>) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  return mount(AsyncState, {
    props: { isLoading: false, ...props },
    slots: { default: '<p class="content">content</p>' },
    global: { plugins: [i18n] },
  })
}

describe('AsyncState', () => {
  it('shows a loading skeleton, announced as status, instead of the content', () => {
    const w = mountState({ isLoading: true, empty: true })
    expect(w.find('[role="status"]').text()).toContain('Loading')
    expect(w.find('.content').exists()).toBe(false)
    expect(w.attributes('aria-busy')).toBe('true')
  })

  it('shows the content once loaded', () => {
    const w = mountState({ isLoading: false })
    expect(w.find('.content').exists()).toBe(true)
    expect(w.find('[role="status"]').exists()).toBe(false)
  })

  it('keeps the previous content while reloading when asked to', () => {
    expect(mountState({ isLoading: true, keepContent: true }).find('.content').exists()).toBe(true)
    expect(mountState({ isLoading: true }).find('.content').exists()).toBe(false)
  })

  it('shows the empty text when there is nothing to show', () => {
    const w = mountState({ empty: true, emptyText: 'No visits yet' })
    expect(w.text()).toContain('No visits yet')
    expect(w.find('.content').exists()).toBe(false)
    expect(mountState({ empty: true }).text()).toContain('Nothing to show')
  })

  it('explains an error in the user language and emits retry from its button', async () => {
    const w = mountState({ error: new ApiError(0, 'network_error', 'socket hang up') })
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toContain('The server cannot be reached')
    expect(alert.text()).not.toContain('socket hang up')
    await w.find('button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })

  it('falls back to a generic message for an unknown error code', () => {
    expect(mountState({ error: new ApiError(500, 'weird', 'x') }).text()).toContain('Something went wrong')
  })

  it("shows the server's request id so the user can quote it, and nothing when there is none", () => {
    const failed = mountState({
      error: new ApiError(500, 'internal', 'internal server error', {}, { requestId: '3f9a0c1b2d4e' }),
    })
    expect(failed.find('[data-testid="error-reference"]').text()).toContain('3f9a0c1b2d4e')
    expect(
      mountState({ error: new ApiError(0, 'network_error', 'down') })
        .find('[data-testid="error-reference"]')
        .exists(),
    ).toBe(false)
  })
})
