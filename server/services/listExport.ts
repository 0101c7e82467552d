/**
 * A list's Excel export, streamed: count the matching records (the list's own exact total), plan
 * the rows against Excel's limit, then write the workbook with exceljs's streaming writer while
 * reading the records in keyset batches, so a million-row export holds one batch in memory.
 */
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import { withContactFor, type ContactReader, type Enterprise, type Locale } from '#contract'
import type { Database } from '../db/schema'
import { listVisits } from '../repositories/visits'
import { listBottlenecks } from '../repositories/bottlenecks'
import { listRecommendations } from '../repositories/recommendations'
import { listEnterprises } from '../repositories/enterprises'
import { listChains, listCounties, listDepartments } from '../repositories/reference'
import {
  bottleneckBatches,
  enterpriseBatches,
  enterpriseNames,
  recommendationBatches,
  visitBatches,
} from '../repositories/listExportBatches'
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
  type ExportPlan,
  type ExportRecordOf,
  type ListExportQuery,
  type Translate,
} from '#contract'
import { writeListWorkbook } from './listWorkbook'
import { exportTranslator } from '../../locales/exportTranslator'

export interface ListExportOptions {
  locale: Locale
  /** Business date: bottleneck warnings and the file name. */
  today: string
  /** Rows per sheet, header included; tests pass a small one. */
  maxRows?: number
  /** Records read per query. */
  batchSize?: number
  /**
   * Who downloads it: enterprise contacts are written in full or masked as this reader reads them
   * in the list (contract/contacts.ts). Without one, every contact is masked: no one is presumed to need them.
   */
  reader?: ContactReader
}

/** A reader who needs no contact in full: what an export made for no one in particular shows. */
const NO_READER: ContactReader = { role: 'viewer', chainIds: [] }

/** What the route needs before the body starts: the headers. */
export interface PreparedExport {
  fileName: string
  total: number
  plan: ExportPlan
  /** Writes the workbook to `out` and ends it; resolves with the data rows written. */
  write: (out: Writable) => Promise<number>
}

/**
 * Records read per query. Larger batches mean fewer statements and, since a batch names each
 * enterprise once, fewer names to look up; measured on 222k visits, 2,500 took ~10% less CPU than
 * 1,000 and 5,000 no less than 2,500, while the memory held stays a few megabytes.
 */
const DEFAULT_BATCH = 2500
/** Enterprise names kept across batches; a bigger world clears the cache when full rather than grow. */
const MAX_CACHED_NAMES = 50_000

/** The list's exact total for the filters, from the list repository itself. */
function countMatching(db: Kysely<Database>, req: ListExportQuery, today: string): Promise<number> {
  const one = { page: 1, pageSize: 1 }
  switch (req.list) {
    case 'visits':
      return listVisits(db, { ...req.query, ...one }).then(p => p.total)
    case 'bottlenecks':
      return listBottlenecks(db, { ...req.query, ...one }, today).then(p => p.total)
    case 'recommendations':
      return listRecommendations(db, { ...req.query, ...one }).then(p => p.total)
    case 'enterprises':
      return listEnterprises(db, { ...req.query, ...one }).then(p => p.total)
  }
}

function recordBatches(
  db: Kysely<Database>,
  req: ListExportQuery,
  today: string,
  size: number,
  reader: ContactReader,
): AsyncGenerator<ExportRecordOf[ExportList][]> {
  switch (req.list) {
    case 'visits':
      return visitBatches(db, req.query, size)
    case 'bottlenecks':
      return bottleneckBatches(db, req.query, today, size)
    case 'recommendations':
      return recommendationBatches(db, req.query, size)
    case 'enterprises':
      return contactsFor(reader, enterpriseBatches(db, req.query, size))
  }
}

/** Enterprise batches with each contact as `reader` may read it (closing this closes the source: for-await returns it). */
async function* contactsFor(
  reader: ContactReader,
  batches: AsyncGenerator<Enterprise[]>,
): AsyncGenerator<Enterprise[]> {
  for await (const batch of batches) yield batch.map(e => withContactFor(reader, e))
}

/**
 * Records turned into rows, looking up the names each batch mentions. The same enterprises come
 * back batch after batch, so names already read are kept (up to MAX_CACHED_NAMES) and only new
 * ones are queried.
 */
async function* rowBatches(
  db: Kysely<Database>,
  list: ExportList,
  records: AsyncIterable<ExportRecordOf[ExportList][]>,
  base: Omit<ExportLookup, 'enterpriseNames'>,
): AsyncGenerator<Cell[][]> {
  const names = new Map<number, Enterprise['name']>()
  const lookup: ExportLookup = { ...base, enterpriseNames: names }
  for await (const batch of records) {
    const ids = enterpriseIdsOf(list, batch)
    let missing = ids.filter(id => !names.has(id))
    if (names.size + missing.length > MAX_CACHED_NAMES) {
      names.clear()
      missing = ids
    }
    for (const [id, name] of await enterpriseNames(db, missing)) names.set(id, name)
    yield batch.map(record => exportRow(list, record as never, lookup))
  }
}

/** `t` remembering the texts asked without parameters: each row asks for the same few labels again. */
function rememberingTranslator(t: Translate): Translate {
  const seen = new Map<string, string>()
  return (key, params) => {
    if (params) return t(key, params)
    let text = seen.get(key)
    if (text === undefined) seen.set(key, (text = t(key)))
    return text
  }
}

/** The part of exceljs's style manager that memoizeCellStyles wraps (not in its typings). */
type CellStyleResolver = (model: Partial<ExcelJS.Style> | undefined, cellType?: number) => number

/**
 * exceljs's streaming writer resolves every cell's style anew: each cell gets a fresh style object,
 * which misses the writer's own memo, so the style's XML is rendered to find its id (remembering the
 * ids cut the CPU of a 222k-row export by a third). Our cells carry no style or only a number
 * format, whose id depends on nothing but the format and the cell type: remember those. Any other
 * style (the bold header and note rows) goes through unchanged; without the internal method
 * nothing is wrapped.
 */
function memoizeCellStyles(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (book as unknown as { styles?: { addStyleModel?: CellStyleResolver } }).styles
  const resolve = styles?.addStyleModel?.bind(styles)
  if (!styles || !resolve) return
  const ids = new Map<string, number>()
  styles.addStyleModel = (model, cellType) => {
    if (!model || !Object.keys(model).every(k => k === 'numFmt')) return resolve(model, cellType)
    const key = `${cellType}|${model.numFmt ?? ''}`
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = resolve(model, cellType)))
    return id
  }
}

/** Counts and plans an export; its `write` streams the workbook. */
export async function prepareListExport(
  db: Kysely<Database>,
  req: ListExportQuery,
  options: ListExportOptions,
): Promise<PreparedExport> {
  const { locale, today } = options
  const t = rememberingTranslator(exportTranslator(locale))
  const total = await countMatching(db, req, today)
  const plan = planExport(total, options.maxRows ?? EXCEL_MAX_ROWS)
  const fileName = exportFileName(req.list, t, today)
  return {
    fileName,
    total,
    plan,
    async write(out) {
      const [chains, counties, departments] = await Promise.all([listChains(db), listCounties(db), listDepartments(db)])
      // Styles are needed (dates need their number format, the header is bold); shared strings are not.
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
      memoizeCellStyles(book)
      book.creator = t('common.appName')
      const records = recordBatches(db, req, today, options.batchSize ?? DEFAULT_BATCH, options.reader ?? NO_READER)
      const written = await writeListWorkbook(
        book,
        {
          sheetName: t(`exports.sheetName.${req.list}`),
          headers: exportHeaders(req.list, t),
          widths: exportWidths(req.list),
          dataRows: plan.dataRows,
          truncatedNote: plan.truncated
            ? { sheetName: t('exports.noteSheet'), text: truncationNote(plan, total, t) }
            : undefined,
        },
        rowBatches(db, req.list, records, { locale, t, chains, counties, departments }),
      )
      await records.return(undefined)
      await book.commit()
      return written
    },
  }
}
