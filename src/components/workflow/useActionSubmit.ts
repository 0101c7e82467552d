import { ref, type Ref } from 'vue'
import type { CheckedBody } from './bottleneckActionBody'
import { classifyWriteFailure, splitFieldErrors } from './writeFailure'
import { useFieldMessages } from './useFieldMessages'

/** What an action dialog hands over when the user confirms. */
export interface ActionAttempt<B, R> {
  /** The body checked against the contract, or the fields that failed. */
  checked: CheckedBody<B>
  /** What was typed, so an empty field reads "required" rather than "invalid". */
  draft: object
  send: (body: B) => Promise<R>
  done: (result: R) => void
  conflict: (code: 'stale_version' | 'illegal_transition') => void
}

/**
 * The submit flow every lifecycle action dialog shares: refuse locally what the contract refuses,
 * send once at a time, name bad fields beside their controls, hand conflicts (stale version,
 * action no longer legal) to the page, and keep everything typed on any other failure.
 */
export function useActionSubmit(shownFields: Ref<readonly string[]>) {
  const busy = ref(false)
  const messages = useFieldMessages()

  async function attempt<B, R>(a: ActionAttempt<B, R>): Promise<void> {
    if (busy.value) return
    if (!a.checked.ok) return messages.show(splitFieldErrors(a.checked.fields, shownFields.value), a.draft)
    busy.value = true
    messages.clear()
    try {
      a.done(await a.send(a.checked.body))
    } catch (err) {
      const failure = classifyWriteFailure(err)
      if (failure.kind === 'conflict') a.conflict(failure.code)
      else if (failure.kind === 'fields') messages.show(splitFieldErrors(failure.fields, shownFields.value), a.draft)
      else messages.fail(failure.key)
    } finally {
      busy.value = false
    }
  }

  return { busy, messages, attempt }
}
