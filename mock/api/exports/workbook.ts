/**
 * The bytes of a list export's workbook. The mock runs in the browser, so it writes with the
 * browser's writer (src/components/exports/writeWorkbook.ts, held to the server's twin by
 * tests/unit/exports/writeWorkbook.test.ts). exceljs is imported on first use: the mock's chunk
 * does not carry it until someone exports.
 */
import type { Cell } from '#contract'
import { writeListWorkbook, type SheetSpec } from '../../../src/components/exports/writeWorkbook'

/** The workbook of `rows` (already cut to the plan) under `spec`, as xlsx bytes. */
export async function workbookBytes(creator: string, spec: SheetSpec, rows: readonly Cell[][]): Promise<ArrayBuffer> {
  const ExcelJS = await import('exceljs')
  // exceljs is CommonJS: a bundler hands its exports over as `default`, Node's loader as the namespace.
  const Workbook = (ExcelJS as unknown as { default?: typeof ExcelJS }).default?.Workbook ?? ExcelJS.Workbook
  const book = new Workbook()
  book.creator = creator
  await writeListWorkbook(book, spec, oneBatch(rows))
  return new Uint8Array(await book.xlsx.writeBuffer()).buffer
}

/** The writer reads batches (the server streams them); the mock has every row at once. */
async function* oneBatch(rows: readonly Cell[][]): AsyncGenerator<readonly Cell[][]> {
  yield rows
}
