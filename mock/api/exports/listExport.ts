/**
 * One list export, answered as server/routes/listExports.ts answers it: every record the list's
 * filters match (paging ignored), in the list's own order, as the list reads them (voided records
 * left out, bottleneck warnings as of today, enterprise contacts in full or masked for the reader),
 * planned against Excel's row limit, with the server's headers. The rows are fixed when the route
 * answers, so a write that lands while the workbook is written does not change the file.
 */
import {
  EXCEL_MAX_ROWS,
  exportFileName,
  exportHeaders,
  exportResponseHeaders,
  exportRow,
  exportWidths,
  planExport,
  truncationNote,
  withContactFor,
  type ContactReader,
  type ExportList,
  type ExportLookup,
  type ExportRecordOf,
  type ListExportQuery,
  type Locale,
  type World,
} from '#contract'
import { FileBody, type MockResponse } from '../exchange'
import { listBottlenecks, listEnterprises, listRecommendations, listVisits, type MockRules } from '../lists'
import { exportTranslator } from '../../../locales/exportTranslator'
import { workbookBytes } from './workbook'

export interface ExportContext {
  /** The world as the lists read it (without voided records). */
  world: World
  today: string
  rules: MockRules
  locale: Locale
  /** Who downloads it: enterprise contacts as this reader reads them in the list. */
  reader: ContactReader
  /** Rows per sheet, header included; tests pass a small one. */
  maxRows?: number
}

/** One page as long as the list: the list functions' filter and order, without their paging. */
const EVERY_ROW = { page: 1, pageSize: Number.MAX_SAFE_INTEGER }

/** Every record matching the filters, in the list's order, as the list answers them. */
function matchingRecords(req: ListExportQuery, ctx: ExportContext): ExportRecordOf[ExportList][] {
  switch (req.list) {
    case 'visits':
      return listVisits(ctx.world, { ...req.query, ...EVERY_ROW }).items
    case 'bottlenecks':
      return listBottlenecks(ctx.world, { ...req.query, ...EVERY_ROW }, ctx.today, ctx.rules).items
    case 'recommendations':
      return listRecommendations(ctx.world, { ...req.query, ...EVERY_ROW }).items
    case 'enterprises':
      return listEnterprises(ctx.world, { ...req.query, ...EVERY_ROW }).items.map(e => withContactFor(ctx.reader, e))
  }
}

/** The export of `req` as the server answers it: the workbook, its name and the X-Export headers. */
export function listExportAnswer(req: ListExportQuery, ctx: ExportContext): MockResponse {
  const { list } = req
  const { world, locale, today } = ctx
  const t = exportTranslator(locale)
  const records = matchingRecords(req, ctx)
  const total = records.length
  const plan = planExport(total, ctx.maxRows ?? EXCEL_MAX_ROWS)
  // Every enterprise's name, as the server's lookup reads them (enterprises are never voided).
  const lookup: ExportLookup = {
    locale,
    t,
    chains: world.chains,
    counties: world.counties,
    departments: world.departments,
    enterpriseNames: new Map(world.enterprises.map(e => [e.id, e.name])),
  }
  const rows = records.slice(0, plan.dataRows).map(record => exportRow(list, record as never, lookup))
  const spec = {
    sheetName: t(`exports.sheetName.${list}`),
    headers: exportHeaders(list, t),
    widths: exportWidths(list),
    dataRows: plan.dataRows,
    truncatedNote: plan.truncated
      ? { sheetName: t('exports.noteSheet'), text: truncationNote(plan, total, t) }
      : undefined,
  }
  const headers = exportResponseHeaders(list, exportFileName(list, t, today), today, total, plan)
  return { status: 200, body: new FileBody(() => workbookBytes(t('common.appName'), spec, rows)), headers }
}
