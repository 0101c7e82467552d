import { describe, expect, it } from 'vitest'
import { groupBottlenecks, groupRecommendations } from '@/components/workflow/queueGroups'
import { bottleneck, recommendation } from './fixtures'

describe('my queue groups', () => {
  it('puts what a department must acknowledge first, then its work due soonest first', () => {
    const groups = groupBottlenecks('department', [
      bottleneck(1, 'in_progress', { resolveBy: '2026-10-20' }),
      bottleneck(2, 'assigned', { acknowledgeBy: '2026-09-30' }),
      bottleneck(3, 'in_progress', { resolveBy: '2026-10-02' }),
      bottleneck(4, 'assigned', { acknowledgeBy: '2026-09-25' }),
    ])
    expect(groups.map(g => g.key)).toEqual(['to_acknowledge', 'in_progress'])
    expect(groups[0]!.items.map(b => b.id)).toEqual([4, 2])
    expect(groups[1]!.items.map(b => b.id)).toEqual([3, 1])
  })

  it("orders a leader's decisions: accept, assign, disputes, escalations, extension requests, reviews", () => {
    const groups = groupBottlenecks('leader', [
      bottleneck(1, 'resolved'),
      bottleneck(2, 'in_progress', { extensionPending: true }),
      bottleneck(3, 'escalated'),
      bottleneck(4, 'disputed'),
      bottleneck(5, 'accepted'),
      bottleneck(6, 'submitted'),
    ])
    expect(groups.map(g => g.key)).toEqual([
      'to_accept',
      'to_assign',
      'disputed',
      'escalated',
      'extension',
      'to_review',
    ])
  })

  it('shows a liaison what waits on a rating first', () => {
    const groups = groupBottlenecks('liaison', [bottleneck(1, 'in_progress'), bottleneck(2, 'resolved')])
    expect(groups.map(g => g.key)).toEqual(['to_rate', 'in_progress'])
  })

  it('has no "other" group: a closed or rejected item waits on no one and is never grouped', () => {
    expect(groupBottlenecks('leader', [bottleneck(1, 'closed'), bottleneck(2, 'rejected')])).toEqual([])
  })

  it("shows a group the role does not expect after its own rather than losing it (the admin's orphans span every step)", () => {
    const groups = groupBottlenecks('department', [bottleneck(1, 'submitted'), bottleneck(2, 'assigned')])
    expect(groups.map(g => g.key)).toEqual(['to_acknowledge', 'to_accept'])
    expect(
      groupBottlenecks('admin', [bottleneck(3, 'resolved'), bottleneck(4, 'assigned'), bottleneck(5, 'submitted')]).map(
        g => g.key,
      ),
    ).toEqual(['to_accept', 'to_acknowledge', 'to_review'])
  })

  it('gives a viewer no groups', () => {
    expect(groupBottlenecks('viewer', [bottleneck(1, 'submitted')])).toEqual([])
  })

  it('groups recommendations by the step they wait for, longest waiting first', () => {
    const groups = groupRecommendations([
      recommendation(1, 'submitted', '2026-09-10'),
      recommendation(2, 'submitted', '2026-08-01'),
      recommendation(3, 'draft', '2026-09-01'),
      recommendation(4, 'implemented', '2026-09-01'),
    ])
    expect(groups.map(g => [g.key, g.items.map(r => r.id)])).toEqual([
      ['to_submit', [3]],
      ['to_instruct', [2, 1]],
    ])
  })
})
