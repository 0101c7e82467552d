import { describe, expect, it } from 'vitest'
import { mergeEnterpriseTimeline } from '@/components/enterprise/enterpriseTimeline'
import { bottleneckFixture, visitFixture } from '../../component/lists/fixtures'

describe('mergeEnterpriseTimeline', () => {
  it('merges visits and bottlenecks newest first, a visit below the bottlenecks raised that day', () => {
    const visits = [visitFixture(1, '2026-03-01'), visitFixture(2, '2026-05-10')]
    const bottlenecks = [
      bottleneckFixture(7, { raisedOn: '2026-05-10' }),
      bottleneckFixture(8, { raisedOn: '2026-04-02' }),
    ]
    const entries = mergeEnterpriseTimeline(visits, bottlenecks)
    expect(entries.map(e => `${e.kind}:${e.id}:${e.date}`)).toEqual([
      'bottleneck:7:2026-05-10',
      'visit:2:2026-05-10',
      'bottleneck:8:2026-04-02',
      'visit:1:2026-03-01',
    ])
  })

  it('is empty when the enterprise has no history', () => {
    expect(mergeEnterpriseTimeline([], [])).toEqual([])
  })
})
