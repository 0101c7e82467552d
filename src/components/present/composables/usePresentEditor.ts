/**
 * The playlist editor's actions: check the draft against the contract, play it (a saved, unchanged
 * playlist by id, anything else in the URL), share it as a link, and save, update or delete it on
 * the server. Admins and leaders save; the owner or an admin changes a saved one; everyone else
 * plays and shares. Whatever was typed stays in the form on any failure.
 */
import { computed, nextTick, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { Playlist, PlaylistBody } from '#contract'
import { ApiError } from '@/api/http'
import { createPlaylist, deletePlaylist, updatePlaylist } from '@/api/playlists'
import { newIdempotencyKey } from '@/api/writeRequest'
import { encodePlaylist } from '@/components/present/playlistUrl'
import { useSessionStore } from '@/stores/session'
import { checkDraft, draftOf, newDraft, type PlaylistDraft } from './usePresentDraft'

export interface EditorStatus {
  kind: 'ok' | 'error'
  text: string
}

/** Moves focus to the first field marked invalid, so the reader lands on what to fix. */
async function focusFirstInvalid(): Promise<void> {
  await nextTick()
  document.querySelector<HTMLElement>('.present-editor [aria-invalid="true"]')?.focus()
}

/** `onSaved` runs after every create, update and delete (to reload the list of saved playlists). */
export function usePresentEditor(onSaved: () => void) {
  const { t } = useI18n()
  const router = useRouter()
  const session = useSessionStore()
  const draft = ref<PlaylistDraft>(newDraft(t('present.editor.defaultName')))
  const saved = shallowRef<Playlist>()
  const errors = ref<Record<string, string>>({})
  const status = shallowRef<EditorStatus | null>(null)
  const busy = ref(false)
  const shareUrl = ref('')
  let createKey = newIdempotencyKey()

  const canSave = computed(() => session.hasRole('admin', 'leader'))
  const canChange = computed(
    () =>
      saved.value !== undefined &&
      canSave.value &&
      (session.hasRole('admin') || session.user?.id === saved.value.ownerId),
  )

  function reset(): void {
    errors.value = {}
    status.value = null
    shareUrl.value = ''
  }

  /** The draft as a playlist body, or undefined with its errors shown. */
  function check(): PlaylistBody | undefined {
    const result = checkDraft(draft.value, t)
    if (result.ok) {
      errors.value = {}
      return result.body
    }
    errors.value = result.errors
    status.value = { kind: 'error', text: t('present.editor.status.invalid') }
    void focusFirstInvalid()
    return undefined
  }

  /** The editor shows a saved playlist. */
  function open(playlist: Playlist): void {
    saved.value = playlist
    draft.value = draftOf(playlist.body)
    reset()
  }

  /** The editor shows an unsaved playlist (a shared link) or a new one. */
  function openBody(body?: PlaylistBody): void {
    saved.value = undefined
    draft.value = body ? draftOf(body) : newDraft(t('present.editor.defaultName'))
    createKey = newIdempotencyKey()
    reset()
  }

  const unchanged = (body: PlaylistBody) =>
    saved.value !== undefined && JSON.stringify(body) === JSON.stringify(saved.value.body)

  /** Opens the playlist being edited on the stage, or as its PDF handout (a saved, unchanged one by id). */
  function openAs(name: 'present-play' | 'present-handout'): void {
    const body = check()
    if (!body) return
    const query = unchanged(body) ? { id: String(saved.value!.id) } : { p: encodePlaylist(body) }
    void router.push({ name, query })
  }
  const start = () => openAs('present-play')
  const handout = () => openAs('present-handout')

  /** Builds the share link, shows it and copies it to the clipboard when the browser allows. */
  async function copyLink(): Promise<void> {
    const body = check()
    if (!body) return
    const href = router.resolve({ name: 'present-play', query: { p: encodePlaylist(body) } }).href
    shareUrl.value = new URL(href, window.location.origin).toString()
    try {
      await navigator.clipboard.writeText(shareUrl.value)
      status.value = { kind: 'ok', text: t('present.editor.actions.copied') }
    } catch {
      status.value = { kind: 'error', text: t('present.editor.actions.copyFailed') }
    }
  }

  function fail(err: unknown): void {
    if (err instanceof ApiError && err.code === 'stale_version') {
      const current = err.current as Playlist | undefined
      if (current) open(current)
      status.value = { kind: 'error', text: t('present.editor.status.stale') }
    } else if (err instanceof ApiError && err.status === 403)
      status.value = { kind: 'error', text: t('present.editor.status.forbidden') }
    else if (err instanceof ApiError && err.status === 400 && Object.keys(err.fields).length) {
      errors.value = Object.fromEntries(Object.keys(err.fields).map(k => [k, t('present.editor.errors.invalid')]))
      status.value = { kind: 'error', text: t('present.editor.status.invalid') }
    } else status.value = { kind: 'error', text: t('present.editor.status.failed') }
  }

  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true
    try {
      await action()
      onSaved()
    } catch (err) {
      fail(err)
    } finally {
      busy.value = false
    }
  }

  /** Saves the draft as a new playlist (also "save as new" from someone else's). */
  async function create(): Promise<void> {
    const body = check()
    if (!body) return
    await run(async () => {
      const created = await createPlaylist(body, createKey)
      createKey = newIdempotencyKey()
      open(created)
      status.value = { kind: 'ok', text: t('present.editor.status.created') }
    })
  }

  async function update(): Promise<void> {
    const body = check()
    if (!body || !saved.value) return
    const { id, version } = saved.value
    await run(async () => {
      open(await updatePlaylist(id, { version, body }))
      status.value = { kind: 'ok', text: t('present.editor.status.updated') }
    })
  }

  async function remove(): Promise<void> {
    const current = saved.value
    if (!current || !window.confirm(t('present.editor.actions.confirmDelete', { name: current.body.name }))) return
    await run(async () => {
      await deletePlaylist(current.id)
      openBody(current.body)
      status.value = { kind: 'ok', text: t('present.editor.status.deleted') }
    })
  }

  return {
    draft,
    saved,
    errors,
    status,
    busy,
    shareUrl,
    canSave,
    canChange,
    check,
    open,
    openBody,
    start,
    handout,
    copyLink,
    create,
    update,
    remove,
  }
}
export type PresentEditor = ReturnType<typeof usePresentEditor>
