/**
 * A new bottleneck record in `submitted` with its `raise` event: shared by raising on its own and
 * raising inline in a visit, so both create identical records.
 */
import { raisedLifecycleFields } from '../bottleneckHistory'
import type { BottleneckDetail, Enterprise } from '../entities'
import type { BottleneckDraft } from '../writes'
import type { CommandContext } from './context'

/** Builds the record. Ids are drawn in a fixed order (bottleneck, code, event) so stores agree. */
export function newBottleneck(
  ctx: CommandContext,
  chainId: number,
  visitId: number | null,
  enterprise: Enterprise,
  draft: BottleneckDraft,
): BottleneckDetail {
  const id = ctx.ids.next('bottleneck')
  const code = ctx.ids.code('bottleneck', ctx.today)
  const eventId = ctx.ids.next('event')
  return {
    id,
    code,
    chainId,
    enterpriseId: enterprise.id,
    county: enterprise.county,
    visitId,
    category: draft.category,
    title: draft.title,
    description: draft.description,
    ...raisedLifecycleFields('submitted', ctx.now, 1),
    // A raise is dated on the business day, which a pinned clock may set apart from the instant.
    raisedOn: ctx.today,
    events: [
      {
        id: eventId,
        action: 'raise',
        fromStatus: null,
        toStatus: 'submitted',
        at: ctx.now,
        actorId: ctx.actor.id,
        actorName: ctx.actor.displayName,
        comment: null,
        // As the demo world's raise events: the category the item was raised under.
        data: { category: draft.category },
      },
    ],
  }
}
