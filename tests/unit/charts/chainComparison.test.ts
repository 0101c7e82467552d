import { describe, expect, it } from 'vitest'
import { buildChainComparisonOption, CHAIN_COMPARISON_MEASURES } from '@/charts/options'
import { englishT } from './translate'

const t = englishT()
const names: Record<number, string> = { 1: 'Tourism', 2: 'Railway' }
const chainName = (id: number) => names[id] ?? `#${id}`
const rows = [
  { chainId: 2, kpis: { visits: 12, bottlenecksRaised: 5, bottlenecksResolved: 3 } },
  { chainId: 1, kpis: { visits: 30, bottlenecksRaised: 9, bottlenecksResolved: 7 } },
]

describe('buildChainComparisonOption', () => {
  it('keeps the input order of chains so a click index maps back to its row', () => {
    const option = buildChainComparisonOption(rows, t, chainName)
    expect((option.yAxis as { data: string[] }).data).toEqual(['Railway', 'Tourism'])
  })

  it('draws one series per measure with the input values', () => {
    const series = buildChainComparisonOption(rows, t, chainName).series as { name: string; data: number[] }[]
    expect(series.map(s => s.data)).toEqual(CHAIN_COMPARISON_MEASURES.map(m => rows.map(r => r.kpis[m])))
  })

  it('names the series in the given language', () => {
    const series = buildChainComparisonOption(rows, t, chainName).series as { name: string }[]
    expect(series.map(s => s.name)).toEqual(['Visits', 'Raised', 'Resolved'])
  })

  it('shows a no-data title and empty series when there are no chains', () => {
    const option = buildChainComparisonOption([], t, chainName)
    expect((option.title as { text: string }).text).toBe('Nothing to show')
    expect((option.series as { data: number[] }[]).every(s => s.data.length === 0)).toBe(true)
  })

  it('turns decals on, since colour is what separates the series', () => {
    const option = buildChainComparisonOption(rows, t, chainName)
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } })
  })
})
