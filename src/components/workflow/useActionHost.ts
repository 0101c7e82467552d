import { ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { MessageSchema } from '@/locales/messageKeys'

/** An action with a label under `workflow.actions`. */
type LabelledAction = keyof MessageSchema['workflow']['actions']

/** What a page does after an action: take the updated record, or reload after a conflict. */
export interface ActionHostHandlers<D> {
  updated: (record: D) => void
  reload: () => void | Promise<void>
}

export interface ActionNotice {
  text: string
  tone: 'info' | 'warn'
}

/**
 * The state of a page that hosts one action dialog for many records (a detail page, the board,
 * the queue): which record and action the dialog is open for, and the notice after it closes —
 * "done", or "someone else changed this — reloaded" / "no longer possible — reloaded".
 */
export function useActionHost<R extends { code: string }, A extends LabelledAction, D>(
  handlers: ActionHostHandlers<D>,
) {
  const { t } = useI18n()
  const target = shallowRef<R | null>(null)
  const action = ref(null) as Ref<A | null>
  const notice = shallowRef<ActionNotice | null>(null)

  function start(record: R, chosen: A): void {
    notice.value = null
    target.value = record
    action.value = chosen
  }
  function close(): void {
    target.value = null
    action.value = null
  }
  function done(record: D): void {
    const label = action.value ? t(`workflow.actions.${action.value}`) : ''
    notice.value = { text: t('workflow.notice.done', { action: label, code: target.value?.code ?? '' }), tone: 'info' }
    close()
    handlers.updated(record)
  }
  async function conflict(code: 'stale_version' | 'illegal_transition'): Promise<void> {
    notice.value = { text: t(`workflow.notice.${code}`), tone: 'warn' }
    close()
    await handlers.reload()
  }
  function dismiss(): void {
    notice.value = null
  }
  return { target, action, notice, start, close, done, conflict, dismiss }
}
