import { describe, expect, it } from 'vitest'
import type { PlaylistBody } from '#contract'
import { checkDraft, draftOf, moveSlide, newDraft, newSlide } from '@/components/present/composables/usePresentDraft'

/** Echoes the key and its values, so a test sees which message was chosen. */
const t = (key: string, named?: Record<string, unknown>) => (named ? `${key} ${JSON.stringify(named)}` : key)

describe('playlist draft', () => {
  it('turns a filled form into the contract body', () => {
    const draft = newDraft('例会')
    draft.slides[0] = { kind: 'chain', chainId: 2, county: 'yanji', intervalSec: 30 }
    draft.slides[2] = { kind: 'pipeline', chainId: null, county: 'yanji', intervalSec: 15 }
    const check = checkDraft(draft, t)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.body.slides).toEqual([
      { kind: 'chain', filter: { chainId: 2, county: 'yanji' }, intervalSec: 30 },
      { kind: 'board', filter: {}, intervalSec: 20 },
      // Recommendations carry no county: the pipeline drops it rather than pretend to filter.
      { kind: 'pipeline', filter: {}, intervalSec: 15 },
    ])
    expect(check.body).toMatchObject({ name: '例会', mode: 'live', asOf: null, masked: false, watermark: false })
  })

  it('round-trips a saved playlist through the form', () => {
    const body: PlaylistBody = {
      name: 'x',
      mode: 'frozen',
      asOf: '2026-06-30',
      masked: true,
      watermark: true,
      slides: [{ kind: 'map', filter: { county: 'hunchun' }, intervalSec: 12 }],
    }
    const check = checkDraft(draftOf(body), t)
    expect(check).toEqual({ ok: true, body })
  })

  it('puts each problem on its field', () => {
    const draft = newDraft('  ')
    draft.mode = 'frozen'
    draft.slides = [
      { ...newSlide('chain'), intervalSec: 1 },
      { ...newSlide('board'), intervalSec: '' },
    ]
    const check = checkDraft(draft, t)
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({
      name: 'present.editor.errors.required',
      asOf: 'present.editor.errors.dateNeeded',
      'slides.0.intervalSec': 'present.editor.errors.interval {"min":2,"max":3600}',
      'slides.0.filter.chainId': 'present.editor.errors.chainNeeded',
      'slides.1.intervalSec': 'present.editor.errors.interval {"min":2,"max":3600}',
    })
  })

  it('asks for at least one slide and a real date', () => {
    const draft = { ...newDraft('a'), slides: [], mode: 'frozen' as const, asOf: '2026-02-30' }
    const check = checkDraft(draft, t)
    expect(check.ok ? {} : check.errors).toEqual({
      slides: 'present.editor.errors.tooFew',
      asOf: 'present.editor.errors.date',
    })
  })

  it('ignores the snapshot date of a live playlist', () => {
    const check = checkDraft({ ...newDraft('a'), asOf: 'garbage' }, t)
    expect(check.ok && check.body.asOf).toBeNull()
  })

  it('moves a slide up and down, staying inside the list', () => {
    expect(moveSlide(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveSlide(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveSlide(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveSlide(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c'])
  })
})
