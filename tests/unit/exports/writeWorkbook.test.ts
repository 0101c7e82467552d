// @vitest-environment node
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Cell } from '#contract'
import { writeListWorkbook as browserWriter } from '@/components/exports/writeWorkbook'
import { writeListWorkbook as serverWriter } from '../../../server/services/listWorkbook'

async function* batches(count: number, size: number): AsyncGenerator<Cell[][]> {
  for (let start = 0; start < count; start += size) {
    yield Array.from({ length: Math.min(size, count - start) }, (_, i) => [
      `R${start + i + 1}`,
      { day: '2026-06-30' },
      start + i,
    ])
  }
}

async function roundTrip(book: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook()
  await copy.xlsx.load(await book.xlsx.writeBuffer())
  return copy
}

const spec = { sheetName: '问题清单', headers: ['编号', '日期', '序号'], widths: [10, 12, 8] }

// The browser's writer and the server's twin: the same cases, so the two sheets cannot drift apart.
describe.each([
  ['browser', browserWriter],
  ['server', serverWriter],
])('writeListWorkbook (%s)', (_side, writeListWorkbook) => {
  it('writes a bold header, then every row across batches, dates as dates', async () => {
    const book = new ExcelJS.Workbook()
    expect(await writeListWorkbook(book, { ...spec, dataRows: 7 }, batches(7, 3))).toBe(7)
    const sheet = (await roundTrip(book)).getWorksheet('问题清单')!
    expect(sheet.rowCount).toBe(8)
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '日期', '序号'])
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.getCell('A8').value).toBe('R7')
    expect(sheet.getCell('B2').value).toEqual(new Date('2026-06-30T00:00:00Z'))
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd')
  })

  it('stops at the planned rows and ends with the note, repeated on a note sheet', async () => {
    const book = new ExcelJS.Workbook()
    const note = { sheetName: '说明', text: '已截断' }
    expect(await writeListWorkbook(book, { ...spec, dataRows: 4, truncatedNote: note }, batches(100, 3))).toBe(4)
    const copy = await roundTrip(book)
    const sheet = copy.getWorksheet('问题清单')!
    expect(sheet.rowCount).toBe(6)
    expect(sheet.getCell('A5').value).toBe('R4')
    expect(sheet.getCell('A6').value).toBe('已截断')
    expect(copy.getWorksheet('说明')!.getCell('A1').value).toBe('已截断')
  })
})
