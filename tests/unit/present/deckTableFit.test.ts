import { describe, expect, it } from 'vitest'
import { TABLE_FONT, fitTable, rowHeight, textWidthEm } from '@/components/present/deck/tableFit'

const table = (n: number, cell = (i: number) => `企业${i}`) => ({
  head: ['企业', '天数'],
  rows: Array.from({ length: n }, (_, i) => [cell(i), String(i)]),
})
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('fitTable', () => {
  it('shows a short table whole at the largest font', () => {
    const fit = fitTable(table(4), 5, 4)
    expect(fit).toMatchObject({ fontSize: TABLE_FONT.max, hidden: 0 })
    expect(fit.rows).toHaveLength(4)
    expect(fit.rowHeights).toHaveLength(5)
  })

  it('shrinks the font before leaving any row out', () => {
    const atMax = sum(fitTable(table(1), 5, 100).rowHeights.slice(1))
    // Room for all rows at a smaller font, not at the largest one.
    const height = atMax * 12 * 0.85
    const fit = fitTable(table(11), 5, height)
    expect(fit.fontSize).toBeLessThan(TABLE_FONT.max)
    expect(fit.fontSize).toBeGreaterThanOrEqual(TABLE_FONT.min)
    expect(fit).toMatchObject({ hidden: 0 })
    expect(fit.rows).toHaveLength(11)
    expect(sum(fit.rowHeights)).toBeLessThanOrEqual(height)
  })

  it('at the smallest font, keeps the first rows that fit with room for a note of how many are left out', () => {
    const fit = fitTable(table(60), 5, 4)
    expect(fit.fontSize).toBe(TABLE_FONT.min)
    expect(fit.hidden).toBeGreaterThan(0)
    expect(fit.rows.length + fit.hidden).toBe(60)
    expect(fit.rows).toEqual(table(60).rows.slice(0, fit.rows.length))
    // Header, the rows shown, and the note row, all inside the box.
    expect(fit.rowHeights).toHaveLength(fit.rows.length + 2)
    expect(sum(fit.rowHeights)).toBeLessThanOrEqual(4)
    // One more row would not have fitted.
    expect(sum(fit.rowHeights) + rowHeight(table(60).rows[fit.rows.length]!, 2.5, TABLE_FONT.min)).toBeGreaterThan(4)
  })

  it('counts wrapped lines, so long cells leave out more rows than short ones', () => {
    const short = fitTable(table(60), 5, 4)
    const long = fitTable(
      table(60, i => `延边州某某食品加工有限责任公司第${i}号生产基地扩建项目`),
      5,
      4,
    )
    expect(long.rows.length).toBeLessThan(short.rows.length)
    expect(long.rows.length + long.hidden).toBe(60)
    expect(sum(long.rowHeights)).toBeLessThanOrEqual(4)
  })

  it('draws an empty table as its header alone', () => {
    const fit = fitTable(table(0), 5, 4)
    expect(fit).toMatchObject({ rows: [], hidden: 0 })
    expect(fit.rowHeights).toHaveLength(1)
  })
})

describe('textWidthEm', () => {
  it('counts Han and Hangul characters a full em and Latin ones less', () => {
    expect(textWidthEm('用地审批')).toBe(4)
    expect(textWidthEm('산업사슬')).toBe(4)
    expect(textWidthEm('abcd')).toBeLessThan(4)
  })
})
