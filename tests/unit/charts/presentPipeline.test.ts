import { describe, expect, it } from 'vitest'
import { buildPresentPipelineOption } from '@/charts/options/presentPipeline'

describe('buildPresentPipelineOption', () => {
  const stages = [
    { label: 'Draft', count: 1, medianDays: 8 },
    { label: 'Submitted', count: 10, medianDays: 209 },
    { label: 'Implementing', count: 0, medianDays: null },
  ]

  it('draws one bar per stage in process order, top to bottom', () => {
    const option = buildPresentPipelineOption(stages, 'Count')
    const y = option.yAxis as { data: string[]; inverse: boolean }
    expect(y.data).toEqual(['Draft', 'Submitted', 'Implementing'])
    expect(y.inverse).toBe(true)
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([1, 10, 0])
  })

  it('writes each count beside its bar', () => {
    const series = (
      buildPresentPipelineOption(stages, 'Count').series as {
        name: string
        label: { show: boolean; position: string }
      }[]
    )[0]!
    expect(series.name).toBe('Count')
    expect(series.label).toMatchObject({ show: true, position: 'right' })
  })
})
