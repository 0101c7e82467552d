/**
 * The mock's /api/admin routes, by their manifest entries (contract/routes/admin.ts): the
 * dispatcher refuses every role but admin with 403 before the body is read, then parses the input,
 * as the server does.
 */
import {
  adminCalendarRoutes as calendar,
  adminEnterpriseRoutes as enterprises,
  adminReferenceRoutes as reference,
  adminUserRoutes as users,
} from '#contract'
import { mockRoute, type ManifestRoute } from '../manifestRoute'
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
import { createUser, getUser, listUsers, patchUser, resetPassword } from './users'

/** The admin routes over `state`. */
export function createAdminRoutes(state: MockState): ManifestRoute[] {
  return [
    mockRoute(users.list, () => listUsers(state)),
    mockRoute(users.get, (_, { params }) => getUser(state, params.id)),
    mockRoute(users.create, (req, { body }) => createUser(state, req, body)),
    mockRoute(users.edit, (req, { params, body }) => patchUser(state, req, params.id, body)),
    mockRoute(users.resetPassword, (req, { params, body }) => resetPassword(state, req, params.id, body)),
    mockRoute(reference.chains, () => listChains(state)),
    mockRoute(reference.editChain, (req, { params, body }) => patchChain(state, req, params.id, body)),
    mockRoute(reference.createChain, (req, { body }) => createChain(state, req, body)),
    mockRoute(reference.chainRetirement, (req, { params, body }) => setChainRetirement(state, req, params.id, body)),
    mockRoute(reference.segmentRetirement, (req, { params, body }) => setSegmentRetirement(state, req, params, body)),
    mockRoute(reference.setup, () => getSetup(state)),
    mockRoute(reference.setupTemplate, () => getSetupTemplate()),
    mockRoute(reference.departments, () => listDepartments(state)),
    mockRoute(reference.createDepartment, (req, { body }) => createDepartment(state, req, body)),
    mockRoute(reference.editDepartment, (req, { params, body }) => patchDepartment(state, req, params.id, body)),
    mockRoute(enterprises.get, (_, { params }) => getEnterprise(state, params.id)),
    mockRoute(enterprises.create, (req, { body }) => createEnterprise(state, req, body)),
    mockRoute(enterprises.edit, (req, { params, body }) => patchEnterprise(state, req, params.id, body)),
    mockRoute(calendar.calendar, () => getCalendar(state)),
    mockRoute(calendar.saveYear, (req, { params, body }) => putCalendarYear(state, req, params.year, body)),
    mockRoute(calendar.timeLimits, () => getTimeLimits(state)),
    mockRoute(calendar.saveTimeLimits, (req, { body }) => putTimeLimits(state, req, body)),
  ]
}
