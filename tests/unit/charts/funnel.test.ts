import { describe, expect, it } from 'vitest'
import { buildFunnelOption, FUNNEL_STAGES } from '@/charts/options'
import { englishT } from './translate'

const t = englishT()
const kpis = { recSubmitted: 20, recInstructed: 12, recForwarded: 14, recImplemented: 4 }
type FunnelSeries = { sort: string; data: { name: string; value: number }[] }

describe('buildFunnelOption', () => {
  it('keeps the stages in process order with the input values, even when a later one is larger', () => {
    const series = (buildFunnelOption(kpis, t).series as FunnelSeries[])[0]!
    expect(series.sort).toBe('none')
    expect(series.data.map(d => d.value)).toEqual([20, 12, 14, 4])
  })

  it('names the stages in the given language', () => {
    const series = (buildFunnelOption(kpis, t).series as FunnelSeries[])[0]!
    expect(series.data.map(d => d.name)).toEqual(['Submitted', 'Endorsed', 'Forwarded', 'Implemented'])
  })

  it('maps each stage to the recommendation status a click filters by', () => {
    expect(FUNNEL_STAGES.map(s => s.status)).toEqual(['submitted', 'instructed', 'forwarded', 'implemented'])
  })

  it('shows a no-data title when nothing moved through the pipeline', () => {
    const option = buildFunnelOption({ recSubmitted: 0, recInstructed: 0, recForwarded: 0, recImplemented: 0 }, t)
    expect((option.title as { text: string }).text).toBe('Nothing to show')
  })
})
