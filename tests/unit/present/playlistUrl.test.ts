import { describe, expect, it } from 'vitest'
import type { PlaylistBodyInput } from '#contract'
import { decodePlaylist, encodePlaylist } from '@/components/present/playlistUrl'

const body: PlaylistBodyInput = {
  name: '链长例会 · 체인 회의 — “Q3”',
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 20 },
    { kind: 'chain', filter: { chainId: 3 }, intervalSec: 45 },
    { kind: 'map', filter: { county: 'hunchun' }, intervalSec: 10 },
  ],
  mode: 'frozen',
  asOf: '2026-06-30',
  masked: true,
  watermark: true,
}

describe('playlist URL codec', () => {
  it('round-trips a playlist with Chinese and Korean text', () => {
    expect(decodePlaylist(encodePlaylist(body))).toEqual(body)
  })

  it('uses only URL-safe characters, without padding', () => {
    for (let n = 1; n < 6; n++) {
      const p = encodePlaylist({ ...body, name: 'x'.repeat(n) })
      expect(p).toMatch(/^[A-Za-z0-9_-]+$/)
    }
  })

  it('fills contract defaults on the way in', () => {
    const decoded = decodePlaylist(encodePlaylist({ name: 'a', slides: [{ kind: 'board' }] }))
    expect(decoded).toEqual({
      name: 'a',
      slides: [{ kind: 'board', filter: {}, intervalSec: 20 }],
      mode: 'live',
      asOf: null,
      masked: false,
      watermark: false,
    })
  })

  it('refuses to encode a playlist the contract rejects', () => {
    expect(() => encodePlaylist({ name: 'a', slides: [{ kind: 'chain' }] })).toThrow()
  })

  it('answers null for cut, garbled or invalid links', () => {
    const p = encodePlaylist(body)
    expect(decodePlaylist(p.slice(0, p.length - 7))).toBeNull()
    expect(decodePlaylist('not base64!')).toBeNull()
    expect(decodePlaylist('')).toBeNull()
    expect(decodePlaylist(null)).toBeNull()
    const invalid = btoa(JSON.stringify({ name: '', slides: [] })).replace(/=+$/, '')
    expect(decodePlaylist(invalid)).toBeNull()
  })
})
