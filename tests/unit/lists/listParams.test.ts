import { describe, expect, it } from 'vitest'
import { bottleneckListQuery } from '#contract'
import { toListParams } from '@/api/listParams'

describe('toListParams', () => {
  it('writes arrays as comma lists and booleans as words, dropping empties', () => {
    expect(
      toListParams({
        page: 2,
        status: ['assigned', 'in_progress'],
        overdue: true,
        q: '',
        category: [],
        county: undefined,
      }),
    ).toEqual({ page: 2, status: 'assigned,in_progress', overdue: 'true' })
  })

  it('produces parameters the contract schema accepts back unchanged', () => {
    const query = {
      page: 3,
      pageSize: 50,
      status: ['escalated' as const],
      overdue: true,
      sort: '-resolveBy',
      chainId: 2,
    }
    const parsed = bottleneckListQuery.parse(toListParams(query))
    expect(parsed).toMatchObject(query)
  })
})
