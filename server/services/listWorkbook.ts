/**
 * The server's twin of src/components/exports/writeWorkbook.ts (DESIGN.md convention 6: the server
 * imports nothing from src/, and exceljs is not for contract/); tests/unit/exports/writeWorkbook.test.ts
 * runs the same cases against both, so they cannot drift apart.
 *
 * Fills an exceljs workbook with one list: a bold, frozen header row, then the records batch by
 * batch, each row committed at once so the streaming writer on the server can flush it (the
 * in-memory workbook in the browser ignores the commits). Past the plan's row count the sheet
 * ends with a note row, repeated on a second sheet, so the cut cannot go unnoticed.
 */
import type { Workbook, Worksheet } from 'exceljs'
import type { Cell } from '#contract'

export interface SheetSpec {
  sheetName: string
  headers: readonly string[]
  widths: readonly number[]
  /** Data rows to write at most. */
  dataRows: number
  /** Set when the export is cut: the text of the note row and sheet. */
  truncatedNote?: { sheetName: string; text: string }
}

const DATE_FORMAT = 'yyyy-mm-dd'

function cellValue(cell: Cell): string | number | Date | null {
  if (cell !== null && typeof cell === 'object') return new Date(`${cell.day}T00:00:00Z`)
  return cell
}

function addDataRow(sheet: Worksheet, cells: readonly Cell[]): void {
  const row = sheet.addRow(cells.map(cellValue))
  cells.forEach((cell, i) => {
    if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = DATE_FORMAT
  })
  row.commit()
}

/** Writes the sheet(s); returns the number of data rows written. */
export async function writeListWorkbook(
  book: Workbook,
  spec: SheetSpec,
  batches: AsyncIterable<readonly Cell[][]>,
): Promise<number> {
  const sheet = book.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.headers.map((header, i) => ({ header, width: spec.widths[i] ?? 12 }))
  const head = sheet.getRow(1)
  head.font = { bold: true }
  head.commit()
  let written = 0
  for await (const batch of batches) {
    for (const cells of batch) {
      if (written >= spec.dataRows) break
      addDataRow(sheet, cells)
      written++
    }
    if (written >= spec.dataRows) break
  }
  if (spec.truncatedNote) {
    const note = sheet.addRow([spec.truncatedNote.text])
    note.font = { bold: true, color: { argb: 'FFB42318' } }
    note.commit()
  }
  commitSheet(sheet)
  if (spec.truncatedNote) {
    const noteSheet = book.addWorksheet(spec.truncatedNote.sheetName)
    noteSheet.getColumn(1).width = 90
    noteSheet.addRow([spec.truncatedNote.text]).commit()
    commitSheet(noteSheet)
  }
  return written
}

/** A streaming worksheet must be committed to be written; an in-memory one has no commit. */
function commitSheet(sheet: Worksheet): void {
  const streaming = sheet as Worksheet & { commit?: () => void }
  if (typeof streaming.commit === 'function') streaming.commit()
}
