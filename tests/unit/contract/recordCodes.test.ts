import { describe, expect, it } from 'vitest'
import {
  codeHead,
  formatRecordCode,
  largestId,
  nextIdAfter,
  sequentialIdSource,
  yearCodesAmong,
  type SequenceReader,
} from '#contract'

describe('record codes', () => {
  it('start with the kind letter and the year', () => {
    expect(codeHead('visit', '2026')).toBe('V2026-')
    expect(codeHead('bottleneck', '2026')).toBe('B2026-')
    expect(codeHead('recommendation', '2026')).toBe('R2026-')
  })

  it('pad the number to the given width', () => {
    expect(formatRecordCode('visit', '2026', 168, 5)).toBe('V2026-00168')
    expect(formatRecordCode('recommendation', '2026', 12, 3)).toBe('R2026-012')
  })

  it("read a year's largest number among codes of every kind and year", () => {
    const codes = ['V2026-00041', 'V2026-00042', 'V2025-00999', 'B2026-00500', 'R2026-777']
    expect(yearCodesAmong('visit', '2026', codes)).toEqual({ max: 42, width: 5 })
    expect(yearCodesAmong('visit', '2027', codes)).toEqual({ max: 0, width: 5 })
    expect(yearCodesAmong('recommendation', '2026', codes)).toEqual({ max: 777, width: 3 })
  })

  it('keep the wider padding a year already has (the benchmark world), never less than the style', () => {
    expect(yearCodesAmong('visit', '2026', ['V2026-0001000'])).toEqual({ max: 1000, width: 7 })
    expect(yearCodesAmong('recommendation', '2026', ['R2026-1000'])).toEqual({ max: 1000, width: 4 })
    expect(yearCodesAmong('recommendation', '2026', ['R2026-7'])).toEqual({ max: 7, width: 3 })
  })
})

describe('ids', () => {
  it('follow the largest, starting at 1', () => {
    expect(largestId([])).toBe(0)
    expect(nextIdAfter([])).toBe(1)
    expect(nextIdAfter([3, 9, 4])).toBe(10)
  })
})

describe('sequentialIdSource', () => {
  function reader(): SequenceReader & { asked: string[] } {
    const asked: string[] = []
    return {
      asked,
      maxId(kind) {
        asked.push(kind)
        return kind === 'visit' ? 41 : 0
      },
      yearCodes(kind, year) {
        asked.push(`${kind}:${year}`)
        return year === '2026' ? { max: 167, width: 5 } : { max: 0, width: 5 }
      },
    }
  }

  it('counts on from what the store reports, asking it once per sequence', () => {
    const read = reader()
    const ids = sequentialIdSource(read)
    expect([ids.next('visit'), ids.next('visit'), ids.next('outcome')]).toEqual([42, 43, 1])
    expect(ids.code('visit', '2026-06-30')).toBe('V2026-00168')
    expect(ids.code('visit', '2026-01-02')).toBe('V2026-00169')
    expect(ids.code('visit', '2027-01-04')).toBe('V2027-00001')
    expect(read.asked).toEqual(['visit', 'outcome', 'visit:2026', 'visit:2027'])
  })

  it("leaves the store's answer untouched", () => {
    const codes = { max: 5, width: 3 }
    const ids = sequentialIdSource({ maxId: () => 0, yearCodes: () => codes })
    expect(ids.code('recommendation', '2026-03-01')).toBe('R2026-006')
    expect(codes).toEqual({ max: 5, width: 3 })
  })
})
