import { beforeEach, describe, expect, it, vi } from 'vitest'
import { chinaToday } from '#contract'
import { fetchOverview, fetchTrends } from '@/api/overview'
import { fetchChain } from '@/api/enterprises'
import { fetchBoardSnapshot, fetchPipelineSnapshot } from '@/api/snapshots'
import { loadSlideDefinition } from '@/components/present/slides/registry'
import { chain, counties, overviewData } from './fixtures'

vi.mock('@/api/overview', () => ({ fetchOverview: vi.fn(), fetchTrends: vi.fn() }))
vi.mock('@/api/enterprises', () => ({ fetchChain: vi.fn() }))
vi.mock('@/api/snapshots', () => ({ fetchBoardSnapshot: vi.fn(), fetchPipelineSnapshot: vi.fn() }))
vi.mock('@/api/reference', () => ({
  fetchChains: vi.fn(async () => [chain]),
  fetchCounties: vi.fn(async () => counties),
}))
// No boundary map configured (the server answers 204): the map slide draws tiles.
vi.mock('@/api/countyMap', () => ({ fetchCountyMap: vi.fn(async () => null) }))

const board = {
  asOf: '2026-03-31',
  byStatus: {
    submitted: 1,
    accepted: 2,
    rejected: 9,
    assigned: 3,
    disputed: 4,
    in_progress: 5,
    escalated: 6,
    resolved: 8,
    closed: 9,
  },
  byWarning: { red: 3, yellow: 2, blue: 1 },
  recentlyResolved: [
    {
      id: 5,
      enterpriseId: 8,
      enterpriseName: { zh: '企业', ko: '기업', en: 'Firm' },
      category: 'customs' as const,
      resolutionType: 'solved' as const,
      resolvedOn: '2026-03-30',
    },
  ],
}
const pipeline = {
  asOf: '2026-03-31',
  stages: [{ state: 'draft' as const, total: 1, items: [{ id: 1, title: '建议', statusSince: '2026-03-01' }] }],
  finals: [{ state: 'implemented' as const, total: 2 }],
}
const frozen = { asOf: '2026-03-31', masked: false }
const live = { asOf: null, masked: false }
const unmasked = { masked: false }

beforeEach(() => {
  vi.clearAllMocks()
  vi.mocked(fetchOverview).mockResolvedValue(overviewData().overview)
  vi.mocked(fetchTrends).mockResolvedValue(overviewData().trends)
  vi.mocked(fetchChain).mockResolvedValue(chain)
  vi.mocked(fetchBoardSnapshot).mockResolvedValue(board)
  vi.mocked(fetchPipelineSnapshot).mockResolvedValue(pipeline)
})

describe('slide data loading', () => {
  it('overview: the filter and the 12 months to the frozen date, trends by calendar month', async () => {
    const data = await (await loadSlideDefinition('overview')).load({ chainId: 2, county: 'yanji' }, frozen)
    expect(fetchOverview).toHaveBeenLastCalledWith(
      { chainId: 2, county: 'yanji', from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' },
      unmasked,
    )
    expect(fetchTrends).toHaveBeenLastCalledWith(
      { chainId: 2, county: 'yanji', from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' },
      unmasked,
    )
    expect(data).toMatchObject({ scope: { chain: chain.name, county: counties[0]!.name } })
  })

  it('overview live: 12 months to today, trends left to the server', async () => {
    await (await loadSlideDefinition('overview')).load({}, live)
    expect(vi.mocked(fetchOverview).mock.lastCall![0]).toMatchObject({ to: chinaToday() })
    expect(vi.mocked(fetchOverview).mock.lastCall![0]).not.toHaveProperty('asOf')
    expect(fetchTrends).toHaveBeenLastCalledWith({ chainId: undefined, county: undefined }, unmasked)
  })

  it('chain: the chain, its 12 months and its year to date', async () => {
    await (await loadSlideDefinition('chain')).load({ chainId: 2 }, frozen)
    expect(fetchChain).toHaveBeenCalledWith(2, unmasked)
    expect(fetchOverview).toHaveBeenCalledWith(
      { chainId: 2, county: undefined, from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' },
      unmasked,
    )
    expect(fetchOverview).toHaveBeenCalledWith(
      { chainId: 2, county: undefined, from: '2026-01-01', to: '2026-03-31', asOf: '2026-03-31' },
      unmasked,
    )
  })

  it('board: the snapshot of the frozen date for the filter and period, open statuses and warning colours in order', async () => {
    const data = (await (await loadSlideDefinition('board')).load({ county: 'dunhua' }, frozen)) as {
      openByStatus: { status: string; total: number }[]
      byWarning: { colour: string; total: number }[]
      resolved: unknown[]
    }
    expect(fetchBoardSnapshot).toHaveBeenCalledWith(
      { asOf: '2026-03-31', from: '2025-04-01', to: '2026-03-31', chainId: undefined, county: 'dunhua' },
      unmasked,
    )
    expect(data.openByStatus.map(s => s.total)).toEqual([1, 2, 3, 4, 5, 6])
    expect(data.byWarning).toEqual([
      { colour: 'red', total: 3 },
      { colour: 'yellow', total: 2 },
      { colour: 'blue', total: 1 },
    ])
    expect(data.resolved).toEqual(board.recentlyResolved)
  })

  it("pipeline: the chain's snapshot of the frozen date, days counted to the day it stands on", async () => {
    const data = (await (await loadSlideDefinition('pipeline')).load({ chainId: 2 }, frozen)) as {
      day: string
      stages: unknown[]
    }
    expect(fetchPipelineSnapshot).toHaveBeenCalledWith({ asOf: '2026-03-31', chainId: 2 }, unmasked)
    expect(data.day).toBe('2026-03-31')
    expect(data.stages).toEqual(pipeline.stages)
  })

  it('board and pipeline live ask for today', async () => {
    await (await loadSlideDefinition('board')).load({}, live)
    await (await loadSlideDefinition('pipeline')).load({}, live)
    expect(vi.mocked(fetchBoardSnapshot).mock.lastCall![0]).toMatchObject({ asOf: chinaToday(), to: chinaToday() })
    expect(vi.mocked(fetchPipelineSnapshot).mock.lastCall![0]).toMatchObject({ asOf: chinaToday() })
  })

  it('map: the chain filter narrows the numbers, every county is kept', async () => {
    await (await loadSlideDefinition('map')).load({ chainId: 2, county: 'yanji' }, frozen)
    expect(fetchOverview).toHaveBeenLastCalledWith(
      { chainId: 2, from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' },
      unmasked,
    )
  })

  it('a masked playlist asks for masked answers on every data request of every slide kind', async () => {
    const masked = { asOf: '2026-03-31', masked: true }
    for (const kind of ['overview', 'chain', 'board', 'pipeline', 'map'] as const)
      await (await loadSlideDefinition(kind)).load({ chainId: 2 }, masked)
    const calls: unknown[][] = [
      fetchOverview,
      fetchTrends,
      fetchChain,
      fetchBoardSnapshot,
      fetchPipelineSnapshot,
    ].flatMap(f => vi.mocked(f as (...args: unknown[]) => unknown).mock.calls)
    expect(calls.length).toBeGreaterThanOrEqual(7)
    for (const call of calls) expect(call.at(-1)).toEqual({ masked: true })
  })
})
