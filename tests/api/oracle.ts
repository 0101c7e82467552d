/**
 * The list endpoints' filters and sorts re-implemented over a World in plain JS, to check the
 * SQL against: exact totals and the ids of every page.
 */
import {
  buildCalendar,
  computeWarning,
  OPEN_BOTTLENECK_STATES,
  type Bottleneck,
  type Enterprise,
  type Recommendation,
  type Visit,
  type World,
} from '#contract'

const cal = buildCalendar()
/** SQLite LIKE folds ASCII letters only. */
const fold = (s: string) => s.replace(/[A-Z]/g, c => c.toLowerCase())
const contains = (hay: string, needle: string) => fold(hay).includes(fold(needle))
const list = (v: string | null) => (v ? v.split(',') : null)

type Key = string | number | null
function sorter<T extends { id: number }>(sort: string, fields: Record<string, (x: T) => Key>) {
  const desc = sort.startsWith('-')
  const get = fields[sort.replace(/^-/, '')]!
  const cmp = (a: Key, b: Key) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : (a < b ? -1 : 1) * (desc ? -1 : 1))
  return (a: T, b: T) => cmp(get(a), get(b)) || (a.id - b.id) * (desc ? -1 : 1)
}

export interface Expected {
  total: number
  ids: number[]
}

function page<T extends { id: number }>(rows: T[], p: URLSearchParams): Expected {
  const pageNo = Number(p.get('page') ?? 1)
  const size = Number(p.get('pageSize') ?? 20)
  return { total: rows.length, ids: rows.slice((pageNo - 1) * size, pageNo * size).map(r => r.id) }
}

export function expectedEnterprises(world: World, query: string): Expected {
  const p = new URLSearchParams(query)
  const q = p.get('q')?.trim()
  const rows = world.enterprises.filter(
    (e: Enterprise) =>
      (!p.has('chainId') || e.chains.some(c => c.chainId === Number(p.get('chainId')))) &&
      (!p.has('segmentId') || e.chains.some(c => c.segmentId === Number(p.get('segmentId')))) &&
      (!p.has('county') || e.county === p.get('county')) &&
      (!p.has('anchor') || e.anchor === (p.get('anchor') === 'true')) &&
      (!p.has('ids') || list(p.get('ids'))!.map(Number).includes(e.id)) &&
      (!q ||
        contains(e.name.zh, q) ||
        contains(e.name.ko, q) ||
        contains(e.name.en, q) ||
        fold(e.creditCode).startsWith(fold(q))),
  )
  rows.sort(
    sorter<Enterprise>(p.get('sort') ?? 'id', {
      name: e => e.name.zh,
      county: e => e.county,
      creditCode: e => e.creditCode,
      id: e => e.id,
    }),
  )
  return page(rows, p)
}

export function expectedVisits(world: World, query: string): Expected {
  const p = new URLSearchParams(query)
  const q = p.get('q')?.trim()
  const countyOf = new Map(world.enterprises.map(e => [e.id, e.county]))
  const rows = world.visits.filter(
    (v: Visit) =>
      (!p.has('chainId') || v.chainId === Number(p.get('chainId'))) &&
      (!p.has('county') || v.enterpriseIds.some(id => countyOf.get(id) === p.get('county'))) &&
      (!p.has('from') || v.date >= p.get('from')!) &&
      (!p.has('to') || v.date <= p.get('to')!) &&
      (!p.has('type') || list(p.get('type'))!.includes(v.type)) &&
      (!p.has('enterpriseId') || v.enterpriseIds.includes(Number(p.get('enterpriseId')))) &&
      (!q || contains(v.summary, q) || contains(v.code, q)),
  )
  rows.sort(sorter<Visit>(p.get('sort') ?? '-date', { date: v => v.date, id: v => v.id, type: v => v.type }))
  return page(rows, p)
}

/** The warning and overdue of a bottleneck on `today`, as the contract defines them. */
export function warningOf(b: Bottleneck, today: string) {
  return computeWarning(b, today, cal)
}

export function expectedBottlenecks(world: World, query: string, today: string): Expected {
  const p = new URLSearchParams(query)
  const q = p.get('q')?.trim()
  const rows = world.bottlenecks.filter((b: Bottleneck) => {
    const overdue = OPEN_BOTTLENECK_STATES.includes(b.status) && b.resolveBy !== null && b.resolveBy < today
    return (
      (!p.has('chainId') || b.chainId === Number(p.get('chainId'))) &&
      (!p.has('county') || b.county === p.get('county')) &&
      (!p.has('from') || b.raisedOn >= p.get('from')!) &&
      (!p.has('to') || b.raisedOn <= p.get('to')!) &&
      (!p.has('status') || list(p.get('status'))!.includes(b.status)) &&
      (!p.has('category') || list(p.get('category'))!.includes(b.category)) &&
      (!p.has('warning') || list(p.get('warning'))!.includes(warningOf(b, today))) &&
      (!p.has('overdue') || overdue === (p.get('overdue') === 'true')) &&
      (!p.has('enterpriseId') || b.enterpriseId === Number(p.get('enterpriseId'))) &&
      (!p.has('departmentId') ||
        b.leadDepartmentId === Number(p.get('departmentId')) ||
        b.coDepartmentIds.includes(Number(p.get('departmentId')))) &&
      (!q || contains(b.title, q) || contains(b.description, q) || contains(b.code, q))
    )
  })
  rows.sort(
    sorter<Bottleneck>(p.get('sort') ?? '-raisedOn', {
      raisedOn: b => b.raisedOn,
      resolveBy: b => b.resolveBy,
      id: b => b.id,
      status: b => b.status,
      category: b => b.category,
    }),
  )
  return page(rows, p)
}

export function expectedRecommendations(world: World, query: string): Expected {
  const p = new URLSearchParams(query)
  const q = p.get('q')?.trim()
  const rows = world.recommendations.filter(
    (r: Recommendation) =>
      (!p.has('chainId') || r.chainIds.includes(Number(p.get('chainId')))) &&
      (!p.has('from') || r.createdOn >= p.get('from')!) &&
      (!p.has('to') || r.createdOn <= p.get('to')!) &&
      (!p.has('status') || list(p.get('status'))!.includes(r.status)) &&
      (!q || contains(r.title, q) || contains(r.code, q)),
  )
  rows.sort(
    sorter<Recommendation>(p.get('sort') ?? '-createdOn', {
      createdOn: r => r.createdOn,
      submittedOn: r => r.submittedOn,
      id: r => r.id,
      status: r => r.status,
      statusSince: r => r.statusSince,
    }),
  )
  return page(rows, p)
}
