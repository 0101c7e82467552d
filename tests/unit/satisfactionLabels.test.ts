/**
 * Issue 11 §2, satisfaction: the ratings are 满意, 基本满意 and 不满意, so the strict rate is
 * "满意（不含基本满意）" and no screen offers a "非常满意" (very satisfied) that nobody can give.
 */
import { describe, expect, it } from 'vitest'
import { SATISFACTION_LEVELS } from '#contract'
import zh from '#locales/zh-CN'
import ko from '#locales/ko-CN'
import en from '#locales/en'

/** Every message of a locale tree as text, to look for a word anywhere in it. */
function allText(messages: unknown): string {
  return JSON.stringify(messages)
}

describe('the strict satisfaction rate', () => {
  it('is labelled satisfied, not counting basically satisfied, in each locale', () => {
    expect(zh.overview.kpis.strictSatisfaction).toContain('满意（不含基本满意）')
    expect(ko.overview.kpis.strictSatisfaction).toContain('만족(기본 만족 제외)')
    expect(en.overview.kpis.strictSatisfaction).toContain('satisfied (not counting basically satisfied)')
  })

  it('names no "very satisfied" rating in any locale, since the ratings are only these three', () => {
    expect(SATISFACTION_LEVELS).toEqual(['satisfied', 'basically_satisfied', 'dissatisfied'])
    expect(allText(zh)).not.toContain('非常满意')
    expect(allText(ko)).not.toContain('매우 만족')
    expect(allText(en).toLowerCase()).not.toMatch(/very satisfied|fully satisfied/)
  })

  it('shows the satisfaction rate beside its own numerator and denominator: ratings, not bottlenecks', () => {
    expect(zh.overview.kpis.satisfactionOf).toMatch(/\{num\}.*÷.*\{den\}/)
    expect(ko.overview.kpis.satisfactionOf).toMatch(/\{num\}.*÷.*\{den\}/)
    expect(en.overview.kpis.satisfactionOf).toMatch(/\{num\}.*÷.*\{den\}/)
  })
})
