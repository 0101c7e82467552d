import { describe, expect, it } from 'vitest'
import { chainPatchRequest, type AdminChain } from '#contract'
import { chainDraftOf, chainPatchOf } from '@/components/admin/chainDraft'

const name = (zh: string) => ({ zh, ko: `${zh}ko`, en: `${zh}en` })
const chain: AdminChain = {
  id: 1,
  code: 'tourism',
  name: name('旅游'),
  tags: [],
  cppccLeaders: [{ name: '金', title: name('主席') }],
  govCoLeader: { name: '李', title: name('副州长') },
  leadUnit: name('文旅局'),
  segments: [
    { id: 11, tier: 'upstream', name: name('景区') },
    { id: 12, tier: 'downstream', name: name('酒店') },
  ],
  targets: [{ year: 2026, visits: 10, bottlenecksResolved: 2, ordersWonCny: 1000 }],
  enterpriseCount: 3,
  version: 4,
}

describe("the chain form's draft", () => {
  it('edits a copy: the loaded chain stays as it was', () => {
    const draft = chainDraftOf(chain)
    draft.name.zh = '改名'
    draft.segments[0]!.name.zh = '口岸'
    expect(chain.name.zh).toBe('旅游')
    expect(chain.segments[0]!.name.zh).toBe('景区')
  })

  it('becomes a PATCH the contract accepts, stored segments by id and new ones without', () => {
    const draft = chainDraftOf(chain)
    draft.segments = [draft.segments[1]!, draft.segments[0]!, { key: 'new-1', tier: 'midstream', name: name('线路') }]
    const body = chainPatchOf(chain.version, draft)
    expect(chainPatchRequest.safeParse(body).success).toBe(true)
    expect(body.version).toBe(4)
    expect(body.segments).toEqual([
      { id: 12, tier: 'downstream', name: name('酒店') },
      { id: 11, tier: 'upstream', name: name('景区') },
      { tier: 'midstream', name: name('线路') },
    ])
  })

  it('links the lead agency to a department, or names it alone; keeps a retired segment marked but sends no retirement', () => {
    const linked = chainDraftOf({
      ...chain,
      leadDepartmentId: 4,
      segments: [{ ...chain.segments[0]!, retiredOn: '2026-01-05' }, chain.segments[1]!],
    })
    expect(linked.leadDepartmentId).toBe(4)
    expect(linked.segments[0]!.retiredOn).toBe('2026-01-05')
    const body = chainPatchOf(chain.version, linked)
    expect(chainPatchRequest.safeParse(body).success).toBe(true)
    expect(body).toMatchObject({ leadDepartmentId: 4 })
    expect(body).not.toHaveProperty('leadUnit')
    expect(body.segments![0]).toEqual({ id: 11, tier: 'upstream', name: name('景区') })
    const named = chainPatchOf(chain.version, { ...linked, leadDepartmentId: null })
    expect(named).toMatchObject({ leadDepartmentId: null, leadUnit: name('文旅局') })
  })
})
