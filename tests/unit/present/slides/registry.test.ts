import { describe, expect, it } from 'vitest'
import { SLIDE_KINDS } from '#contract'
import { loadAllSlideDefinitions, loadSlideDefinition } from '@/components/present/slides/registry'

describe('the slide registry', () => {
  it('loads a definition of the asked kind, with a component, a loader and a description', async () => {
    const board = await loadSlideDefinition('board')
    expect(board.kind).toBe('board')
    expect(board.component).toBeTruthy()
    expect(typeof board.load).toBe('function')
    expect(typeof board.describe).toBe('function')
  })

  it('loads every kind once, keyed by kind', async () => {
    const all = await loadAllSlideDefinitions([...SLIDE_KINDS, 'overview'])
    expect([...all.keys()]).toEqual([...SLIDE_KINDS])
    for (const [kind, definition] of all) expect(definition.kind).toBe(kind)
  })
})
