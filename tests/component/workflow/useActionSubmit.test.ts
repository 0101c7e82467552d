import { describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/api/http'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import { useActionSubmit } from '@/components/workflow/useActionSubmit'

async function host() {
  await loadNamespaces(['workflow'])
  await setI18nLocale('en')
  let api!: ReturnType<typeof useActionSubmit>
  mount(
    defineComponent({
      setup() {
        api = useActionSubmit(ref(['reason', 'comment']))
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return api
}

describe('an action dialog submit', () => {
  it('names an empty required field beside its control and sends nothing', async () => {
    const api = await host()
    const send = vi.fn()
    await api.attempt({
      checked: { ok: false, fields: { reason: 'Required' } },
      draft: { reason: '' },
      send,
      done: vi.fn(),
      conflict: vi.fn(),
    })
    expect(send).not.toHaveBeenCalled()
    expect(api.messages.byField.value.reason).toBe(i18n.global.t('workflow.form.required'))
  })

  it('hands a stale version to the page instead of showing a field error', async () => {
    const api = await host()
    const conflict = vi.fn()
    const done = vi.fn()
    await api.attempt({
      checked: { ok: true, body: { version: 1 } },
      draft: {},
      send: () => Promise.reject(new ApiError(409, 'stale_version', 'stale')),
      done,
      conflict,
    })
    expect(conflict).toHaveBeenCalledWith('stale_version')
    expect(done).not.toHaveBeenCalled()
    expect(api.busy.value).toBe(false)
  })

  it('says the server could not be reached and stays ready to try again', async () => {
    const api = await host()
    await api.attempt({
      checked: { ok: true, body: {} },
      draft: {},
      send: () => Promise.reject(new ApiError(0, 'network', 'offline')),
      done: vi.fn(),
      conflict: vi.fn(),
    })
    await flushPromises()
    expect(api.messages.general.value).toBe(i18n.global.t('workflow.errors.network'))
    expect(api.busy.value).toBe(false)
  })

  it("passes the server's answer on when the write succeeds", async () => {
    const api = await host()
    const done = vi.fn()
    await api.attempt({
      checked: { ok: true, body: { version: 3 } },
      draft: {},
      send: body => Promise.resolve({ saved: body }),
      done,
      conflict: vi.fn(),
    })
    expect(done).toHaveBeenCalledWith({ saved: { version: 3 } })
  })
})
