import { describe, expect, it } from 'vitest'
import { buildPipelineModel, describePipeline } from '@/components/present/slides/pipeline/pipelineModel'
import { englishT } from '../../charts/translate'
import { pipelineData } from './fixtures'

const t = englishT()
const en = { masked: false, locale: 'en' } as const

describe('the pipeline slide', () => {
  it("shows each stage's count with its median and longest days in stage", () => {
    const rows = buildPipelineModel(pipelineData(), {}, en, t).rows
    expect(rows.map(r => [r.state, r.count, r.medianDays, r.longestDays])).toEqual([
      ['draft', '1', '10 d', '10 d'],
      ['submitted', '12', '30 d', '89 d'],
      ['instructed', '0', '—', '—'],
      ['forwarded', '2', '16 d', '31 d'],
      ['implementing', '3', '90 d', '90 d'],
    ])
  })

  it('counts the finished ones apart', () => {
    expect(buildPipelineModel(pipelineData(), {}, en, t).finals.map(k => [k.label, k.value])).toEqual([
      ['Implemented', '13'],
      ['Kept for reference', '23'],
    ])
  })

  it('names the longest-waiting recommendations, but not when masked', () => {
    expect(buildPipelineModel(pipelineData(), {}, en, t).longest.map(l => [l.title, l.days])).toEqual([
      ['Recommendation 7', '90 d'],
      ['Recommendation 2', '89 d'],
      ['Recommendation 5', '31 d'],
    ])
    expect(buildPipelineModel(pipelineData(), {}, { masked: true, locale: 'en' }, t).longest).toEqual([])
  })

  it('draws the stage counts and describes the same numbers as a table', () => {
    const model = buildPipelineModel(pipelineData(), {}, en, t)
    expect((model.chart.option.series as { data: number[] }[])[0]!.data).toEqual([1, 12, 0, 2, 3])
    const d = describePipeline(model)
    expect(d.tables[0]!.rows.map(r => r[1])).toEqual(['1', '12', '0', '2', '3'])
    expect(d.kpis).toEqual([
      { label: 'Implemented', value: '13' },
      { label: 'Kept for reference', value: '23' },
    ])
    expect(d.charts).toHaveLength(1)
  })
})
