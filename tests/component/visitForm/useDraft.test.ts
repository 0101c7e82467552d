import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { useDraft, type Draft } from '@/composables/useDraft'

interface Form {
  summary: string
  rows: string[]
}

function host(key = 'test-form') {
  let draft!: Draft<Form>
  const Comp = defineComponent({
    setup() {
      draft = useDraft<Form>(key, { debounceMs: 300 })
      draft.start(() => ({ summary: '', rows: [] }))
      return () => h('div')
    },
  })
  const wrapper = mount(Comp)
  return { wrapper, draft: () => draft }
}

beforeEach(() => {
  localStorage.clear()
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('useDraft', () => {
  it('saves changes after a pause and restores them when the form opens again', async () => {
    const first = host()
    first.draft().data.value!.summary = '走访了延吉某企业'
    first.draft().data.value!.rows.push('金明哲')
    await nextTick()
    expect(localStorage.length).toBe(0)
    vi.advanceTimersByTime(300)
    expect(first.draft().savedAt.value).not.toBeNull()
    first.wrapper.unmount()

    const second = host()
    expect(second.draft().restored.value).toBe(true)
    expect(second.draft().data.value).toEqual({ summary: '走访了延吉某企业', rows: ['金明哲'] })
  })

  it('writes at once when the form goes away, even inside the pause', async () => {
    const first = host()
    first.draft().data.value!.summary = 'typed just before closing'
    await nextTick()
    first.wrapper.unmount()
    expect(host().draft().data.value!.summary).toBe('typed just before closing')
  })

  it('writes at once when the page is hidden (a phone may kill the tab)', async () => {
    const first = host()
    first.draft().data.value!.summary = 'backgrounded'
    await nextTick()
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    expect(localStorage.getItem('chain-cockpit.draft.test-form')).toContain('backgrounded')
    first.wrapper.unmount()
  })

  it('after clear starts blank next time, and keeps drafts of other keys apart', async () => {
    const a = host('a')
    a.draft().data.value!.summary = 'draft a'
    const b = host('b')
    b.draft().data.value!.summary = 'draft b'
    await nextTick()
    vi.advanceTimersByTime(300)
    a.draft().clear()
    a.wrapper.unmount()
    b.wrapper.unmount()
    expect(host('a').draft().restored.value).toBe(false)
    expect(host('b').draft().data.value!.summary).toBe('draft b')
  })

  it('ignores a stored value that is not a draft', () => {
    localStorage.setItem('chain-cockpit.draft.test-form', '{not json')
    const h1 = host()
    expect(h1.draft().restored.value).toBe(false)
    expect(h1.draft().data.value).toEqual({ summary: '', rows: [] })
  })
})
