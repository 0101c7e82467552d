import { ref, shallowRef, type Ref } from 'vue'
import { chinaToday, type Visit } from '#contract'
import { sendNewVisit, sendVisitEdit } from '@/api/visitWrites'
import { newIdempotencyKey } from '@/api/writeRequest'
import { toApiError } from '@/composables/useResource'
import { checkCreate, checkPatch } from './checkVisit'
import { fieldProblems, type FieldProblem } from './fieldProblems'
import type { VisitFormState } from './visitDraft'

/** Why a submit did not go through, beyond field problems. Everything typed is kept in every case. */
export type SubmitFailure = 'fields' | 'network' | 'stale' | 'forbidden' | 'notFound' | 'unauthorized' | 'server'

export interface VisitSubmit {
  busy: Ref<boolean>
  problems: Ref<FieldProblem[]>
  failure: Ref<SubmitFailure | null>
  /** 409 stale_version: the visit as someone else saved it. */
  current: Ref<Visit | undefined>
  /** Checks, sends, and answers the saved visit — or undefined after setting problems/failure. */
  submit: () => Promise<Visit | undefined>
}

/**
 * Sending the visit form. A create reuses the draft's Idempotency-Key until the server has
 * definitely answered: after a network failure or a server error the same key goes again (the
 * first attempt may have been saved), after a 4xx the draft gets a new key, because the corrected
 * form is a new request and must not be answered with the old refusal.
 */
export function useVisitSubmit(
  state: Ref<VisitFormState | undefined>,
  visitId: number | null,
  today: () => string = chinaToday,
): VisitSubmit {
  const busy = ref(false)
  const problems = ref<FieldProblem[]>([])
  const failure = ref<SubmitFailure | null>(null)
  const current = shallowRef<Visit>()

  function fail(kind: SubmitFailure, fields: Record<string, string> = {}): undefined {
    failure.value = kind
    problems.value = fieldProblems(fields)
    return undefined
  }

  async function send(s: VisitFormState): Promise<Visit | undefined> {
    if (visitId === null) {
      const checked = checkCreate(s.draft, today())
      if (!checked.ok) return fail('fields', checked.fields)
      return sendNewVisit(checked.body, s.idempotencyKey)
    }
    const checked = checkPatch(s.draft, s.baseVersion ?? 0, today())
    if (!checked.ok) return fail('fields', checked.fields)
    return sendVisitEdit(visitId, checked.body)
  }

  async function submit(): Promise<Visit | undefined> {
    const s = state.value
    if (!s || busy.value) return undefined
    busy.value = true
    failure.value = null
    problems.value = []
    current.value = undefined
    try {
      return await send(s)
    } catch (err) {
      const e = toApiError(err)
      if (visitId === null && e.status >= 400 && e.status < 500) s.idempotencyKey = newIdempotencyKey()
      if (e.status === 400) return fail('fields', Object.keys(e.fields).length ? e.fields : { _: e.message })
      if (e.status === 409 && e.code === 'stale_version') {
        current.value = e.current as Visit | undefined
        return fail('stale')
      }
      if (e.code === 'network_error') return fail('network')
      if (e.status === 401) return fail('unauthorized')
      if (e.status === 403) return fail('forbidden')
      if (e.status === 404) return fail(visitId === null ? 'server' : 'notFound')
      return fail('server')
    } finally {
      busy.value = false
    }
  }

  return { busy, problems, failure, current, submit }
}
