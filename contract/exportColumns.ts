/**
 * The columns of each list's Excel export: header key and how a record becomes cells. Pure and
 * free of Vue, in contract/ because the server's streaming export and the browser's mock-mode
 * builder share it, so both produce the same workbook (and the server imports nothing from src/).
 */
import { localize } from './common'
import type { Bottleneck, Chain, Enterprise, Recommendation, Visit } from './entities'
import { CATEGORY_NAMES, type County, type Department } from './reference'

export const EXPORT_LISTS = ['visits', 'bottlenecks', 'recommendations', 'enterprises'] as const
export type ExportList = (typeof EXPORT_LISTS)[number]

/** vue-i18n's `t` in the browser, a lookup over the same locale files on the server. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** One cell: text, a number, a calendar day (written as an Excel date) or empty. */
export type Cell = string | number | { day: string } | null

/** What names in the rows are looked up in: reference data plus the enterprises of the batch. */
export interface ExportLookup {
  locale: string
  t: Translate
  chains: readonly Chain[]
  counties: readonly County[]
  departments: readonly Department[]
  /** Names of the enterprises the rows mention (visits and bottlenecks); others read '#id'. */
  enterpriseNames: ReadonlyMap<number, Enterprise['name']>
}

interface Column<T> {
  key: string
  /** Approximate width in characters. */
  width: number
  value: (row: T, l: ExportLookup) => Cell
}

type RecordOf = { visits: Visit; bottlenecks: Bottleneck; recommendations: Recommendation; enterprises: Enterprise }

const day = (d: string | null): Cell => (d ? { day: d } : null)
const text = (s: string | null | undefined): Cell => (s === null || s === undefined || s === '' ? null : s)

function chainName(l: ExportLookup, id: number): string {
  const c = l.chains.find(x => x.id === id)
  return c ? localize(c.name, l.locale) : `#${id}`
}
function countyName(l: ExportLookup, code: string): string {
  const c = l.counties.find(x => x.code === code)
  return c ? localize(c.name, l.locale) : code
}
function departmentName(l: ExportLookup, id: number | null): Cell {
  if (id === null) return null
  const d = l.departments.find(x => x.id === id)
  return d ? localize(d.name, l.locale) : `#${id}`
}
function enterpriseName(l: ExportLookup, id: number): string {
  const name = l.enterpriseNames.get(id)
  return name ? localize(name, l.locale) : `#${id}`
}
const joined = (l: ExportLookup, names: readonly string[]): Cell => (names.length ? names.join(l.t('lists.sep')) : null)
const yesNo = (l: ExportLookup, flag: boolean): string => l.t(flag ? 'exports.values.yes' : 'exports.values.no')

const visitColumns: Column<Visit>[] = [
  { key: 'code', width: 16, value: v => v.code },
  { key: 'date', width: 12, value: v => day(v.date) },
  { key: 'type', width: 16, value: (v, l) => l.t(`lists.visitType.${v.type}`) },
  { key: 'chain', width: 22, value: (v, l) => chainName(l, v.chainId) },
  {
    key: 'enterprises',
    width: 40,
    value: (v, l) =>
      joined(
        l,
        v.enterpriseIds.map(id => enterpriseName(l, id)),
      ),
  },
  { key: 'participants', width: 24, value: (v, l) => joined(l, v.participants) },
  { key: 'summary', width: 60, value: v => text(v.summary) },
  { key: 'orders', width: 10, value: v => v.outcomes.filter(o => o.type === 'order').length },
  {
    key: 'ordersCny',
    width: 16,
    value: v => v.outcomes.reduce((sum, o) => sum + (o.type === 'order' ? (o.amountCny ?? 0) : 0), 0),
  },
  { key: 'markets', width: 10, value: v => v.outcomes.filter(o => o.type === 'market').length },
  { key: 'bottlenecks', width: 10, value: v => v.bottleneckIds.length },
  { key: 'recordedAt', width: 22, value: v => v.recordedAt },
]

const bottleneckColumns: Column<Bottleneck>[] = [
  { key: 'code', width: 16, value: b => b.code },
  { key: 'title', width: 40, value: b => b.title },
  { key: 'status', width: 12, value: (b, l) => l.t(`common.bottleneckStatus.${b.status}`) },
  { key: 'warning', width: 16, value: (b, l) => l.t(`common.warning.${b.warning}`) },
  { key: 'category', width: 18, value: (b, l) => localize(CATEGORY_NAMES[b.category], l.locale) },
  { key: 'chain', width: 22, value: (b, l) => chainName(l, b.chainId) },
  { key: 'enterprise', width: 32, value: (b, l) => enterpriseName(l, b.enterpriseId) },
  { key: 'county', width: 10, value: (b, l) => countyName(l, b.county) },
  { key: 'leadDepartment', width: 22, value: (b, l) => departmentName(l, b.leadDepartmentId) },
  {
    key: 'coDepartments',
    width: 30,
    value: (b, l) =>
      joined(
        l,
        b.coDepartmentIds.map(id => String(departmentName(l, id))),
      ),
  },
  { key: 'raisedOn', width: 12, value: b => day(b.raisedOn) },
  { key: 'acknowledgeBy', width: 12, value: b => day(b.acknowledgeBy) },
  { key: 'acknowledgedOn', width: 12, value: b => day(b.acknowledgedOn) },
  { key: 'resolveBy', width: 12, value: b => day(b.resolveBy) },
  { key: 'originalResolveBy', width: 12, value: b => day(b.originalResolveBy) },
  { key: 'resolvedOn', width: 12, value: b => day(b.resolvedOn) },
  { key: 'closedOn', width: 12, value: b => day(b.closedOn) },
  {
    key: 'resolutionType',
    width: 14,
    value: (b, l) => (b.resolutionType ? l.t(`lists.enums.resolutionType.${b.resolutionType}`) : null),
  },
  {
    key: 'satisfaction',
    width: 14,
    value: (b, l) => (b.satisfaction ? l.t(`lists.enums.satisfaction.${b.satisfaction}`) : null),
  },
  { key: 'reopenCount', width: 8, value: b => b.reopenCount },
  { key: 'description', width: 60, value: b => text(b.description) },
]

const recommendationColumns: Column<Recommendation>[] = [
  { key: 'code', width: 16, value: r => r.code },
  { key: 'title', width: 44, value: r => r.title },
  { key: 'status', width: 12, value: (r, l) => l.t(`common.recommendationStatus.${r.status}`) },
  {
    key: 'chains',
    width: 30,
    value: (r, l) =>
      joined(
        l,
        r.chainIds.map(id => chainName(l, id)),
      ),
  },
  { key: 'submittedTo', width: 20, value: (r, l) => l.t(`lists.recommendations.submittedToValue.${r.submittedTo}`) },
  { key: 'createdOn', width: 12, value: r => day(r.createdOn) },
  { key: 'submittedOn', width: 12, value: r => day(r.submittedOn) },
  { key: 'firstInstructedOn', width: 12, value: r => day(r.firstInstructedOn) },
  { key: 'forwardedOn', width: 12, value: r => day(r.forwardedOn) },
  { key: 'implementingOn', width: 12, value: r => day(r.implementingOn) },
  { key: 'implementedOn', width: 12, value: r => day(r.implementedOn) },
  { key: 'notAdoptedOn', width: 12, value: r => day(r.notAdoptedOn) },
  { key: 'statusSince', width: 12, value: r => day(r.statusSince) },
]

const enterpriseColumns: Column<Enterprise>[] = [
  { key: 'creditCode', width: 22, value: e => e.creditCode },
  { key: 'name', width: 36, value: (e, l) => localize(e.name, l.locale) },
  { key: 'nameZh', width: 36, value: e => e.name.zh },
  { key: 'county', width: 10, value: (e, l) => countyName(l, e.county) },
  {
    key: 'chains',
    width: 30,
    value: (e, l) =>
      joined(
        l,
        e.chains.map(m => chainName(l, m.chainId)),
      ),
  },
  { key: 'anchor', width: 8, value: (e, l) => yesNo(l, e.anchor) },
  { key: 'aboveScale', width: 8, value: (e, l) => yesNo(l, e.aboveScale) },
  { key: 'contactName', width: 12, value: e => text(e.contact.name) },
  { key: 'contactPhone', width: 16, value: e => text(e.contact.phone) },
]

const COLUMNS: { [L in ExportList]: Column<RecordOf[L]>[] } = {
  visits: visitColumns,
  bottlenecks: bottleneckColumns,
  recommendations: recommendationColumns,
  enterprises: enterpriseColumns,
}

/** The localized header row of a list's export. */
export function exportHeaders(list: ExportList, t: Translate): string[] {
  return COLUMNS[list].map(c => t(`exports.columns.${list}.${c.key}`))
}

/** Column widths (characters) in header order. */
export function exportWidths(list: ExportList): number[] {
  return COLUMNS[list].map(c => c.width)
}

/** One record as a row of cells in header order. */
export function exportRow<L extends ExportList>(list: L, record: RecordOf[L], lookup: ExportLookup): Cell[] {
  return (COLUMNS[list] as Column<RecordOf[L]>[]).map(c => c.value(record, lookup))
}

/** The enterprises whose names a batch of records needs (visits and bottlenecks name them by id). */
export function enterpriseIdsOf(list: ExportList, records: readonly unknown[]): number[] {
  if (list === 'visits') return [...new Set((records as Visit[]).flatMap(v => v.enterpriseIds))]
  if (list === 'bottlenecks') return [...new Set((records as Bottleneck[]).map(b => b.enterpriseId))]
  return []
}

export type { RecordOf as ExportRecordOf }
