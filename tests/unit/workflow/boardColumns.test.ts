import { describe, expect, it } from 'vitest'
import { BOTTLENECK_ACTIONS, type BottleneckAction } from '#contract'
import { BOARD_COLUMNS, COLLAPSED_COLUMNS, dropTargets, moveActions } from '@/components/workflow/boardColumns'
import { bottleneck } from './fixtures'

const EVERY: BottleneckAction[] = [...BOTTLENECK_ACTIONS]

describe('board columns', () => {
  it('shows every state once: open work as columns, closed and rejected counted', () => {
    expect(new Set([...BOARD_COLUMNS, ...COLLAPSED_COLUMNS]).size).toBe(9)
    expect(COLLAPSED_COLUMNS).toEqual(['closed', 'rejected'])
  })

  it('lets a submitted card go only to accepted or rejected, even for someone allowed everything', () => {
    const targets = dropTargets(EVERY, bottleneck(1, 'submitted'))
    expect([...targets.keys()].sort()).toEqual(['accepted', 'rejected'])
    expect(targets.get('accepted')).toEqual(['accept'])
  })

  it('offers no column for actions that keep the state (notes, extensions)', () => {
    const b = bottleneck(1, 'in_progress', { extensionPending: true })
    expect(moveActions(EVERY, b)).toEqual(['escalate', 'resolve'])
  })

  it('groups the actions that lead to one column: both good ratings and closing unrated close a resolved item', () => {
    const targets = dropTargets(EVERY, bottleneck(1, 'resolved'))
    expect(targets.get('closed')).toEqual(['rate_satisfied', 'rate_basically_satisfied', 'close_unrated'])
    expect(targets.get('in_progress')).toEqual(['return', 'rate_dissatisfied'])
  })

  it('follows only the actions the user holds: a department with acknowledge may move an assigned card to in progress, nowhere else', () => {
    expect([...dropTargets(['acknowledge', 'dispute'], bottleneck(1, 'assigned')).keys()]).toEqual([
      'in_progress',
      'disputed',
    ])
    expect(dropTargets(['acknowledge'], bottleneck(1, 'assigned')).has('disputed')).toBe(false)
  })

  it('gives a viewer (no actions) no drop target at all', () => {
    expect(dropTargets([], bottleneck(1, 'submitted')).size).toBe(0)
  })

  it('ignores an action that is not legal from the state, whatever the user is allowed', () => {
    expect(moveActions(['accept', 'resolve'], bottleneck(1, 'closed'))).toEqual([])
  })
})
