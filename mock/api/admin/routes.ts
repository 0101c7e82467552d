/** The mock's /api/admin routes, each refused with 403 for every role but admin before its body is read. */
import type { MockResponse, SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { createEnterprise, getEnterprise, patchEnterprise } from './enterprises'
import {
  createChain,
  createDepartment,
  getSetup,
  getSetupTemplate,
  listChains,
  listDepartments,
  patchChain,
  patchDepartment,
  setChainRetirement,
  setSegmentRetirement,
} from './reference'
import { getCalendar, getTimeLimits, putCalendarYear, putTimeLimits } from './calendar'
import { notAdmin } from './respond'
import { createUser, getUser, listUsers, patchUser, resetPassword } from './users'

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT'
  path: string
  handle(req: SignedInRequest, params: Record<string, string>): MockResponse
}

type Handler = (state: MockState, req: SignedInRequest, params: Record<string, string>) => MockResponse

/** The admin routes over `state`. */
export function createAdminRoutes(state: MockState): AdminRoute[] {
  const table: [AdminRoute['method'], string, Handler][] = [
    ['GET', '/api/admin/users', s => listUsers(s)],
    ['GET', '/api/admin/users/:id', getUser],
    ['POST', '/api/admin/users', createUser],
    ['PATCH', '/api/admin/users/:id', patchUser],
    ['POST', '/api/admin/users/:id/password', resetPassword],
    ['GET', '/api/admin/chains', s => listChains(s)],
    ['PATCH', '/api/admin/chains/:id', patchChain],
    ['POST', '/api/admin/chains', createChain],
    ['POST', '/api/admin/chains/:id/retirement', setChainRetirement],
    ['POST', '/api/admin/chains/:id/segments/:segmentId/retirement', setSegmentRetirement],
    ['GET', '/api/admin/setup', s => getSetup(s)],
    ['GET', '/api/admin/setup/template', () => getSetupTemplate()],
    ['GET', '/api/admin/departments', s => listDepartments(s)],
    ['POST', '/api/admin/departments', createDepartment],
    ['PATCH', '/api/admin/departments/:id', patchDepartment],
    ['GET', '/api/admin/enterprises/:id', getEnterprise],
    ['POST', '/api/admin/enterprises', createEnterprise],
    ['PATCH', '/api/admin/enterprises/:id', patchEnterprise],
    ['GET', '/api/admin/calendar', s => getCalendar(s)],
    ['PUT', '/api/admin/calendar/:year', putCalendarYear],
    ['GET', '/api/admin/time-limits', s => getTimeLimits(s)],
    ['PUT', '/api/admin/time-limits', (s, req) => putTimeLimits(s, req)],
  ]
  return table.map(([method, path, handle]) => ({
    method,
    path,
    handle: (req, params) => (req.user.role === 'admin' ? handle(state, req, params) : notAdmin()),
  }))
}
