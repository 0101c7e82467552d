/**
 * The rules of a list export that do not depend on where the workbook is built: Excel's row
 * limit, what happens past it, the query an export takes and the file's name.
 */
import type { ExportList, Translate } from './exportColumns'
import type { BottleneckListQuery, EnterpriseListQuery, RecommendationListQuery, VisitListQuery } from './queries'

/** A list and its parsed filters, as an export takes them (paging is ignored). */
export type ListExportQuery =
  | { list: 'visits'; query: VisitListQuery }
  | { list: 'bottlenecks'; query: BottleneckListQuery }
  | { list: 'recommendations'; query: RecommendationListQuery }
  | { list: 'enterprises'; query: EnterpriseListQuery }

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Rows in one Excel worksheet, the header included (Excel 2007 and later). */
export const EXCEL_MAX_ROWS = 1_048_576

export interface ExportPlan {
  /** Data rows to write (the header not counted). */
  dataRows: number
  /** True when the list has more rows than fit: the sheet ends with a note row instead. */
  truncated: boolean
}

/**
 * How many of `total` matching records go into the sheet. Everything fits when the header plus
 * the records are within `maxRows`; otherwise the sheet is filled up to its last row, which says
 * the export was cut and how to narrow it.
 */
export function planExport(total: number, maxRows: number = EXCEL_MAX_ROWS): ExportPlan {
  const room = maxRows - 1
  if (total <= room) return { dataRows: total, truncated: false }
  return { dataRows: Math.max(0, room - 1), truncated: true }
}

/** Query keys of a list that an export ignores: the export is every page, in the list's order. */
export const PAGING_KEYS = ['page', 'pageSize', 'cursor'] as const

/** The list query without its paging, for the export request. */
export function withoutPaging<Q extends object>(query: Q): Omit<Q, 'page' | 'pageSize' | 'cursor'> {
  const rest = { ...query } as Record<string, unknown>
  for (const key of PAGING_KEYS) delete rest[key]
  return rest as Omit<Q, 'page' | 'pageSize' | 'cursor'>
}

/** The file's name in the user's language, e.g. 问题清单-2026-11-27.xlsx. */
export function exportFileName(list: ExportList, t: Translate, today: string): string {
  const base =
    t(`exports.fileName.${list}`)
      .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
      .trim() || list
  return `${base}-${today}.xlsx`
}

/**
 * A Content-Disposition header for `fileName`: an ASCII fallback for old clients and the real
 * (UTF-8, RFC 5987) name in filename*, which every current browser prefers.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** The note written when an export stops at the row limit. */
export function truncationNote(plan: ExportPlan, total: number, t: Translate): string {
  return t('exports.truncated', { shown: plan.dataRows, total })
}

/**
 * The headers of an export's answer, the same from the server and the mock: the workbook's type
 * and name, never stored, X-Export-Total (records matching), X-Export-Rows (data rows in the
 * file), X-Export-Truncated when Excel's row limit cut it, and the headers a cross-origin SPA may read.
 */
export function exportResponseHeaders(
  list: ExportList,
  fileName: string,
  today: string,
  total: number,
  plan: ExportPlan,
): Record<string, string> {
  return {
    'content-type': XLSX_TYPE,
    'content-disposition': contentDisposition(fileName, `${list}-${today}.xlsx`),
    'cache-control': 'no-store',
    'x-export-total': String(total),
    'x-export-rows': String(plan.dataRows),
    'access-control-expose-headers': 'x-export-total, x-export-rows, x-export-truncated, content-disposition',
    ...(plan.truncated ? { 'x-export-truncated': 'true' } : {}),
  }
}
