import { describe, expect, it } from 'vitest'
import { chainCreateRequest, type SetupTemplateChain } from '#contract'
import { blankChainDraft, chainCreateOf, chainDraftFromTemplate } from '@/components/admin/chainCreateDraft'

const name = (zh: string) => ({ zh, ko: `${zh}ko`, en: `${zh}en` })
const template: SetupTemplateChain = {
  code: 'tourism',
  name: name('旅游'),
  tags: [{ code: 'night', name: name('夜间经济') }],
  cppccLeaders: [
    { name: '', title: name('副主席') },
    { name: '', title: name('主任') },
  ],
  govCoLeader: { name: '', title: name('副州长') },
  leadUnit: name('州文广旅局'),
  leadDepartmentCode: 'culture_tourism',
  segments: [
    { tier: 'upstream', name: name('景区') },
    { tier: 'downstream', name: name('夜市') },
  ],
}

describe("the set-up's new chain", () => {
  it("from the template: its names, tags, segments and posts, no names, and the lead agency by the department's code", () => {
    const draft = chainDraftFromTemplate(template, [{ id: 9, code: 'culture_tourism' }])
    expect(draft).toMatchObject({ template: 'tourism', code: 'tourism', leadDepartmentId: 9 })
    const body = chainCreateOf(draft)
    const parsed = chainCreateRequest.safeParse(body)
    expect(parsed.success).toBe(true)
    expect(body).toMatchObject({
      cppccLeaders: [{ name: '' }, { name: '' }],
      govCoLeader: { name: '' },
      segments: [
        { tier: 'upstream', name: name('景区') },
        { tier: 'downstream', name: name('夜市') },
      ],
    })
    // The form edits a copy: the template stays as served.
    draft.name.zh = '改名'
    draft.segments[0]!.name.zh = '口岸'
    expect(template.name.zh).toBe('旅游')
    expect(template.segments[0]!.name.zh).toBe('景区')
  })

  it('without the department in place, the lead agency is left for the admin and the schema names it', () => {
    const draft = chainDraftFromTemplate(template, [])
    expect(draft.leadDepartmentId).toBeNull()
    const parsed = chainCreateRequest.safeParse(chainCreateOf(draft))
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map(i => i.path.join('.'))).toEqual(['leadDepartmentId'])
  })

  it('blank: every field to fill, each named by the schema', () => {
    const parsed = chainCreateRequest.safeParse(chainCreateOf(blankChainDraft()))
    expect(parsed.success).toBe(false)
    expect(new Set(parsed.error!.issues.map(i => i.path.join('.')))).toEqual(
      new Set([
        'code',
        'name.zh',
        'name.ko',
        'name.en',
        'cppccLeaders.0.title.zh',
        'cppccLeaders.0.title.ko',
        'cppccLeaders.0.title.en',
        'govCoLeader.title.zh',
        'govCoLeader.title.ko',
        'govCoLeader.title.en',
        'leadDepartmentId',
        'segments.0.name.zh',
        'segments.0.name.ko',
        'segments.0.name.en',
      ]),
    )
  })
})
