import { describe, expect, it } from 'vitest'
import { describeEventData, type EventDataHelpers } from '@/components/bottleneck/eventData'
import type { MessageKey } from '@/locales/messageKeys'

const LABELS: Record<string, string> = {
  'lists.eventData.leadDepartmentId': 'Lead department',
  'lists.eventData.coDepartmentIds': 'Co-departments',
  'lists.eventData.resolveBy': 'Resolve by',
  'lists.eventData.assignedVia': 'Assigned',
  'lists.eventData.reason': 'Reason',
  'lists.enums.assignedVia.co_leader': 'Through the co-leader',
  'lists.timeline.none': 'None',
  'lists.sep': ', ',
}
const helpers: EventDataHelpers = {
  t: key => LABELS[key] ?? key,
  te: (key): key is MessageKey => key in LABELS,
  date: d => `D(${d})`,
  departmentName: id => `Dept${id}`,
  categoryName: c => `Cat(${c})`,
}

describe('describeEventData', () => {
  it('names departments, formats dates and translates enum values of an assignment', () => {
    const lines = describeEventData(
      { leadDepartmentId: 3, coDepartmentIds: [4, 5], assignedVia: 'co_leader', resolveBy: '2026-09-12' },
      null,
      helpers,
    )
    expect(lines).toEqual([
      { key: 'leadDepartmentId', label: 'Lead department', value: 'Dept3' },
      { key: 'coDepartmentIds', label: 'Co-departments', value: 'Dept4, Dept5' },
      { key: 'assignedVia', label: 'Assigned', value: 'Through the co-leader' },
      { key: 'resolveBy', label: 'Resolve by', value: 'D(2026-09-12)' },
    ])
  })

  it('says "none" for an empty department list and shows unknown keys raw', () => {
    const lines = describeEventData({ coDepartmentIds: [], ticket: 42 }, null, helpers)
    expect(lines).toEqual([
      { key: 'coDepartmentIds', label: 'Co-departments', value: 'None' },
      { key: 'ticket', label: 'ticket', value: '42' },
    ])
  })

  it('leaves out a reason that repeats the comment but keeps a different one', () => {
    expect(describeEventData({ reason: 'same words' }, 'same words', helpers)).toEqual([])
    expect(describeEventData({ reason: 'other words' }, 'same words', helpers)).toEqual([
      { key: 'reason', label: 'Reason', value: 'other words' },
    ])
  })
})
