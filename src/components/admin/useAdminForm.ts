/**
 * One admin form's save: the body is checked against its contract schema first (errors land on
 * their fields, in the reader's language), then sent; the server's answer becomes field errors,
 * a stale-version notice (with the record as it now is, for the form to reload) or a message.
 * Whatever was typed stays in the form on any failure.
 */
import { nextTick, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { z } from 'zod'
import { ApiError } from '@/api/http'
import { localizedFieldErrors, serverFieldErrors } from './adminErrors'

export type AdminFormStatus = { kind: 'saved' | 'error' | 'stale'; text: string } | null

/** Moves focus to the first control marked invalid, so the reader lands on what to fix. */
async function focusFirstInvalid(): Promise<void> {
  await nextTick()
  const control = document.querySelector<HTMLElement>('[aria-invalid="true"]')
  control?.focus()
}

export function useAdminForm() {
  const { t } = useI18n()
  const fields = ref<Record<string, string>>({})
  const status = shallowRef<AdminFormStatus>(null)
  const saving = ref(false)

  function fail(err: unknown): void {
    if (!(err instanceof ApiError)) status.value = { kind: 'error', text: t('admin.form.generic') }
    else if (err.status === 400 && Object.keys(err.fields).length) {
      fields.value = serverFieldErrors(err.fields, t)
      status.value = { kind: 'error', text: t('admin.form.fixFields') }
      void focusFirstInvalid()
    } else if (err.code === 'stale_version') status.value = { kind: 'stale', text: t('admin.form.stale') }
    else if (err.status === 403) status.value = { kind: 'error', text: t('admin.form.forbidden') }
    else if (err.status === 401) status.value = { kind: 'error', text: t('admin.form.unauthorized') }
    else if (err.status === 404) status.value = { kind: 'error', text: t('admin.form.notFound') }
    else if (err.status === 0) status.value = { kind: 'error', text: t('admin.form.network') }
    else status.value = { kind: 'error', text: t('admin.form.generic') }
  }

  /**
   * Validates `body` with `schema`, then calls `send` with the parsed body. Resolves to the
   * server's record, or undefined when anything failed (the form shows why). `onStale` runs on a
   * 409 so the form can reload the current record.
   */
  async function save<S extends z.ZodType, T>(
    schema: S,
    body: unknown,
    send: (parsed: z.infer<S>) => Promise<T>,
    onStale?: () => void,
  ): Promise<T | undefined> {
    fields.value = {}
    status.value = null
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      fields.value = localizedFieldErrors(parsed.error.issues, t)
      status.value = { kind: 'error', text: t('admin.form.fixFields') }
      void focusFirstInvalid()
      return undefined
    }
    saving.value = true
    try {
      const result = await send(parsed.data)
      status.value = { kind: 'saved', text: t('admin.form.saved') }
      return result
    } catch (err) {
      fail(err)
      if (err instanceof ApiError && err.code === 'stale_version') onStale?.()
      return undefined
    } finally {
      saving.value = false
    }
  }

  /** Shows field errors found before sending (already in the reader's language). */
  function reject(found: Record<string, string>): void {
    fields.value = found
    status.value = { kind: 'error', text: t('admin.form.fixFields') }
    void focusFirstInvalid()
  }

  /** The error of a field path ("name.zh", "segments.2.tier"), if any. */
  const errorOf = (path: string): string | undefined => fields.value[path]

  /** Clears the errors and status (a new record was opened in the form). */
  function reset(): void {
    fields.value = {}
    status.value = null
  }

  // After a create the form goes on to show the new record: its "saved" must survive that switch.
  let keptFor: unknown
  let shown: unknown = Symbol('nothing yet')
  /** Keeps the current status when the form next opens record `key` (the one just saved). */
  function keepFor(key: unknown): void {
    keptFor = key
  }
  /**
   * The form now shows record `key` (undefined: a new one). Another record clears errors and
   * status, unless it is the one just created; the same record reloaded (after a save or a
   * stale-version answer) keeps them.
   */
  function open(key: unknown): void {
    if (key !== shown && key !== keptFor) reset()
    shown = key
    keptFor = undefined
  }

  return { fields, status, saving, save, reject, errorOf, reset, keepFor, open }
}
export type AdminForm = ReturnType<typeof useAdminForm>
