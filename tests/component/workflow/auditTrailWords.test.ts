/**
 * Issue 11 §2: the visit and record history shows words, not keys. Every field of a visit, a
 * bottleneck and a recommendation (taken from the contract's own schemas, so a field added later
 * fails here until it has words) is rendered as an audit change in every locale; no field key
 * (camelCase) and no bare id reaches the page. All ids are 9xxxx so a leaked one is easy to find.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import {
  auditLabelRefs,
  auditLabelsFrom,
  bottleneckDetail,
  recommendationDetail,
  visit,
  type AuditEntry,
  type BottleneckDetail,
  type Chain,
  type Department,
  type RecommendationDetail,
  type Visit,
} from '#contract'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import AuditTrail from '@/components/workflow/AuditTrail.vue'
import { generateWorld } from '../../../mock/generate'

const world = generateWorld({ seed: 7, anchorDate: '2026-06-30' })
const CHAINS: Chain[] = world.chains.slice(0, 2).map((c, i) => ({ ...c, id: 90041 + i }))
const DEPARTMENTS: Department[] = world.departments.slice(0, 3).map((d, i) => ({ ...d, id: 90031 + i }))
const ENTERPRISES = [
  { id: 90011, name: { zh: '延边甲企业', ko: '연변갑기업', en: 'Yanbian A Co.' } },
  { id: 90012, name: { zh: '延边乙企业', ko: '연변을기업', en: 'Yanbian B Co.' } },
]
const USERS = new Map([
  [90021, '金联络'],
  [90022, '李链长'],
])
const VISIT_CODES = new Map([[90051, 'ZF-2026-0051']])
const BOTTLENECK_CODES = new Map([
  [90061, 'DD-2026-0061'],
  [90062, 'DD-2026-0062'],
])

const fetchAudit = vi.fn()
vi.mock('@/api/audit', () => ({ fetchAudit: (type: string, id: number) => fetchAudit(type, id) }))
vi.mock('@/api/reference', () => ({
  fetchChains: () => Promise.resolve(CHAINS),
  fetchCounties: () => Promise.resolve(world.counties),
  fetchDepartments: () => Promise.resolve(DEPARTMENTS),
}))
vi.mock('@/api/enterprises', () => ({
  fetchEnterprises: () => Promise.resolve({ items: ENTERPRISES, total: ENTERPRISES.length, page: 1, pageSize: 200 }),
}))

const AT = '2026-05-06T02:00:00+08:00'
const VISIT: Visit = {
  id: 90051,
  code: 'ZF-2026-0051',
  type: 'forum',
  date: '2026-05-06',
  chainId: 90041,
  enterpriseIds: [90011, 90012],
  participants: ['金联络', '朴委员'],
  summary: '座谈融资需求',
  outcomes: [
    { id: 90071, type: 'order', enterpriseId: 90011, amountCny: 250_000, description: '签订订单' },
    { id: 90072, type: 'market', enterpriseId: 90012, amountCny: null, description: '进入俄罗斯市场' },
  ],
  bottleneckIds: [90061, 90062],
  recordedBy: 90021,
  recordedAt: AT,
  version: 2,
  voidedAt: AT,
  voidReason: '重复录入',
}
const BOTTLENECK: BottleneckDetail = {
  id: 90061,
  code: 'DD-2026-0061',
  chainId: 90041,
  enterpriseId: 90011,
  county: 'hunchun',
  visitId: 90051,
  category: 'financing',
  title: '流动资金贷款难',
  description: '银行授信不足',
  status: 'resolved',
  leadDepartmentId: 90031,
  coDepartmentIds: [90032, 90033],
  assignedVia: 'lead_unit',
  coordination: true,
  raisedAt: AT,
  raisedOn: '2026-05-06',
  assignedOn: '2026-05-07',
  acknowledgeBy: '2026-05-09',
  acknowledgedOn: '2026-05-08',
  resolveBy: '2026-05-20',
  originalResolveBy: '2026-05-18',
  extensionPending: true,
  extended: true,
  resolvedOn: '2026-05-19',
  closedOn: '2026-05-21',
  resolutionType: 'partly_solved',
  satisfaction: 'basically_satisfied',
  reopenCount: 1,
  warning: 'blue',
  version: 5,
  events: [],
  voidedAt: AT,
  voidReason: '重复录入',
}
const RECOMMENDATION: RecommendationDetail = {
  id: 90081,
  code: 'YJ-2026-0081',
  title: '关于设立链上企业应急转贷资金的建议',
  body: '建议设立……',
  chainIds: [90041, 90042],
  basis: { visitIds: [90051], bottleneckIds: [90061], research: '融资专题调研' },
  submittedTo: 'government',
  status: 'implementing',
  createdBy: 90022,
  createdOn: '2026-05-10',
  submittedOn: '2026-05-11',
  firstInstructedOn: '2026-05-12',
  forwardedOn: '2026-05-13',
  implementingOn: '2026-05-14',
  implementedOn: '2026-05-30',
  notAdoptedOn: '2026-05-31',
  notAdoptedReason: '已有政策覆盖',
  statusSince: '2026-05-14',
  instructions: [{ id: 90091, leader: '州政府主要领导', date: '2026-05-12', text: '请州金融办研究落实' }],
  forwards: [{ id: 90092, date: '2026-05-13', departmentIds: [90031, 90032], note: '抓紧办理' }],
  feedback: [
    { id: 90093, date: '2026-05-20', departmentId: 90033, text: '已制定办法' },
    { id: 90094, date: '2026-05-21', departmentId: null, text: '补充说明' },
  ],
  version: 4,
  voidedAt: AT,
  voidReason: '重复录入',
}

/** A change of every field: from nothing to the full record (a create would skip the empty ones). */
function everyFieldEntry(entityType: AuditEntry['entityType'], record: Record<string, unknown>): AuditEntry {
  return {
    id: 90001,
    entityType,
    entityId: record.id as number,
    action: 'edit',
    actorId: 90022,
    actorName: '李链长',
    at: AT,
    before: Object.fromEntries(Object.keys(record).map(k => [k, null])),
    after: record,
  }
}

const CASES = [
  { entity: 'visit' as const, record: VISIT, keys: Object.keys(visit.shape) },
  { entity: 'bottleneck' as const, record: BOTTLENECK, keys: Object.keys(bottleneckDetail.shape) },
  { entity: 'recommendation' as const, record: RECOMMENDATION, keys: Object.keys(recommendationDetail.shape) },
]
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/

async function render(
  entity: 'visit' | 'bottleneck' | 'recommendation',
  record: Record<string, unknown>,
  locale: 'zh-CN' | 'ko-CN' | 'en',
) {
  const items = [everyFieldEntry(entity, record)]
  const refs = auditLabelRefs(items)
  fetchAudit.mockResolvedValue({
    items,
    labels: auditLabelsFrom(refs, { users: USERS, visits: VISIT_CODES, bottlenecks: BOTTLENECK_CODES }),
  })
  await loadNamespaces(['lists', 'workflow'])
  await setI18nLocale(locale)
  const w = mount(AuditTrail, {
    props: { entityType: entity, entityId: record.id as number },
    global: { plugins: [i18n] },
  })
  await flushPromises()
  await flushPromises()
  return w
}

describe('the audit trail shows words, not keys', () => {
  afterEach(() => fetchAudit.mockReset())

  it.each(CASES)('the $entity fixture holds every field its schema has', ({ record, keys }) => {
    expect(Object.keys(record).sort()).toEqual([...keys].sort())
  })

  describe.each(['zh-CN', 'ko-CN', 'en'] as const)('in %s', locale => {
    it.each(CASES)(
      'names every field of a $entity and every person and record it points to',
      async ({ entity, record, keys }) => {
        const w = await render(entity, record, locale)
        const changes = w.findAll('.change')
        // Every field but those the trail leaves out on purpose (auditChanges.ts: ids, versions, the timeline, the computed colour).
        expect(changes).toHaveLength(keys.filter(k => !['id', 'version', 'events', 'warning'].includes(k)).length)
        for (const c of changes) {
          const text = c.text()
          expect(text, 'a field key or value key').not.toMatch(CAMEL_CASE)
          expect(text, 'a bare id').not.toMatch(/9\d{4}/)
          expect(text, 'a record as JSON or a count').not.toMatch(/[{}[\]]/)
          expect(text, 'a raw enum').not.toMatch(/\b[a-z]+_[a-z_]+\b/)
          expect(
            ['government', 'implementing', 'resolved', 'forum', 'hunchun', 'financing'],
            'a raw value',
          ).not.toContain(c.find('.after').text())
        }
      },
    )
  })

  it("reads a visit's people, bottlenecks and outcomes in words", async () => {
    const text = (await render('visit', VISIT, 'zh-CN')).text()
    expect(text).toContain('金联络')
    expect(text).toContain('DD-2026-0061')
    expect(text).toMatch(/拓订单 25万元 · 签订订单（延边甲企业）/)
    expect(text).toContain('延边乙企业')
  })

  it("reads a recommendation's author, basis, instructions, forwards and feedback in words", async () => {
    const text = (await render('recommendation', RECOMMENDATION, 'en')).text()
    expect(text).toContain('李链长')
    expect(text).toContain('ZF-2026-0051')
    expect(text).toContain('DD-2026-0061')
    expect(text).toContain('州政府主要领导')
    expect(text).toContain(DEPARTMENTS[0]!.name.en)
  })

  it('says "unknown" for an id nothing names, rather than show the number', async () => {
    const items = [everyFieldEntry('visit', VISIT)]
    fetchAudit.mockResolvedValue({ items, labels: { users: {}, visits: {}, bottlenecks: {} } })
    await loadNamespaces(['lists', 'workflow'])
    await setI18nLocale('en')
    const w = mount(AuditTrail, { props: { entityType: 'visit', entityId: VISIT.id }, global: { plugins: [i18n] } })
    await flushPromises()
    expect(w.text()).not.toMatch(/9\d{4}/)
  })
})
