/**
 * List exports from the live server (contract/routes/exports.ts): GET /api/{list}/export.xlsx with
 * the list's filters. The server streams the workbook; the response headers say how many records
 * matched, how many rows the file holds and whether Excel's row limit cut it. Read with axios
 * directly rather than through call(): the answer is a file, read as a blob with its progress.
 */
import { listExportRoutes, type Locale } from '#contract'
import { http } from './http'
import { toListParams } from './listParams'

export type ExportListName = keyof typeof listExportRoutes

/** A finished export: the file and what it holds. */
export interface ListExportFile {
  blob: Blob
  fileName: string
  /** Records matching the filters. */
  total: number
  /** Data rows in the file (fewer than total only when truncated). */
  rows: number
  truncated: boolean
}

/** The file name of a Content-Disposition header, preferring the UTF-8 `filename*`. */
export function fileNameFromDisposition(header: string | undefined, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      /* a malformed escape: fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header)
  return plain?.[1]?.trim() || fallback
}

/**
 * Downloads the export of `list` for `filters` (paging is ignored by the server) in `locale`;
 * `onBytes` reports the bytes received so far. Rejects with ApiError (status kept) on failure.
 */
export async function downloadListExport(
  list: ExportListName,
  filters: object,
  locale: Locale,
  onBytes?: (bytes: number) => void,
): Promise<ListExportFile> {
  const res = await http.get<Blob>(listExportRoutes[list].path, {
    params: { ...toListParams(filters), locale },
    responseType: 'blob',
    // A big list takes longer than a page: the stream may run for minutes.
    timeout: 0,
    onDownloadProgress: e => onBytes?.(e.loaded),
  })
  const header = (name: string) => {
    const v = res.headers[name] as unknown
    return typeof v === 'string' ? v : undefined
  }
  const total = Number(header('x-export-total') ?? NaN)
  const rows = Number(header('x-export-rows') ?? NaN)
  return {
    blob: res.data,
    fileName: fileNameFromDisposition(header('content-disposition'), `${list}.xlsx`),
    total: Number.isFinite(total) ? total : rows,
    rows: Number.isFinite(rows) ? rows : total,
    truncated: header('x-export-truncated') === 'true',
  }
}
