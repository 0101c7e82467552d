import { beforeEach, describe, expect, it, vi } from 'vitest'
import { chinaToday } from '#contract'
import { fetchOverview, fetchTrends } from '@/api/overview'
import { fetchBottlenecks } from '@/api/bottlenecks'
import { fetchChain, fetchEnterprises } from '@/api/enterprises'
import { fetchRecommendations } from '@/api/recommendations'
import { loadSlideDefinition } from '@/components/present/slides/registry'
import { chain, counties, overviewData } from './fixtures'

vi.mock('@/api/overview', () => ({ fetchOverview: vi.fn(), fetchTrends: vi.fn() }))
vi.mock('@/api/bottlenecks', () => ({ fetchBottlenecks: vi.fn() }))
vi.mock('@/api/enterprises', () => ({ fetchChain: vi.fn(), fetchEnterprises: vi.fn() }))
vi.mock('@/api/recommendations', () => ({ fetchRecommendations: vi.fn() }))
vi.mock('@/api/reference', () => ({ fetchChains: vi.fn(async () => [chain]), fetchCounties: vi.fn(async () => counties) }))

const page = <T>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 20 })
const frozen = { asOf: '2026-03-31' }

beforeEach(() => {
  vi.clearAllMocks()
  vi.mocked(fetchOverview).mockResolvedValue(overviewData().overview)
  vi.mocked(fetchTrends).mockResolvedValue(overviewData().trends)
  vi.mocked(fetchChain).mockResolvedValue(chain)
  vi.mocked(fetchBottlenecks).mockResolvedValue(page([], 3))
  vi.mocked(fetchEnterprises).mockResolvedValue(page([]))
  vi.mocked(fetchRecommendations).mockResolvedValue(page([], 4))
})

describe('slide data loading', () => {
  it('overview: the filter and the 12 months to the frozen date, trends by calendar month', async () => {
    const data = await (await loadSlideDefinition('overview')).load({ chainId: 2, county: 'yanji' }, frozen)
    expect(fetchOverview).toHaveBeenLastCalledWith({ chainId: 2, county: 'yanji', from: '2025-04-01', to: '2026-03-31' })
    expect(fetchTrends).toHaveBeenLastCalledWith({ chainId: 2, county: 'yanji', from: '2025-04-01', to: '2026-03-31' })
    expect(data).toMatchObject({ scope: { chain: chain.name, county: counties[0]!.name } })
  })

  it('overview live: 12 months to today, trends left to the server', async () => {
    await (await loadSlideDefinition('overview')).load({}, { asOf: null })
    expect(vi.mocked(fetchOverview).mock.lastCall![0]).toMatchObject({ to: chinaToday() })
    expect(fetchTrends).toHaveBeenLastCalledWith({ chainId: undefined, county: undefined })
  })

  it('chain: the chain, its 12 months and its year to date', async () => {
    await (await loadSlideDefinition('chain')).load({ chainId: 2 }, frozen)
    expect(fetchChain).toHaveBeenCalledWith(2)
    expect(fetchOverview).toHaveBeenCalledWith({ chainId: 2, county: undefined, from: '2025-04-01', to: '2026-03-31' })
    expect(fetchOverview).toHaveBeenCalledWith({ chainId: 2, county: undefined, from: '2026-01-01', to: '2026-03-31' })
  })

  it('board: counts each open status and warning colour within the filter and period', async () => {
    const data = await (await loadSlideDefinition('board')).load({ county: 'dunhua' }, frozen) as { openByStatus: { total: number }[], byWarning: { colour: string }[] }
    const calls = vi.mocked(fetchBottlenecks).mock.calls.map(c => c[0]!)
    expect(calls.every(q => q.county === 'dunhua' && q.from === '2025-04-01' && q.to === '2026-03-31')).toBe(true)
    expect(calls.filter(q => q.warning).map(q => q.warning)).toEqual([['red'], ['yellow'], ['blue']])
    expect(calls.find(q => q.status?.includes('resolved'))).toMatchObject({ status: ['resolved', 'closed'], sort: '-raisedOn' })
    expect(data.openByStatus.every(s => s.total === 3)).toBe(true)
  })

  it('pipeline: every stage of the chain, oldest in state first, days counted to the frozen date', async () => {
    const data = await (await loadSlideDefinition('pipeline')).load({ chainId: 2 }, frozen) as { day: string }
    const calls = vi.mocked(fetchRecommendations).mock.calls.map(c => c[0]!)
    expect(calls.map(q => q.status![0])).toEqual(['draft', 'submitted', 'instructed', 'forwarded', 'implementing', 'implemented', 'not_adopted'])
    expect(calls.every(q => q.chainId === 2 && q.sort === 'statusSince')).toBe(true)
    expect(data.day).toBe('2026-03-31')
  })

  it('map: the chain filter narrows the numbers, every county is kept', async () => {
    await (await loadSlideDefinition('map')).load({ chainId: 2, county: 'yanji' }, frozen)
    expect(fetchOverview).toHaveBeenLastCalledWith({ chainId: 2, from: '2025-04-01', to: '2026-03-31' })
  })
})
