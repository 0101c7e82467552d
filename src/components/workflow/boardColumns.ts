/**
 * The bottleneck board's columns and where a card may go. A card moves only along the
 * lifecycle: the columns it may be dropped on are the states that an action the user may take
 * leads to (contract/lifecycles.ts). Pure, so it is tested without a DOM.
 */
import { nextBottleneckState, type Bottleneck, type BottleneckAction, type BottleneckState } from '#contract'

/** Columns shown as lists of cards: open work and resolved items awaiting review. */
export const BOARD_COLUMNS: readonly BottleneckState[] = [
  'submitted',
  'accepted',
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
  'resolved',
]
/** Final (or near-final) states shown only as a count, still usable as drop targets. */
export const COLLAPSED_COLUMNS: readonly BottleneckState[] = ['closed', 'rejected']

/** The actions (among those the user may take) that move the card to another column, in table order. */
export function moveActions(
  allowed: readonly BottleneckAction[],
  b: Pick<Bottleneck, 'status' | 'extensionPending'>,
): BottleneckAction[] {
  return allowed.filter(a => {
    const next = nextBottleneckState(b.status, a, b.extensionPending)
    return next !== null && next !== b.status
  })
}

/** Each column the card may be dropped on, with the actions that lead there (often one, sometimes several). */
export function dropTargets(
  allowed: readonly BottleneckAction[],
  b: Pick<Bottleneck, 'status' | 'extensionPending'>,
): Map<BottleneckState, BottleneckAction[]> {
  const targets = new Map<BottleneckState, BottleneckAction[]>()
  for (const action of moveActions(allowed, b)) {
    const to = nextBottleneckState(b.status, action, b.extensionPending)!
    targets.set(to, [...(targets.get(to) ?? []), action])
  }
  return targets
}

/** The state an action leads to from the card's state (null when illegal). */
export function targetOf(
  action: BottleneckAction,
  b: Pick<Bottleneck, 'status' | 'extensionPending'>,
): BottleneckState | null {
  return nextBottleneckState(b.status, action, b.extensionPending)
}
