/**
 * Exporting a list to Excel from its page: from the live server's streaming endpoint, or built in
 * the browser in mock mode (that code, with exceljs, loads only when someone exports). Keeps the
 * state the export button shows: running with progress, done (with a note when Excel's row limit
 * cut the file) or failed, every message in the user's language.
 */
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { chinaToday, type Locale } from '#contract'
import { getConfig } from '@/config'
import { downloadListExport, type ExportListName, type ListExportFile } from '@/api/exports'
import { ApiError } from '@/api/http'
import { withoutPaging } from '#contract'
import { saveBlob } from '@/components/exports/saveBlob'
import type { MessageKey } from '@/locales/messageKeys'

export type ExportPhase = 'idle' | 'running' | 'done' | 'failed'

/** Formats a byte count for the progress line (KB under a megabyte, else MB). */
export function formatBytes(bytes: number, n: (v: number, opts?: Intl.NumberFormatOptions) => string): string {
  return bytes < 1024 * 1024
    ? `${n(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${n(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
}

/** State and action of one list page's export button. */
export function useListExport() {
  const { t, te, locale, n } = useI18n()
  const phase = ref<ExportPhase>('idle')
  const progress = ref('')
  const result = ref<ListExportFile>()
  const error = ref<ApiError>()
  const num = (v: number, opts?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale.value, opts).format(v)

  const message = computed(() => {
    if (phase.value === 'running') return progress.value || t('exports.exporting')
    if (phase.value === 'failed') {
      const code = error.value?.code ?? 'generic'
      const key = `common.state.errors.${code}`
      return t('exports.failed', { reason: te(key) ? t(key) : t('common.state.errors.generic') })
    }
    if (phase.value === 'done' && result.value) {
      const r = result.value
      return r.truncated
        ? t('exports.exportedTruncated', { shown: n(r.rows), total: n(r.total) })
        : t('exports.exported', { n: n(r.rows) })
    }
    return ''
  })

  async function build(list: ExportListName, filters: object): Promise<ListExportFile> {
    const lang = locale.value as Locale
    if (getConfig().apiMode === 'mock') {
      const { buildListXlsx } = await import('@/components/exports/buildXlsx')
      return buildListXlsx(list, filters, {
        locale: lang,
        // The contract names these keys (exportHeaders…) and may not import locales/, so its Translate takes any
        // string; tests/unit/exports/exportMessages.test.ts checks that every key it builds has a message.
        t: (key, params) => t(key as MessageKey, params ?? {}),
        today: chinaToday(),
        onProgress: (done, total) => {
          progress.value = t('exports.exportingRows', { done: n(done), total: n(total) })
        },
      })
    }
    return downloadListExport(list, filters, lang, bytes => {
      progress.value = `${t('exports.exporting')} ${formatBytes(bytes, num)}`
    })
  }

  /** Exports `list` with the page's query (its paging is dropped) and saves the file. */
  async function run(list: ExportListName, query: object): Promise<void> {
    if (phase.value === 'running') return
    phase.value = 'running'
    progress.value = ''
    error.value = undefined
    try {
      const file = await build(list, withoutPaging(query))
      result.value = file
      saveBlob(file.blob, file.fileName)
      phase.value = 'done'
    } catch (err) {
      error.value = err instanceof ApiError ? err : new ApiError(0, 'unknown', String(err))
      phase.value = 'failed'
    }
  }

  return { phase, message, result, error, run }
}
