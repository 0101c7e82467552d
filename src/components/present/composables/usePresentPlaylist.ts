/**
 * The playlist a /present page was opened with: `p` (a playlist encoded in the URL) or `id` (a
 * saved one, fetched). An unreadable `p` or a missing `id` is reported, never half-played.
 */
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import type { LocationQuery } from 'vue-router'
import type { MessageKey } from '@/locales/messageKeys'
import type { Playlist, PlaylistBody } from '#contract'
import { fetchPlaylist } from '@/api/playlists'
import { ApiError } from '@/api/http'
import { decodePlaylist } from '@/components/present/playlistUrl'

export type PlaylistProblem = 'invalid' | 'notFound' | 'failed'

/** What a page tells the reader for each problem. */
const PROBLEM_MESSAGES: Record<PlaylistProblem, MessageKey> = {
  invalid: 'present.player.invalidLink',
  notFound: 'present.player.notFound',
  failed: 'common.state.errors.network_error',
}

export interface PresentPlaylist {
  /** The playlist body to play or edit; undefined while loading or when there is none. */
  body: Ref<PlaylistBody | undefined>
  /** The saved playlist, when opened by `id`. */
  saved: Ref<Playlist | undefined>
  problem: Ref<PlaylistProblem | undefined>
  /** The message of `problem`, undefined while there is none. */
  problemMessage: ComputedRef<MessageKey | undefined>
  /** The editor's query that reopens the same playlist: `id`, or a readable `p`; empty otherwise. */
  editorQuery: ComputedRef<Record<string, string>>
  isLoading: Ref<boolean>
}

/** A query value as one string (the last when repeated). */
function queryValue(query: LocationQuery, key: string): string | undefined {
  const v = query[key]
  const one = Array.isArray(v) ? v[v.length - 1] : v
  return typeof one === 'string' && one !== '' ? one : undefined
}

/** Reads `p` or `id` from the query once; with neither, body stays undefined and nothing is wrong. */
export function usePresentPlaylist(query: LocationQuery): PresentPlaylist {
  const body = shallowRef<PlaylistBody>()
  const saved = shallowRef<Playlist>()
  const problem = ref<PlaylistProblem>()
  const isLoading = ref(false)
  const p = queryValue(query, 'p')
  const id = queryValue(query, 'id')
  if (p !== undefined) {
    body.value = decodePlaylist(p) ?? undefined
    if (!body.value) problem.value = 'invalid'
  } else if (id !== undefined) {
    if (!/^\d+$/.test(id)) {
      problem.value = 'notFound'
    } else {
      isLoading.value = true
      fetchPlaylist(Number(id))
        .then(
          pl => {
            saved.value = pl
            body.value = pl.body
          },
          (err: unknown) => {
            problem.value = err instanceof ApiError && err.status === 404 ? 'notFound' : 'failed'
          },
        )
        .finally(() => {
          isLoading.value = false
        })
    }
  }
  const problemMessage = computed(() => (problem.value ? PROBLEM_MESSAGES[problem.value] : undefined))
  const editorQuery = computed((): Record<string, string> => (id ? { id } : p && !problem.value ? { p } : {}))
  return { body, saved, problem, problemMessage, editorQuery, isLoading }
}
