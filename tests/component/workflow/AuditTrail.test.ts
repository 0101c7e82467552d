import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { AuditEntryView } from '#contract'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import AuditTrail from '@/components/workflow/AuditTrail.vue'
import { DEPARTMENTS } from './setup'

const fetchAudit = vi.fn()
vi.mock('@/api/audit', () => ({ fetchAudit: (type: string, id: number) => fetchAudit(type, id) }))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve([]),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))

const ENTRIES: AuditEntryView[] = [
  {
    id: 2,
    entityType: 'bottleneck',
    entityId: 9,
    action: 'assign',
    actorId: 2,
    actorName: '李链长',
    actorRole: 'leader',
    actorDepartmentId: null,
    at: '2026-09-03T02:00:00Z',
    before: { status: 'accepted', leadDepartmentId: null, version: 2 },
    after: { status: 'assigned', leadDepartmentId: 3, version: 3 },
  },
  {
    id: 1,
    entityType: 'bottleneck',
    entityId: 9,
    action: 'create',
    actorId: 5,
    actorName: '金联络',
    actorRole: 'liaison',
    actorDepartmentId: null,
    at: '2026-09-01T02:00:00Z',
    before: null,
    after: { status: 'submitted', title: '贷款难' },
  },
]

async function mountTrail(reloadKey = 0) {
  await loadNamespaces(['lists', 'workflow'])
  await setI18nLocale('en')
  const w = mount(AuditTrail, {
    props: { entityType: 'bottleneck', entityId: 9, reloadKey },
    global: { plugins: [i18n] },
  })
  await flushPromises()
  return w
}

describe('audit trail', () => {
  afterEach(() => fetchAudit.mockReset())

  it('says who did what and when, with each change as before → after in words', async () => {
    fetchAudit.mockResolvedValue({ items: ENTRIES, labels: { users: {}, visits: {}, bottlenecks: {} } })
    const w = await mountTrail()
    expect(fetchAudit).toHaveBeenCalledWith('bottleneck', 9)
    const entries = w.findAll('[data-testid="audit-trail"] [data-audit-id]')
    expect(entries).toHaveLength(2)
    expect(entries[0]!.find('[data-testid="audit-actor"]').text()).toBe('李链长')
    expect(entries[0]!.text()).toContain('Assign')
    expect(entries[0]!.text()).toMatch(/Status\s*Accepted\s*→\s*Assigned/)
    expect(entries[0]!.text()).toMatch(/Lead department\s*—\s*→\s*Development and Reform Commission/)
    expect(entries[0]!.text()).not.toContain('version')
    expect(entries[1]!.text()).toContain('Created')
  })

  it('names each actor with their role or department (issue 11)', async () => {
    const staff: AuditEntryView = {
      ...ENTRIES[1]!,
      id: 3,
      action: 'acknowledge',
      actorId: 9,
      actorName: '张科长',
      actorRole: 'department',
      actorDepartmentId: 3,
    }
    fetchAudit.mockResolvedValue({ items: [staff, ...ENTRIES], labels: { users: {}, visits: {}, bottlenecks: {} } })
    const w = await mountTrail()
    const actor = (id: number) => w.find(`[data-audit-id="${id}"] .meta`).text().split(' · ')[0]
    expect(actor(3)).toBe('Development and Reform Commission 张科长')
    expect(actor(2)).toBe('Chain leader 李链长')
    expect(actor(1)).toBe('Liaison 金联络')
  })

  it('fetches again when the page says a write happened', async () => {
    fetchAudit.mockResolvedValue({ items: [], labels: { users: {}, visits: {}, bottlenecks: {} } })
    const w = await mountTrail(0)
    expect(w.text()).toContain('No changes recorded yet')
    await w.setProps({ reloadKey: 1 })
    await flushPromises()
    expect(fetchAudit).toHaveBeenCalledTimes(2)
  })
})
