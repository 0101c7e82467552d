import type { BottleneckEventView, BottleneckView, Paged, Visit } from '#contract'

/** A bottleneck that was assigned, acknowledged, extended and is now in progress. */
export const EVENTS: BottleneckEventView[] = [
  { id: 11, action: 'raise', fromStatus: null, toStatus: 'submitted', at: '2026-09-01T02:00:00Z', actorId: 5, actorName: '金明哲', actorRole: 'liaison', actorDepartmentId: null, comment: null, data: { category: 'financing' } },
  { id: 12, action: 'accept', fromStatus: 'submitted', toStatus: 'accepted', at: '2026-09-02T02:00:00Z', actorId: 2, actorName: '李链长', actorRole: 'leader', actorDepartmentId: null, comment: null, data: {} },
  { id: 13, action: 'assign', fromStatus: 'accepted', toStatus: 'assigned', at: '2026-09-03T02:00:00Z', actorId: 2, actorName: '李链长', actorRole: 'leader', actorDepartmentId: null, comment: null, data: { leadDepartmentId: 1, coDepartmentIds: [2], assignedVia: 'co_leader', acknowledgeBy: '2026-09-05', resolveBy: '2026-09-12' } },
  { id: 14, action: 'acknowledge', fromStatus: 'assigned', toStatus: 'in_progress', at: '2026-09-04T02:00:00Z', actorId: 9, actorName: '张科长', actorRole: 'department', actorDepartmentId: 1, comment: null, data: {} },
  { id: 15, action: 'request_extension', fromStatus: 'in_progress', toStatus: 'in_progress', at: '2026-09-10T02:00:00Z', actorId: 9, actorName: '张科长', actorRole: 'department', actorDepartmentId: 1, comment: '需协调省级部门', data: { newResolveBy: '2026-09-26', reason: '需协调省级部门' } },
]

export function bottleneckFixture(id: number, overrides: Partial<BottleneckView> = {}): BottleneckView {
  return {
    id,
    code: `BN-2026-${String(id).padStart(4, '0')}`,
    chainId: 1,
    enterpriseId: 100 + id,
    county: 'yanji',
    visitId: null,
    category: 'financing',
    title: `流动资金贷款难 ${id}`,
    description: '企业反映流动资金贷款审批周期长。',
    status: 'in_progress',
    leadDepartmentId: 1,
    coDepartmentIds: [2],
    assignedVia: 'co_leader',
    coordination: false,
    raisedAt: '2026-09-01T02:00:00Z',
    raisedOn: '2026-09-01',
    assignedOn: '2026-09-03',
    acknowledgeBy: '2026-09-05',
    acknowledgedOn: '2026-09-04',
    resolveBy: '2026-09-26',
    originalResolveBy: '2026-09-12',
    extensionPending: false,
    extended: true,
    resolvedOn: null,
    closedOn: null,
    resolutionType: null,
    satisfaction: null,
    reopenCount: 0,
    warning: 'red',
    version: 3,
    events: EVENTS,
    turn: { waitingOn: [{ action: 'resolve', actor: 'department_lead', departmentId: 1, people: [{ id: 9, name: '张科长' }] }], orphaned: false },
    ...overrides,
  }
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20): Paged<T> {
  return { items, total, page, pageSize }
}

export function visitFixture(id: number, date: string): Visit {
  return {
    id, code: `V-${id}`, type: 'visit', date, chainId: 1, enterpriseIds: [101], participants: ['李链长'],
    summary: `走访纪要 ${id}`, outcomes: [], bottleneckIds: [], recordedBy: 2, recordedAt: `${date}T08:00:00Z`, version: 1,
  }
}
