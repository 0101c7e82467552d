import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PlaylistBody } from '#contract'
import { loadAllSlideDefinitions } from '@/components/present/slides/registry'
import { createHandoutLoader } from '@/components/present/handout/handoutLoader'

vi.mock('@/components/present/slides/registry', () => ({ loadAllSlideDefinitions: vi.fn() }))

const playlist = (mode: 'live' | 'frozen'): PlaylistBody => ({
  name: 'h',
  mode,
  asOf: mode === 'frozen' ? '2026-03-31' : null,
  masked: false,
  watermark: false,
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 20 },
    { kind: 'board', filter: { chainId: 2 }, intervalSec: 20 },
  ],
})

const load = vi.fn()
beforeEach(() => {
  load.mockReset()
  vi.mocked(loadAllSlideDefinitions).mockResolvedValue(
    new Map([
      ['overview', { load }],
      ['board', { load }],
    ]) as never,
  )
})

describe("the handout's data", () => {
  it('loads every slide with its filter, as of the frozen day, in playlist order', async () => {
    load.mockImplementation(async (filter: { chainId?: number }) => `data-${filter.chainId ?? 'all'}`)
    const handout = createHandoutLoader(playlist('frozen'))
    expect(handout.status.value).toBe('loading')
    await handout.load()
    expect(handout.status.value).toBe('ready')
    expect(handout.data.value).toEqual(['data-all', 'data-2'])
    expect(load).toHaveBeenCalledWith({ chainId: 2 }, { asOf: '2026-03-31', masked: false })
  })

  it('shows nothing half-loaded: one slide failing fails the handout, and a retry can complete it', async () => {
    load.mockResolvedValueOnce('ok').mockRejectedValueOnce(new Error('offline'))
    const handout = createHandoutLoader(playlist('live'))
    await handout.load()
    expect(handout.status.value).toBe('failed')
    expect(handout.definitions.value).toBeUndefined()
    load.mockResolvedValue('ok')
    await handout.load()
    expect(handout.status.value).toBe('ready')
    expect(load).toHaveBeenLastCalledWith({ chainId: 2 }, { asOf: null, masked: false })
  })

  it('asks for masked data when the playlist is masked, so the handout never holds a real name', async () => {
    load.mockResolvedValue('ok')
    await createHandoutLoader({ ...playlist('live'), masked: true }).load()
    expect(load).toHaveBeenCalledWith({ chainId: 2 }, { asOf: null, masked: true })
  })
})
