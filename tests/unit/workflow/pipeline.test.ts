import { describe, expect, it } from 'vitest'
import { daysInState, pipelineItems } from '@/components/workflow/pipeline'
import { recommendation } from './fixtures'

describe('recommendation pipeline', () => {
  it('counts whole days in the current state and never a negative number', () => {
    expect(daysInState({ statusSince: '2026-09-01' }, '2026-09-11')).toBe(10)
    expect(daysInState({ statusSince: '2026-09-12' }, '2026-09-11')).toBe(0)
  })

  it('puts the longest-standing recommendation first', () => {
    const items = pipelineItems(
      [
        recommendation(1, 'submitted', '2026-09-05'),
        recommendation(2, 'submitted', '2026-06-01'),
        recommendation(3, 'submitted', '2026-09-05'),
      ],
      '2026-09-11',
    )
    expect(items.map(i => [i.recommendation.id, i.days])).toEqual([
      [2, 102],
      [1, 6],
      [3, 6],
    ])
  })
})
