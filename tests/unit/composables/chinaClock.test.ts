import { describe, expect, it } from 'vitest'
import { formatChinaClock } from '@/composables/chinaClock'

describe('formatChinaClock', () => {
  it("shows the time on China's clock whatever zone the browser is in", () => {
    // 07:05 UTC is 15:05 in Beijing; the test runner's own zone must not matter.
    expect(formatChinaClock(Date.parse('2026-06-30T07:05:00Z'), 'zh-CN')).toBe('15:05')
  })

  it('counts past midnight in China time, on a 24-hour clock', () => {
    expect(formatChinaClock(Date.parse('2026-06-30T16:30:00Z'), 'en')).toBe('00:30')
  })
})
