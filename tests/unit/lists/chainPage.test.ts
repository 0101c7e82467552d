import { describe, expect, it } from 'vitest'
import type { Chain, Enterprise } from '#contract'
import { targetProgress, targetYears, yearElapsed, yearRange } from '@/views/chain/chainTargets'
import { buildChainMap } from '@/views/chain/chainMap'

describe('chain targets', () => {
  it('counts a past year to Dec 31 and the current year to today', () => {
    expect(yearRange(2025, '2026-11-26')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(yearRange(2026, '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' })
  })

  it('measures how much of the year has gone by', () => {
    expect(yearElapsed(2025, '2026-11-26')).toBe(1)
    expect(yearElapsed(2026, '2026-01-01')).toBeCloseTo(1 / 365)
    expect(yearElapsed(2026, '2026-07-02')).toBeCloseTo(183 / 365)
  })

  it('sets each target beside its actual, without a ratio when no target exists', () => {
    const target = { year: 2026, visits: 200, bottlenecksResolved: 40, ordersWonCny: 1_000_000 }
    expect(targetProgress(target, { visits: 150, bottlenecksResolved: null, ordersAmountCny: 1_200_000 })).toEqual([
      { key: 'visits', target: 200, actual: 150, ratio: 0.75 },
      { key: 'bottlenecksResolved', target: 40, actual: 0, ratio: 0 },
      { key: 'ordersWonCny', target: 1_000_000, actual: 1_200_000, ratio: 1.2 },
    ])
    expect(
      targetProgress(undefined, { visits: 3, bottlenecksResolved: 1, ordersAmountCny: 0 }).map(r => r.ratio),
    ).toEqual([null, null, null])
  })

  it('offers the years with targets and the current year, newest first', () => {
    const targets = [2024, 2025].map(year => ({ year, visits: 1, bottlenecksResolved: 1, ordersWonCny: 1 }))
    expect(targetYears({ targets }, 2026)).toEqual([2026, 2025, 2024])
  })
})

describe('buildChainMap', () => {
  const name = (zh: string) => ({ zh, ko: zh, en: zh })
  const chain: Pick<Chain, 'id' | 'segments'> = {
    id: 2,
    segments: [
      { id: 21, tier: 'downstream', name: name('旅游列车') },
      { id: 22, tier: 'upstream', name: name('线路与站场') },
      { id: 23, tier: 'upstream', name: name('口岸') },
    ],
  }
  function firm(id: number, zh: string, segmentId: number, anchor = false): Enterprise {
    return {
      id,
      creditCode: '91222401MA0000000X',
      name: name(zh),
      county: 'tumen',
      chains: [
        { chainId: 9, segmentId: 99 },
        { chainId: 2, segmentId },
      ],
      anchor,
      aboveScale: false,
      contact: { name: '', phone: '' },
      liaisonId: null,
    }
  }

  it('groups enterprises by tier upstream to downstream and by their segment in this chain, anchors first', () => {
    const map = buildChainMap(
      chain,
      [firm(1, '乙公司', 22), firm(2, '甲公司', 22), firm(3, '丙公司', 22, true), firm(4, '丁公司', 21)],
      new Intl.Collator('zh-CN'),
    )
    expect(map.map(t => t.tier)).toEqual(['upstream', 'downstream'])
    expect(map[0]!.segments.map(s => [s.segment.id, s.enterprises.map(e => e.id)])).toEqual([
      [22, [3, 2, 1]],
      [23, []],
    ])
    expect(map[1]!.segments[0]!.enterprises.map(e => e.id)).toEqual([4])
  })
})
