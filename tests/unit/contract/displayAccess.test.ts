import { describe, expect, it } from 'vitest'
import { displayRequestAllowed, queryRecord, type PlaylistBody } from '#contract'

const frozen: PlaylistBody = {
  name: 'x',
  mode: 'frozen',
  asOf: '2026-03-31',
  masked: false,
  watermark: false,
  slides: [{ kind: 'overview', filter: { chainId: 2 }, intervalSec: 20 }],
}
const get = (path: string, query: Record<string, string | string[]> = {}) => ({ method: 'GET', path, query })

describe('displayRequestAllowed', () => {
  it("allows the slide's own request, with its filter and day", () => {
    expect(
      displayRequestAllowed(
        frozen,
        get('/api/overview', { chainId: '2', from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' }),
      ),
    ).toBe(true)
    expect(displayRequestAllowed(frozen, get('/api/display'))).toBe(true)
  })

  it('refuses writes, unknown or repeated parameters, another day and a period past the frozen day', () => {
    expect(displayRequestAllowed(frozen, { ...get('/api/display'), method: 'POST' })).toBe(false)
    expect(displayRequestAllowed(frozen, get('/api/overview', { chainId: '2', asOf: '2026-03-31', page: '2' }))).toBe(
      false,
    )
    expect(displayRequestAllowed(frozen, get('/api/overview', { chainId: ['2', '3'], asOf: '2026-03-31' }))).toBe(false)
    expect(displayRequestAllowed(frozen, get('/api/overview', { chainId: '2', asOf: '2026-04-01' }))).toBe(false)
    expect(
      displayRequestAllowed(frozen, get('/api/overview', { chainId: '2', asOf: '2026-03-31', to: '2026-04-30' })),
    ).toBe(false)
    expect(
      displayRequestAllowed(frozen, get('/api/overview', { chainId: '2', asOf: '2026-03-31', from: 'soon' })),
    ).toBe(false)
    expect(displayRequestAllowed(frozen, get('/api/overview/', { chainId: '2', asOf: '2026-03-31' }))).toBe(false)
  })

  it('reads a repeated query key as a list', () => {
    expect(queryRecord(new URLSearchParams('a=1&b=2&b=3'))).toEqual({ a: '1', b: ['2', '3'] })
  })
})
