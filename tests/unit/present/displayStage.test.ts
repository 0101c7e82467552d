/**
 * The stage's own requests fit what a display link may read (contract/displayAccess.ts): each slide
 * kind's real loader, live and frozen, runs through the SPA's API layer and axios with a display
 * token, answered by the mock API, which applies the same contract function as the server. A
 * loader that starts asking for something its slide's link may not read fails here with a 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios'
import { chinaToday, SLIDE_KINDS, type PlaylistBody, type SlideFilter, type SlideKind } from '#contract'
import { generateWorld } from '../../../mock/generate'
import { createMockApi } from '../../../mock/api/dispatch'
import { http } from '@/api/http'
import { useDisplayToken } from '@/api/displayToken'
import { loadSlideDefinition } from '@/components/present/slides/registry'

const api = createMockApi(generateWorld({ seed: 1, anchorDate: chinaToday() }))
const FROZEN_DAY = '2026-03-31'
const FILTERS: Record<SlideKind, SlideFilter> = {
  overview: { chainId: 2, county: 'yanji' },
  chain: { chainId: 2, county: 'yanji' },
  board: { chainId: 2, county: 'yanji' },
  pipeline: { chainId: 2 },
  map: { chainId: 2, county: 'yanji' },
}

/** Every request the stage sent, with the status the mock answered. */
const sent: { url: string; status: number }[] = []

/** Answers axios from the mock API, as MSW does in the browser. */
const mockAdapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries((config.params ?? {}) as Record<string, unknown>))
    if (v !== undefined && v !== null) query.set(k, String(v))
  const headers = AxiosHeaders.from(config.headers)
  const res = api.handle({
    method: (config.method ?? 'get').toUpperCase(),
    path: config.url ?? '',
    query,
    body: undefined,
    cookies: {},
    headers: Object.fromEntries(Object.entries(headers.toJSON()).map(([k, v]) => [k.toLowerCase(), String(v)])),
  })
  sent.push({ url: `${config.url}?${query.toString()}`, status: res.status })
  const response = {
    data: res.body,
    status: res.status,
    statusText: String(res.status),
    headers: {},
    config,
    request: {},
  }
  if (res.status >= 400) throw new AxiosError(`status ${res.status}`, AxiosError.ERR_BAD_REQUEST, config, {}, response)
  return response
}

let adapterBefore: typeof http.defaults.adapter
beforeAll(() => {
  adapterBefore = http.defaults.adapter
  http.defaults.adapter = mockAdapter
})
afterAll(() => {
  http.defaults.adapter = adapterBefore
  useDisplayToken(null)
})

/** A display link in the mock that froze `body`; its token becomes the one the API layer presents. */
function presentLinkFor(body: PlaylistBody): void {
  const id = api.state.present.playlists.length + 1
  const playlist = { id, ownerId: 1, version: 1, updatedAt: '2026-06-30T10:00:00.000+08:00', body }
  api.state.present.playlists.push(playlist)
  const token = `token-${id}-${'x'.repeat(40)}`
  api.state.present.links.push({
    id,
    playlistId: id,
    label: 'Lobby',
    token,
    createdById: 1,
    createdAt: playlist.updatedAt,
    revokedAt: null,
    frozen: { body, version: 1, updatedAt: playlist.updatedAt },
  })
  useDisplayToken(token)
}

const playlistOf = (kind: SlideKind, filter: SlideFilter, asOf: string | null): PlaylistBody => ({
  name: kind,
  slides: [{ kind, filter, intervalSec: 20 }],
  mode: asOf ? 'frozen' : 'live',
  asOf,
  masked: false,
  watermark: false,
})

describe('the stage reads with a display token', () => {
  for (const asOf of [null, FROZEN_DAY]) {
    for (const kind of SLIDE_KINDS) {
      it(`loads a ${kind} slide ${asOf ? 'frozen' : 'live'} with only requests its link may make`, async () => {
        presentLinkFor(playlistOf(kind, FILTERS[kind], asOf))
        sent.length = 0
        await (await loadSlideDefinition(kind)).load(FILTERS[kind], { asOf, masked: false })
        expect(sent.length).toBeGreaterThan(0)
        // 204 is the county map's "none configured" (the mock has none): an answer, not a refusal.
        expect(sent.filter(r => r.status !== 200 && r.status !== 204)).toEqual([])
      })
    }
  }

  it('fails a slide whose link froze another chain (the check can fail)', async () => {
    presentLinkFor(playlistOf('chain', { chainId: 3 }, null))
    await expect(
      (await loadSlideDefinition('chain')).load({ chainId: 2 }, { asOf: null, masked: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
