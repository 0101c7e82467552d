import { describe, expect, it } from 'vitest'
import { textWidthEm } from '@/components/present/slides/shared/fitText'

describe('textWidthEm', () => {
  it('counts CJK and Hangul wider than digits', () => {
    expect(textWidthEm('8.87亿元')).toBeGreaterThan(textWidthEm('88888'))
    expect(textWidthEm('만원')).toBe(2)
  })

  it('never returns less than one em', () => {
    expect(textWidthEm('')).toBe(1)
  })
})
