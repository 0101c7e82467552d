/**
 * A list's Excel export, streamed: count the matching records (the list's own exact total), plan
 * the rows against Excel's limit, then write the workbook with exceljs's streaming writer while
 * reading the records in keyset batches, so a million-row export holds one batch in memory.
 */
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import type {
  BottleneckListQuery, EnterpriseListQuery, Locale, RecommendationListQuery, VisitListQuery,
} from '#contract'
import type { Database } from '../db/schema'
import { listVisits } from '../repositories/visits'
import { listBottlenecks } from '../repositories/bottlenecks'
import { listRecommendations } from '../repositories/recommendations'
import { listEnterprises } from '../repositories/enterprises'
import { listChains, listCounties, listDepartments } from '../repositories/reference'
import { bottleneckBatches, enterpriseBatches, enterpriseNames, recommendationBatches, visitBatches } from '../repositories/listExportBatches'
import {
  enterpriseIdsOf, exportHeaders, exportRow, exportWidths,
  type Cell, type ExportList, type ExportLookup, type ExportRecordOf,
} from '../../src/components/exports/exportColumns'
import { EXCEL_MAX_ROWS, exportFileName, planExport, truncationNote, type ExportPlan } from '../../src/components/exports/exportPlan'
import { writeListWorkbook } from '../../src/components/exports/writeWorkbook'
import { exportTranslator } from './listExportMessages'

/** A list and its parsed filters (paging is ignored). */
export type ListExportQuery =
  | { list: 'visits', query: VisitListQuery }
  | { list: 'bottlenecks', query: BottleneckListQuery }
  | { list: 'recommendations', query: RecommendationListQuery }
  | { list: 'enterprises', query: EnterpriseListQuery }

export interface ListExportOptions {
  locale: Locale
  /** Business date: bottleneck warnings and the file name. */
  today: string
  /** Rows per sheet, header included; tests pass a small one. */
  maxRows?: number
  /** Records read per query. */
  batchSize?: number
}

/** What the route needs before the body starts: the headers. */
export interface PreparedExport {
  fileName: string
  total: number
  plan: ExportPlan
  /** Writes the workbook to `out` and ends it; resolves with the data rows written. */
  write: (out: Writable) => Promise<number>
}

const DEFAULT_BATCH = 1000

/** The list's exact total for the filters, from the list repository itself. */
function countMatching(db: Kysely<Database>, req: ListExportQuery, today: string): Promise<number> {
  const one = { page: 1, pageSize: 1 }
  switch (req.list) {
    case 'visits': return listVisits(db, { ...req.query, ...one }).then(p => p.total)
    case 'bottlenecks': return listBottlenecks(db, { ...req.query, ...one }, today).then(p => p.total)
    case 'recommendations': return listRecommendations(db, { ...req.query, ...one }).then(p => p.total)
    case 'enterprises': return listEnterprises(db, { ...req.query, ...one }).then(p => p.total)
  }
}

function recordBatches(db: Kysely<Database>, req: ListExportQuery, today: string, size: number): AsyncGenerator<ExportRecordOf[ExportList][]> {
  switch (req.list) {
    case 'visits': return visitBatches(db, req.query, size)
    case 'bottlenecks': return bottleneckBatches(db, req.query, today, size)
    case 'recommendations': return recommendationBatches(db, req.query, size)
    case 'enterprises': return enterpriseBatches(db, req.query, size)
  }
}

/** Records turned into rows, looking up the names each batch mentions. */
async function* rowBatches(db: Kysely<Database>, list: ExportList, records: AsyncIterable<ExportRecordOf[ExportList][]>, base: Omit<ExportLookup, 'enterpriseNames'>): AsyncGenerator<Cell[][]> {
  for await (const batch of records) {
    const lookup: ExportLookup = { ...base, enterpriseNames: await enterpriseNames(db, enterpriseIdsOf(list, batch)) }
    yield batch.map(record => exportRow(list, record as never, lookup))
  }
}

/** Counts and plans an export; its `write` streams the workbook. */
export async function prepareListExport(db: Kysely<Database>, req: ListExportQuery, options: ListExportOptions): Promise<PreparedExport> {
  const { locale, today } = options
  const t = exportTranslator(locale)
  const total = await countMatching(db, req, today)
  const plan = planExport(total, options.maxRows ?? EXCEL_MAX_ROWS)
  const fileName = exportFileName(req.list, t, today)
  return {
    fileName,
    total,
    plan,
    async write(out) {
      const [chains, counties, departments] = await Promise.all([listChains(db), listCounties(db), listDepartments(db)])
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
      book.creator = t('common.appName')
      const records = recordBatches(db, req, today, options.batchSize ?? DEFAULT_BATCH)
      const written = await writeListWorkbook(book, {
        sheetName: t(`exports.sheetName.${req.list}`),
        headers: exportHeaders(req.list, t),
        widths: exportWidths(req.list),
        dataRows: plan.dataRows,
        truncatedNote: plan.truncated ? { sheetName: t('exports.noteSheet'), text: truncationNote(plan, total, t) } : undefined,
      }, rowBatches(db, req.list, records, { locale, t, chains, counties, departments }))
      await records.return(undefined)
      await book.commit()
      return written
    },
  }
}
