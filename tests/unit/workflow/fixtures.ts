import type { Bottleneck, Recommendation } from '#contract'

/** A bottleneck record in `status`, with deadlines that fit an assigned item. */
export function bottleneck(id: number, status: Bottleneck['status'], overrides: Partial<Bottleneck> = {}): Bottleneck {
  return {
    id,
    code: `BN-${id}`,
    chainId: 1,
    enterpriseId: 100 + id,
    county: 'yanji',
    visitId: null,
    category: 'financing',
    title: `问题 ${id}`,
    description: '',
    status,
    leadDepartmentId: 3,
    coDepartmentIds: [],
    assignedVia: 'co_leader',
    coordination: false,
    raisedAt: '2026-09-01T02:00:00Z',
    raisedOn: '2026-09-01',
    assignedOn: '2026-09-02',
    acknowledgeBy: '2026-09-04',
    acknowledgedOn: null,
    resolveBy: '2026-09-11',
    originalResolveBy: '2026-09-11',
    extensionPending: false,
    extended: false,
    resolvedOn: null,
    closedOn: null,
    resolutionType: null,
    satisfaction: null,
    reopenCount: 0,
    warning: 'none',
    version: 1,
    ...overrides,
  }
}

/** A recommendation in `status` since `statusSince`. */
export function recommendation(id: number, status: Recommendation['status'], statusSince: string): Recommendation {
  return {
    id,
    code: `R-${id}`,
    title: `建议 ${id}`,
    body: '',
    chainIds: [1],
    basis: { visitIds: [], bottleneckIds: [], research: null },
    submittedTo: 'party_committee',
    status,
    createdBy: 2,
    createdOn: '2026-01-05',
    submittedOn: null,
    firstInstructedOn: null,
    forwardedOn: null,
    implementingOn: null,
    implementedOn: null,
    notAdoptedOn: null,
    notAdoptedReason: null,
    statusSince,
    version: 1,
  }
}
