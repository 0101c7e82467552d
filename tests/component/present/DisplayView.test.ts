import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { DisplayPlaylist } from '#contract'
import { ApiError } from '@/api/http'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import DisplayView from '@/views/present/DisplayView.vue'

const fetchDisplayPlaylist = vi.fn()
const useDisplayToken = vi.fn()
let revoke: (() => void) | undefined
vi.mock('@/api/playlists', () => ({ fetchDisplayPlaylist: () => fetchDisplayPlaylist() }))
vi.mock('@/api/displayToken', () => ({
  useDisplayToken: (token: string | null, onRevoked?: () => void) => {
    useDisplayToken(token)
    revoke = onRevoked
  },
}))
vi.mock('vue-router', () => ({ useRoute: () => ({ params: { token: 'tok-1' } }) }))

const playlist: DisplayPlaylist = {
  id: 3,
  ownerId: 2,
  ownerName: '链长',
  version: 1,
  updatedAt: '2026-06-30T10:00:00.000+08:00',
  linkLabel: 'Lobby',
  body: {
    name: 'Weekly',
    slides: [{ kind: 'overview', filter: {}, intervalSec: 20 }],
    mode: 'live',
    asOf: null,
    masked: false,
    watermark: true,
  },
}
const PlayerStub = {
  name: 'PresentPlayer',
  props: { playlist: Object, displayMode: Boolean, viewerName: String },
  template: '<div data-testid="player-stub" />',
}

async function mountView() {
  await loadNamespaces(['present'])
  await setI18nLocale('en')
  const wrapper = mount(DisplayView, { global: { plugins: [i18n], stubs: { PresentPlayer: PlayerStub } } })
  await flushPromises()
  return wrapper
}

describe('DisplayView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    fetchDisplayPlaylist.mockReset()
    useDisplayToken.mockReset()
    revoke = undefined
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("presents the route's token and plays the link's playlist in display mode, watermarked with the link's label", async () => {
    fetchDisplayPlaylist.mockResolvedValue(playlist)
    const w = await mountView()
    expect(useDisplayToken).toHaveBeenCalledWith('tok-1')
    const player = w.findComponent(PlayerStub)
    expect(player.props()).toEqual({ playlist: playlist.body, displayMode: true, viewerName: 'Lobby' })
    w.unmount()
    expect(useDisplayToken).toHaveBeenLastCalledWith(null)
  })

  it('turns to the revoked notice when any request meets a 401, and stops playing', async () => {
    fetchDisplayPlaylist.mockResolvedValue(playlist)
    const w = await mountView()
    revoke!()
    await flushPromises()
    expect(w.find('[data-testid="player-stub"]').exists()).toBe(false)
    expect(w.find('[data-testid="display-revoked"]').text()).toBe('This display link has been revoked')
    w.unmount()
  })

  it('says the playlist is gone when it was deleted', async () => {
    fetchDisplayPlaylist.mockRejectedValue(new ApiError(404, 'not_found', 'playlist 3 not found'))
    const w = await mountView()
    expect(w.find('[data-testid="display-gone"]').text()).toBe('This playlist no longer exists')
    w.unmount()
  })

  it('keeps trying while the server cannot be reached, then plays', async () => {
    fetchDisplayPlaylist.mockRejectedValueOnce(new ApiError(0, 'network_error', 'down')).mockResolvedValue(playlist)
    const w = await mountView()
    expect(w.text()).toContain('The server cannot be reached')
    await vi.advanceTimersByTimeAsync(15_000)
    await flushPromises()
    expect(w.find('[data-testid="player-stub"]').exists()).toBe(true)
    w.unmount()
  })

  it('picks up a new version of the playlist at its next check, and keeps playing when a check fails', async () => {
    fetchDisplayPlaylist
      .mockResolvedValueOnce(playlist)
      .mockRejectedValueOnce(new ApiError(0, 'network_error', 'down'))
      .mockResolvedValue({ ...playlist, version: 2, body: { ...playlist.body, name: 'Renamed' } })
    const w = await mountView()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(w.findComponent(PlayerStub).props('playlist')).toMatchObject({ name: 'Weekly' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(w.findComponent(PlayerStub).props('playlist')).toMatchObject({ name: 'Renamed' })
    w.unmount()
  })
})
