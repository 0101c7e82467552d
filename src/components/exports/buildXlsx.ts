/**
 * The list export built in the browser, for mock mode (no server to stream it): the list's pages
 * are read through the same API functions the list page uses (the mock answers them), names are
 * looked up as the server does, and the same columns and workbook writer produce the same file.
 * exceljs is imported here only, and this module is itself loaded on demand.
 */
import type { Enterprise, Locale } from '#contract'
import { fetchBottlenecks } from '@/api/bottlenecks'
import { fetchEnterprises } from '@/api/enterprises'
import type { ListExportFile } from '@/api/exports'
import { fetchChains, fetchCounties, fetchDepartments } from '@/api/reference'
import { fetchRecommendations } from '@/api/recommendations'
import { fetchVisits } from '@/api/visits'
import {
  EXCEL_MAX_ROWS,
  enterpriseIdsOf,
  exportFileName,
  exportHeaders,
  exportRow,
  exportWidths,
  planExport,
  truncationNote,
  type Cell,
  type ExportList,
  type ExportLookup,
  type Translate,
} from '#contract'
import { writeListWorkbook } from './writeWorkbook'

const PAGE_SIZE = 200
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Page = { items: unknown[]; total: number }

const FETCHERS: Record<ExportList, (q: object) => Promise<Page>> = {
  visits: q => fetchVisits(q),
  bottlenecks: q => fetchBottlenecks(q),
  recommendations: q => fetchRecommendations(q),
  enterprises: q => fetchEnterprises(q),
}

async function enterpriseNames(ids: readonly number[]): Promise<Map<number, Enterprise['name']>> {
  const names = new Map<number, Enterprise['name']>()
  for (let i = 0; i < ids.length; i += PAGE_SIZE) {
    const chunk = ids.slice(i, i + PAGE_SIZE)
    const page = await fetchEnterprises({ ids: chunk, pageSize: PAGE_SIZE })
    for (const e of page.items) names.set(e.id, e.name)
  }
  return names
}

export interface BuildOptions {
  locale: Locale
  t: Translate
  today: string
  /** Rows done and rows to do, after each page. */
  onProgress?: (done: number, total: number) => void
  maxRows?: number
}

/** Builds the xlsx of `list` for `filters` (without paging) from the API's pages. */
export async function buildListXlsx(list: ExportList, filters: object, options: BuildOptions): Promise<ListExportFile> {
  const { locale, t } = options
  const fetchPage = FETCHERS[list]
  const first = await fetchPage({ ...filters, page: 1, pageSize: PAGE_SIZE })
  const plan = planExport(first.total, options.maxRows ?? EXCEL_MAX_ROWS)
  const [chains, counties, departments] = await Promise.all([fetchChains(), fetchCounties(), fetchDepartments()])
  const base: Omit<ExportLookup, 'enterpriseNames'> = { locale, t, chains, counties, departments }

  async function* rows(): AsyncGenerator<Cell[][]> {
    let page = first
    let done = 0
    for (let n = 1; page.items.length > 0 && done < plan.dataRows; n++) {
      if (n > 1) page = await fetchPage({ ...filters, page: n, pageSize: PAGE_SIZE })
      const lookup: ExportLookup = {
        ...base,
        enterpriseNames: await enterpriseNames(enterpriseIdsOf(list, page.items)),
      }
      yield page.items.map(item => exportRow(list, item as never, lookup))
      done += page.items.length
      options.onProgress?.(Math.min(done, plan.dataRows), plan.dataRows)
      if (page.items.length < PAGE_SIZE) break
    }
  }

  const ExcelJS = await import('exceljs')
  const Workbook = (ExcelJS as unknown as { default?: typeof ExcelJS }).default?.Workbook ?? ExcelJS.Workbook
  const book = new Workbook()
  book.creator = t('common.appName')
  const written = await writeListWorkbook(
    book,
    {
      sheetName: t(`exports.sheetName.${list}`),
      headers: exportHeaders(list, t),
      widths: exportWidths(list),
      dataRows: plan.dataRows,
      truncatedNote: plan.truncated
        ? { sheetName: t('exports.noteSheet'), text: truncationNote(plan, first.total, t) }
        : undefined,
    },
    rows(),
  )
  const buffer = await book.xlsx.writeBuffer()
  return {
    blob: new Blob([buffer], { type: XLSX_TYPE }),
    fileName: exportFileName(list, t, options.today),
    total: first.total,
    rows: written,
    truncated: plan.truncated,
  }
}
