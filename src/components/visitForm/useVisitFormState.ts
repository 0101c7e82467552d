import { ref, shallowRef, type Ref } from 'vue'
import type { Visit } from '#contract'
import { fetchEnterprises } from '@/api/enterprises'
import { fetchVisit } from '@/api/visits'
import { newIdempotencyKey } from '@/api/writeRequest'
import type { ApiError } from '@/api/http'
import { useDraft, type Draft } from '@/composables/useDraft'
import { toApiError } from '@/composables/useResource'
import { draftFromVisit, emptyVisitDraft, isVisitFormState, type VisitFormState } from './visitDraft'

export interface VisitFormSource {
  draft: Draft<VisitFormState>
  /** The stored visit being edited (null for a new visit). */
  original: Ref<Visit | null>
  loading: Ref<boolean>
  loadError: Ref<ApiError | undefined>
  /** (Re)loads the visit for an edit and starts the draft; a new visit starts at once. */
  load: () => Promise<void>
  /** Drops the draft and starts again from the stored visit (edit) or a blank form (new). */
  startOver: () => Promise<void>
}

/**
 * Where the form's state comes from: the draft on this device if there is one (a new visit, or
 * unsent edits of this visit by this user), else a blank form or the stored visit. Drafts are
 * keyed by user, so on a shared phone one person's unsent visit never opens for the next.
 */
export function useVisitFormState(visitId: number | null, userId: number, today: string): VisitFormSource {
  const draft = useDraft<VisitFormState>(`visit-${visitId ?? 'new'}.u${userId}`, { isValid: isVisitFormState })
  const original = shallowRef<Visit | null>(null)
  const loading = ref(false)
  const loadError = shallowRef<ApiError>()

  async function load(): Promise<void> {
    if (visitId === null) {
      draft.start(() => ({ draft: emptyVisitDraft(today), idempotencyKey: newIdempotencyKey(), baseVersion: null }))
      return
    }
    loading.value = true
    loadError.value = undefined
    try {
      const v = await fetchVisit(visitId)
      const enterprises = await fetchEnterprises({ ids: v.enterpriseIds, pageSize: 200 }).then(
        p => p.items,
        () => [],
      )
      original.value = v
      draft.start(() => ({ draft: draftFromVisit(v, enterprises), idempotencyKey: '', baseVersion: v.version }))
    } catch (err) {
      loadError.value = toApiError(err)
    } finally {
      loading.value = false
    }
  }

  async function startOver(): Promise<void> {
    draft.clear()
    await load()
  }

  return { draft, original, loading, loadError, load, startOver }
}
