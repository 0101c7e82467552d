import { describe, expect, it } from 'vitest'
import { auditChanges, auditValueText } from '@/components/workflow/auditChanges'

describe('audit changes', () => {
  it('lists only the fields that changed, without version bumps or the timeline', () => {
    const before = { status: 'submitted', title: 'A', version: 1, events: [1], leadDepartmentId: null }
    const after = { status: 'assigned', title: 'A', version: 2, events: [1, 2], leadDepartmentId: 3 }
    expect(auditChanges(before, after)).toEqual([
      { key: 'status', before: 'submitted', after: 'assigned' },
      { key: 'leadDepartmentId', before: null, after: 3 },
    ])
  })

  it("reads a create as the new record's filled-in fields, without defaults or its id", () => {
    const created = {
      id: 417,
      title: '新',
      description: '',
      coDepartmentIds: [],
      status: 'submitted',
      reopenCount: 0,
      extensionPending: false,
    }
    expect(auditChanges(null, created).map(c => c.key)).toEqual(['title', 'status'])
  })

  it('compares lists by content, not identity', () => {
    expect(auditChanges({ coDepartmentIds: [1, 2] }, { coDepartmentIds: [1, 2] })).toEqual([])
  })

  it('writes values in a few words', () => {
    expect(auditValueText(null)).toBe('—')
    expect(auditValueText([1, 2], '、')).toBe('1、2')
    expect(auditValueText([{ id: 1 }, { id: 2 }])).toBe('[2]')
    expect(auditValueText(false)).toBe('false')
  })
})
