import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { createPinia, setActivePinia } from 'pinia'
import type { PlaylistBody, SlideFilter, SlideKind } from '#contract'
import { messages } from '@/locales'
import type { SlideDataContext, SlideDefinition } from '@/components/present/slideTypes'
import { http } from '@/api/http'
import { fakeApi } from '../session/fakeApi'

/** What the fake slides' loads are asked, and whether the "server" answers. */
const server = {
  up: true,
  version: 1,
  calls: [] as { kind: SlideKind; filter: SlideFilter; context: SlideDataContext }[],
}
const definitionRequests: SlideKind[][] = []

const FakeSlide = defineComponent({
  props: { data: { type: String, required: true }, filter: { type: Object, required: true }, masked: Boolean },
  setup: props => () =>
    h('section', { 'data-slide-kind': 'fake', class: 'fake-slide' }, `${props.data}${props.masked ? ' masked' : ''}`),
})

function fakeDefinition(kind: SlideKind): SlideDefinition {
  return {
    kind,
    component: FakeSlide,
    load: async (filter, context) => {
      server.calls.push({ kind, filter, context })
      if (!server.up) throw new Error('unreachable')
      return `${kind} v${server.version}`
    },
    describe: () => ({ title: kind, kpis: [], tables: [], charts: [] }),
  }
}

vi.mock('@/components/present/slides/registry', () => ({
  loadAllSlideDefinitions: async (kinds: SlideKind[]) => {
    definitionRequests.push([...kinds])
    return new Map(kinds.map(k => [k, fakeDefinition(k)]))
  },
}))

const { default: PresentPlayer } = await import('@/components/present/PresentPlayer.vue')

const LIVE: PlaylistBody = {
  name: 'test',
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 10 },
    { kind: 'chain', filter: { chainId: 2 }, intervalSec: 10 },
  ],
  mode: 'live',
  asOf: null,
  masked: false,
  watermark: false,
}

async function mountPlayer(playlist: PlaylistBody, displayMode = false) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(PresentPlayer, {
    props: { playlist, displayMode },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await flushPromises()
  await vi.advanceTimersByTimeAsync(0)
  return wrapper
}

const slideText = (w: Awaited<ReturnType<typeof mountPlayer>>) => w.find('[data-testid="present-slide"]').text()
const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }))

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-06-30T06:00:00Z') })
  setActivePinia(createPinia())
  Object.assign(server, { up: true, version: 1, calls: [] })
  definitionRequests.length = 0
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('PresentPlayer', () => {
  it("loads every slide kind's code and every slide's data before showing the first slide", async () => {
    const w = await mountPlayer(LIVE)
    expect(definitionRequests).toEqual([['overview', 'chain']])
    expect(server.calls.map(c => [c.kind, c.filter, c.context])).toEqual([
      ['overview', {}, { asOf: null, masked: false }],
      ['chain', { chainId: 2 }, { asOf: null, masked: false }],
    ])
    expect(slideText(w)).toBe('overview v1')
    expect(w.find('[data-testid="present-counter"]').text()).toContain('1 / 2')
    expect(w.find('[data-testid="present-status"]').text()).toMatch(/Data as of \d{2}:\d{2}/)
    w.unmount()
  })

  it('changes slides with the presenter keys and by itself', async () => {
    const w = await mountPlayer(LIVE)
    press('ArrowRight')
    await flushPromises()
    expect(slideText(w)).toBe('chain v1')
    press('PageUp')
    await flushPromises()
    expect(slideText(w)).toBe('overview v1')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(slideText(w)).toBe('chain v1')
    press(' ')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(slideText(w)).toBe('chain v1')
    expect(w.find('[data-testid="present-paused"]').exists()).toBe(true)
    w.unmount()
  })

  it('leaves on Esc, except on a display screen', async () => {
    const w = await mountPlayer(LIVE)
    press('Escape')
    expect(w.emitted('exit')).toHaveLength(1)
    w.unmount()
    const display = await mountPlayer(LIVE, true)
    press('Escape')
    expect(display.emitted('exit')).toBeUndefined()
    expect(display.find('[data-control="exit"]').exists()).toBe(false)
    display.unmount()
  })

  it('refreshes live data and keeps the last data with a warning when the server is unreachable', async () => {
    const w = await mountPlayer(LIVE)
    server.version = 2
    await vi.advanceTimersByTimeAsync(75_000)
    press('ArrowLeft') // stop on one slide; the clock would keep changing them
    press(' ')
    await flushPromises()
    const shown = slideText(w)
    expect(shown).toMatch(/v2$/)
    server.up = false
    await vi.advanceTimersByTimeAsync(75_000)
    expect(slideText(w)).toBe(shown)
    const warning = w.find('[data-testid="present-warning"]')
    expect(warning.exists()).toBe(true)
    expect(warning.text()).toMatch(/Server unreachable, showing data as of \d{2}:\d{2}/)
    expect(w.find('[data-testid="present-status"]').attributes('data-freshness')).toBe('unreachable')
    server.up = true
    await vi.advanceTimersByTimeAsync(15_000)
    expect(w.find('[data-testid="present-warning"]').exists()).toBe(false)
    w.unmount()
  })

  it('loads a frozen playlist once, as of its date, and says so', async () => {
    const w = await mountPlayer({ ...LIVE, mode: 'frozen', asOf: '2026-03-31', masked: true })
    expect(server.calls.every(c => c.context.asOf === '2026-03-31')).toBe(true)
    expect(server.calls.every(c => c.context.masked)).toBe(true)
    const calls = server.calls.length
    server.version = 2
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(server.calls).toHaveLength(calls)
    expect(slideText(w)).toMatch(/v1 masked$/)
    expect(w.find('[data-testid="present-status"]').text()).toContain('Snapshot as of')
    w.unmount()
  })

  it('shows a waiting message, not a blank stage, when a slide never got data', async () => {
    server.up = false
    const w = await mountPlayer(LIVE)
    expect(slideText(w)).toContain('no data yet')
    expect(w.find('[data-testid="present-warning"]').text()).toContain('Server unreachable')
    w.unmount()
  })

  it('marks its refreshes as background once the slides are first loaded, and stops on leaving', async () => {
    const api = fakeApi()
    api.answer('GET', '/probe', { status: 200, body: {} })
    const background = async () => {
      await http.get('/probe')
      return api.calls.at(-1)!.headers.get('X-Background') ?? null
    }
    try {
      const w = await mountPlayer(LIVE)
      expect(await background()).toBe('1')
      w.unmount()
      expect(await background()).toBeNull()
    } finally {
      api.restore()
    }
  })
})
