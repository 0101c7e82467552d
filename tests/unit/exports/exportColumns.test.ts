import { describe, expect, it } from 'vitest'
import type { Bottleneck, Chain, County, Department, Enterprise, Recommendation, Visit } from '#contract'
import { enterpriseIdsOf, exportHeaders, exportRow, exportWidths, type ExportLookup } from '#contract'

const t = (key: string) => key
const name = (zh: string, en: string) => ({ zh, ko: `${zh}(ko)`, en })
const chains = [
  { id: 1, name: name('旅游链', 'Tourism') },
  { id: 2, name: name('铁路链', 'Railway') },
] as Chain[]
const counties = [{ code: 'yanji', name: name('延吉市', 'Yanji') }] as County[]
const departments = [
  { id: 5, name: name('州商务局', 'Commerce Bureau') },
  { id: 6, name: name('延吉海关', 'Yanji Customs') },
] as Department[]

function lookup(locale: string, enterprises: Record<number, Enterprise['name']> = {}): ExportLookup {
  return {
    locale,
    t,
    chains,
    counties,
    departments,
    enterpriseNames: new Map(Object.entries(enterprises).map(([id, n]) => [Number(id), n])),
  }
}

const bottleneck = {
  id: 7,
  code: 'B2026-0007',
  chainId: 2,
  enterpriseId: 30,
  county: 'yanji',
  visitId: null,
  category: 'customs',
  title: '通关慢',
  description: '',
  status: 'in_progress',
  leadDepartmentId: 5,
  coDepartmentIds: [6],
  assignedVia: 'lead_unit',
  coordination: false,
  raisedAt: '2026-05-01T01:00:00Z',
  raisedOn: '2026-05-01',
  assignedOn: '2026-05-02',
  acknowledgeBy: '2026-05-05',
  acknowledgedOn: '2026-05-03',
  resolveBy: '2026-05-12',
  originalResolveBy: '2026-05-12',
  extensionPending: false,
  extended: false,
  resolvedOn: null,
  closedOn: null,
  resolutionType: null,
  satisfaction: null,
  reopenCount: 1,
  warning: 'red',
  version: 3,
} as Bottleneck

describe('export columns', () => {
  it('has one header and one width per column, headers keyed by list and column', () => {
    for (const list of ['visits', 'bottlenecks', 'recommendations', 'enterprises'] as const) {
      expect(exportHeaders(list, t).length).toBe(exportWidths(list).length)
      expect(exportHeaders(list, t).every(h => h.startsWith(`exports.columns.${list}.`))).toBe(true)
    }
  })

  it('writes a bottleneck with names in the locale, enum labels by key and dates as days', () => {
    const row = exportRow('bottlenecks', bottleneck, lookup('en', { 30: name('长白山矿泉水', 'Changbai Water') }))
    const byHeader = Object.fromEntries(exportHeaders('bottlenecks', t).map((h, i) => [h.split('.').at(-1), row[i]]))
    expect(byHeader).toMatchObject({
      code: 'B2026-0007',
      status: 'common.bottleneckStatus.in_progress',
      warning: 'common.warning.red',
      category: 'Customs and ports',
      chain: 'Railway',
      enterprise: 'Changbai Water',
      county: 'Yanji',
      leadDepartment: 'Commerce Bureau',
      coDepartments: 'Yanji Customs',
      raisedOn: { day: '2026-05-01' },
      resolvedOn: null,
      resolutionType: null,
      reopenCount: 1,
      description: null,
    })
  })

  it('falls back to Chinese names for Korean when the data has none, and to #id for unknown records', () => {
    const row = exportRow(
      'bottlenecks',
      { ...bottleneck, chainId: 9 },
      lookup('ko-CN', { 30: { zh: '企业甲' } as Enterprise['name'] }),
    )
    expect(row).toContain('企业甲')
    expect(row).toContain('#9')
    expect(row).toContain('延吉市(ko)')
  })

  it("sums a visit's orders and counts its markets, naming every enterprise", () => {
    const visit = {
      id: 1,
      code: 'V1',
      type: 'forum',
      date: '2026-04-02',
      chainId: 1,
      enterpriseIds: [30, 31],
      participants: ['甲', '乙'],
      summary: '座谈',
      outcomes: [
        { id: 1, type: 'order', enterpriseId: 30, amountCny: 1_000_000, description: '' },
        { id: 2, type: 'order', enterpriseId: 31, amountCny: 250_000, description: '' },
        { id: 3, type: 'market', enterpriseId: 31, amountCny: null, description: '' },
      ],
      bottleneckIds: [4],
      recordedBy: 1,
      recordedAt: '2026-04-02T08:00:00Z',
      version: 1,
    } as Visit
    const row = exportRow('visits', visit, lookup('zh-CN', { 30: name('甲公司', 'A'), 31: name('乙公司', 'B') }))
    expect(row).toEqual([
      'V1',
      { day: '2026-04-02' },
      'lists.visitType.forum',
      '旅游链',
      '甲公司lists.sep乙公司',
      '甲lists.sep乙',
      '座谈',
      2,
      1_250_000,
      1,
      1,
      '2026-04-02T08:00:00Z',
    ])
    expect(enterpriseIdsOf('visits', [visit, { ...visit, enterpriseIds: [31, 32] }])).toEqual([30, 31, 32])
  })

  it("lists a recommendation's chains and an enterprise's flags", () => {
    const rec = {
      code: 'R1',
      title: '建议',
      status: 'forwarded',
      chainIds: [1, 2],
      submittedTo: 'government',
      createdOn: '2026-01-01',
      submittedOn: null,
    } as Recommendation
    expect(exportRow('recommendations', rec, lookup('en')).slice(0, 5)).toEqual([
      'R1',
      '建议',
      'common.recommendationStatus.forwarded',
      'Tourismlists.sepRailway',
      'lists.recommendations.submittedToValue.government',
    ])
    const ent = {
      creditCode: 'X',
      name: name('甲', 'A'),
      county: 'yanji',
      chains: [{ chainId: 2, segmentId: 1 }],
      anchor: true,
      aboveScale: false,
      contact: { name: '', phone: '1' },
    } as unknown as Enterprise
    expect(exportRow('enterprises', ent, lookup('en'))).toEqual([
      'X',
      'A',
      '甲',
      'Yanji',
      'Railway',
      'exports.values.yes',
      'exports.values.no',
      null,
      '1',
    ])
    expect(enterpriseIdsOf('enterprises', [ent])).toEqual([])
  })
})
