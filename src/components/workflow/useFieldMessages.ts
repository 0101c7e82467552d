import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { MessageSchema } from '@/locales/messageKeys'

/**
 * The messages a write form shows: one per bad field (in the reader's language — "required"
 * when it is empty, else what that field expects), and one at the top for anything else.
 */
export function useFieldMessages() {
  const { t, te } = useI18n()
  const byField = shallowRef<Record<string, string | undefined>>({})
  const general = shallowRef<string>('')

  function isEmpty(value: unknown): boolean {
    return (
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    )
  }

  /** Shows field errors; `values` tells an empty field ("required") from a wrong one. */
  function show(errors: { byField: Record<string, string>; other: string[] }, values: object): void {
    const out: Record<string, string> = {}
    for (const field of Object.keys(errors.byField)) {
      const value = (values as Record<string, unknown>)[field]
      const key = `workflow.fieldErrors.${field}`
      out[field] = isEmpty(value) ? t('workflow.form.required') : te(key) ? t(key) : t('workflow.form.invalid')
    }
    byField.value = out
    general.value = errors.other.length ? t('workflow.errors.fieldsOther', { fields: errors.other.join(', ') }) : ''
  }

  /** A failure without fields: the message says what happened and that nothing typed was lost. */
  function fail(key: keyof MessageSchema['workflow']['errors']): void {
    byField.value = {}
    general.value = t(`workflow.errors.${key}`)
  }

  function clear(): void {
    byField.value = {}
    general.value = ''
  }

  return { byField, general, show, fail, clear }
}
