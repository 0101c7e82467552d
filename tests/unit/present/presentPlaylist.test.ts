/** What the stage and handout pages tell the reader about their playlist, and where "back" leads. */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { usePresentPlaylist } from '@/components/present/composables/usePresentPlaylist'
import { encodePlaylist } from '@/components/present/playlistUrl'

const fetchPlaylist = vi.fn()
vi.mock('@/api/playlists', () => ({ fetchPlaylist: (id: number) => fetchPlaylist(id) }))

const BODY = { name: 'Weekly', slides: [{ kind: 'overview', filter: {}, intervalSec: 20 }], mode: 'live' } as const

describe('a /present page’s playlist', () => {
  it('plays a readable p and goes back to the editor with it', () => {
    const p = encodePlaylist(BODY as never)
    const pl = usePresentPlaylist({ p })
    expect(pl.problemMessage.value).toBeUndefined()
    expect(pl.editorQuery.value).toEqual({ p })
  })

  it('says an unreadable p is a broken link, and goes back to an empty editor', () => {
    const pl = usePresentPlaylist({ p: 'not-a-playlist' })
    expect(pl.problemMessage.value).toBe('present.player.invalidLink')
    expect(pl.editorQuery.value).toEqual({})
  })

  it('says a playlist id that is not a number, or that the server does not know, is not found', async () => {
    expect(usePresentPlaylist({ id: 'x1' }).problemMessage.value).toBe('present.player.notFound')
    fetchPlaylist.mockRejectedValueOnce(new ApiError(404, 'not_found', 'playlist 9 not found'))
    const pl = usePresentPlaylist({ id: '9' })
    await flushPromises()
    expect(pl.problemMessage.value).toBe('present.player.notFound')
    expect(pl.editorQuery.value).toEqual({ id: '9' })
  })

  it('says a failed load is a network problem', async () => {
    fetchPlaylist.mockRejectedValueOnce(new ApiError(0, 'network_error', 'offline'))
    const pl = usePresentPlaylist({ id: '9' })
    await flushPromises()
    expect(pl.problemMessage.value).toBe('common.state.errors.network_error')
  })
})
