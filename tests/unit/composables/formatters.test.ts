import { describe, expect, it } from 'vitest'
import { formatCny, formatDate, formatNumber, formatPercent, MISSING } from '@/composables/formatters'

describe('formatters', () => {
  it('shows an em dash for missing values', () => {
    expect(formatNumber(null, 'en')).toBe(MISSING)
    expect(formatPercent(null, 'zh-CN')).toBe(MISSING)
    expect(formatCny(null, 'ko-CN')).toBe(MISSING)
    expect(formatDate(null, 'en')).toBe(MISSING)
  })

  it('formats ratios as percentages with one decimal', () => {
    expect(formatPercent(0.8765, 'en')).toBe('87.7%')
  })

  it('counts yuan in 万 and 亿 for Chinese and Korean readers', () => {
    expect(formatCny(12_345_678, 'zh-CN')).toBe('1,234.6万元')
    expect(formatCny(250_000_000, 'zh-CN')).toBe('2.5亿元')
    expect(formatCny(50_000, 'ko-CN')).toBe('5만원')
    expect(formatCny(800, 'zh-CN')).toBe('800元')
  })

  it('uses compact CNY for English readers', () => {
    expect(formatCny(12_345_678, 'en')).toMatch(/12\.3M/)
  })

  it('never shifts a business date by the host time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('01/01/2026')
  })

  it.each(['zh-CN', 'ko-CN', 'en'])('writes %s dates exactly as Intl would, without building Intl', locale => {
    const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    for (const d of ['2026-01-05', '2025-12-31', '2024-02-29'])
      expect(formatDate(d, locale)).toBe(intl.format(Date.parse(`${d}T00:00:00Z`)))
  })
})
