import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { i18n, loadListsMessages, setI18nLocale } from '@/i18n'
import BottleneckTimeline from '@/components/bottleneck/BottleneckTimeline.vue'
import type { BottleneckEventView } from '#contract'
import { EVENTS } from './fixtures'

vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () =>
    Promise.resolve([
      { id: 1, code: 'fgw', name: { zh: '州发改委', ko: '주발개위', en: 'Prefecture DRC' }, verticallyManaged: false },
      { id: 7, code: 'yjhg', name: { zh: '延吉海关', ko: '연길세관', en: 'Yanji Customs' }, verticallyManaged: true },
    ]),
}))

// Shuffled on purpose: the timeline must put them in time order itself.
const SHUFFLED = [EVENTS[3]!, EVENTS[0]!, EVENTS[4]!, EVENTS[2]!, EVENTS[1]!]

async function mountTimeline(locale: 'en' | 'zh-CN' = 'en', events: BottleneckEventView[] = SHUFFLED) {
  await loadListsMessages()
  await setI18nLocale(locale)
  const wrapper = mount(BottleneckTimeline, { props: { events }, global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

describe('BottleneckTimeline', () => {
  it('renders every event in time order inside the ordered timeline list', async () => {
    const w = await mountTimeline()
    const list = w.find('ol[data-testid="bottleneck-timeline"]')
    expect(list.exists()).toBe(true)
    expect(list.findAll('li').map(li => li.attributes('data-event-id'))).toEqual(['11', '12', '13', '14', '15'])
  })

  it('shows each event with its action, actor and status change', async () => {
    const items = (await mountTimeline()).findAll('li')
    expect(items[0]!.text()).toContain('Raised')
    expect(items[0]!.find('[data-testid="event-actor"]').text()).toBe('金明哲')
    expect(items[0]!.find('[data-testid="event-transition"]').text()).toBe('→ Submitted')
    expect(items[2]!.find('[data-testid="event-transition"]').text()).toBe('Accepted → Assigned')
    expect(items[3]!.find('[data-testid="event-actor"]').text()).toBe('张科长')
    expect(items[4]!.find('[data-testid="event-transition"]').text()).toBe('Status unchanged (In progress)')
  })

  it('names each actor with their role or department, in every locale', async () => {
    for (const [locale, leader, liaison] of [
      ['zh-CN', '链长', '联络员'],
      ['en', 'Chain leader', 'Liaison'],
    ] as const) {
      const items = (await mountTimeline(locale)).findAll('li')
      const actor = (i: number) => items[i]!.find('.meta').text().split(' · ')[0]
      expect(actor(0)).toBe(`${liaison} 金明哲`)
      // A name that already says the role ("李链长", "系统管理员") is not prefixed twice.
      expect(actor(1)).toBe(locale === 'en' ? `${leader} 李链长` : '李链长')
      expect(actor(3)).toBe(`${locale === 'en' ? 'Prefecture DRC' : '州发改委'} 张科长`)
      expect(items[3]!.find('[data-testid="event-actor-role"]').text()).toBe(
        locale === 'en' ? 'Prefecture DRC' : '州发改委',
      )
    }
    await setI18nLocale('ko-CN')
    const ko = (await mountTimeline('ko-CN' as never)).findAll('li')
    expect(ko[1]!.find('[data-testid="event-actor-role"]').text()).toBe('사슬장')
    expect(ko[0]!.find('[data-testid="event-actor-role"]').text()).toBe('련락원')
  })

  it('shows the comment and the action data, without repeating a reason equal to the comment', async () => {
    const items = (await mountTimeline()).findAll('li')
    expect(items[2]!.text()).toContain('Through the government chain leader')
    expect(items[4]!.text()).toContain('需协调省级部门')
    expect(items[4]!.text()).toContain('Requested date')
    expect(items[4]!.findAll('dt').map(d => d.text())).toEqual(['Requested date'])
  })

  it('speaks the reader language', async () => {
    const items = (await mountTimeline('zh-CN')).findAll('li')
    expect(items[3]!.text()).toContain('签收')
    expect(items[3]!.find('[data-testid="event-transition"]').text()).toBe('已交办 → 办理中')
  })

  it('labels an assignment to a vertically managed department as coordination, naming it', async () => {
    const assignToCustoms = { ...EVENTS[2]!, data: { ...EVENTS[2]!.data, leadDepartmentId: 7 } }
    const items = (await mountTimeline('en', [assignToCustoms])).findAll('li')
    expect(items[0]!.find('.action').text()).toBe('Coordination requested')
    expect(items[0]!.text()).toContain('Yanji Customs')
    const ordinary = (await mountTimeline('en', [EVENTS[2]!])).findAll('li')
    expect(ordinary[0]!.find('.action').text()).toBe('Assigned')
  })
})
