import { describe, expect, it } from 'vitest'
import {
  contentDisposition,
  EXCEL_MAX_ROWS,
  exportFileName,
  planExport,
  truncationNote,
  withoutPaging,
} from '#contract'
import { fileNameFromDisposition } from '@/api/exports'
import { safeFileName } from '@/components/exports/saveBlob'

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key)

describe('planExport', () => {
  it('writes every record when the header and the records fit in a sheet', () => {
    expect(planExport(0, 10)).toEqual({ dataRows: 0, truncated: false })
    expect(planExport(9, 10)).toEqual({ dataRows: 9, truncated: false })
  })

  it('fills the sheet up to a last note row when the records do not fit', () => {
    expect(planExport(10, 10)).toEqual({ dataRows: 8, truncated: true })
    expect(planExport(5_000, 10)).toEqual({ dataRows: 8, truncated: true })
  })

  it("uses Excel's limit of 1,048,576 rows by default", () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576)
    expect(planExport(1_048_575)).toEqual({ dataRows: 1_048_575, truncated: false })
    expect(planExport(1_048_576)).toEqual({ dataRows: 1_048_574, truncated: true })
  })

  it('says in the note how many rows were kept of how many', () => {
    expect(truncationNote({ dataRows: 8, truncated: true }, 5_000, t)).toBe('exports.truncated{"shown":8,"total":5000}')
  })
})

describe('export query and file names', () => {
  it('drops paging from the list query and keeps the filters and sort', () => {
    expect(withoutPaging({ page: 3, pageSize: 50, cursor: 'x', status: ['closed'], sort: '-raisedOn' })).toEqual({
      status: ['closed'],
      sort: '-raisedOn',
    })
  })

  it("names the file after the list in the user's language and the day", () => {
    const zh = (key: string) => (key === 'exports.fileName.bottlenecks' ? '问题清单' : key)
    expect(exportFileName('bottlenecks', zh, '2026-06-30')).toBe('问题清单-2026-06-30.xlsx')
    expect(exportFileName('visits', () => 'a/b:c', '2026-06-30')).toBe('a b c-2026-06-30.xlsx')
  })

  it('sends an ASCII fallback and the UTF-8 name in Content-Disposition, which reads back', () => {
    const header = contentDisposition('问题清单 (1)-2026-06-30.xlsx', 'bottlenecks-2026-06-30.xlsx')
    expect(header).toBe(
      'attachment; filename="bottlenecks-2026-06-30.xlsx"; filename*=UTF-8\'\'%E9%97%AE%E9%A2%98%E6%B8%85%E5%8D%95%20%281%29-2026-06-30.xlsx',
    )
    expect(fileNameFromDisposition(header, 'x.xlsx')).toBe('问题清单 (1)-2026-06-30.xlsx')
  })

  it('falls back to the plain file name, then to the default', () => {
    expect(fileNameFromDisposition('attachment; filename="list.xlsx"', 'x.xlsx')).toBe('list.xlsx')
    expect(fileNameFromDisposition(undefined, 'x.xlsx')).toBe('x.xlsx')
  })

  it('turns a chart title into a file name', () => {
    expect(safeFileName('问题状态 / 2026: 各链', 'png')).toBe('问题状态 2026 各链.png')
    expect(safeFileName('  ', 'png')).toBe('chart.png')
  })
})
