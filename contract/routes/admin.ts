/**
 * /api/admin: the admin screens' API, every route admin-only (any other role gets 403 before its
 * body is read). Each record answers with its version; an edit carries the version read and gets
 * 409 stale_version, with the record as it is now, when someone else saved first; checks that need
 * the stored data answer 400 validation_failed naming the fields.
 */
import { z } from 'zod'
import {
  adminCalendar,
  adminCalendarYear,
  adminChain,
  adminDepartment,
  adminEnterprise,
  adminTimeLimits,
  adminUser,
  adminUserList,
  calendarYearParam,
  calendarYearRequest,
  chainCreateRequest,
  chainPatchRequest,
  departmentCreateRequest,
  departmentPatchRequest,
  enterpriseCreateRequest,
  enterprisePatchRequest,
  passwordResetRequest,
  retirementRequest,
  segmentParams,
  timeLimitsRequest,
  userCreateRequest,
  userPatchRequest,
} from '../admin'
import { idParam } from '../queries'
import { setupStatus, setupTemplate } from '../setup'
import { route, type ErrorStatus, type RouteAccess } from './route'

const access: RouteAccess = ['admin']
const tag = 'admin'
/** A create: 400 on a bad body or a check against the stored data (a taken code, an unknown reference). */
const CREATE_ERRORS: readonly ErrorStatus[] = [400]
/** An edit of one record at its version. */
const EDIT_ERRORS: readonly ErrorStatus[] = [400, 404, 409]

/** Accounts: list, one, create, edit (role, scope, name, active), reset a password. */
export const adminUserRoutes = {
  list: route({
    method: 'GET',
    path: '/api/admin/users',
    status: 200,
    response: adminUserList,
    errors: [],
    access,
    tag,
  }),
  get: route({
    method: 'GET',
    path: '/api/admin/users/:id',
    params: idParam,
    status: 200,
    response: adminUser,
    errors: [400, 404],
    access,
    tag,
  }),
  create: route({
    method: 'POST',
    path: '/api/admin/users',
    body: userCreateRequest,
    status: 201,
    response: adminUser,
    errors: CREATE_ERRORS,
    access,
    tag,
  }),
  edit: route({
    method: 'PATCH',
    path: '/api/admin/users/:id',
    params: idParam,
    body: userPatchRequest,
    status: 200,
    response: adminUser,
    errors: EDIT_ERRORS,
    access,
    tag,
  }),
  resetPassword: route({
    method: 'POST',
    path: '/api/admin/users/:id/password',
    params: idParam,
    body: passwordResetRequest,
    status: 200,
    response: adminUser,
    errors: [400, 404],
    access,
    tag,
  }),
}

/** Chains and departments with their versions, their edits, retiring chains and segments, and the first-run set-up. */
export const adminReferenceRoutes = {
  chains: route({
    method: 'GET',
    path: '/api/admin/chains',
    status: 200,
    response: z.array(adminChain),
    errors: [],
    access,
    tag,
  }),
  editChain: route({
    method: 'PATCH',
    path: '/api/admin/chains/:id',
    params: idParam,
    body: chainPatchRequest,
    status: 200,
    response: adminChain,
    errors: EDIT_ERRORS,
    access,
    tag,
  }),
  createChain: route({
    method: 'POST',
    path: '/api/admin/chains',
    body: chainCreateRequest,
    status: 201,
    response: adminChain,
    errors: CREATE_ERRORS,
    access,
    tag,
  }),
  chainRetirement: route({
    method: 'POST',
    path: '/api/admin/chains/:id/retirement',
    params: idParam,
    body: retirementRequest,
    status: 200,
    response: adminChain,
    errors: EDIT_ERRORS,
    access,
    tag,
    description:
      'Retire a chain (retired: true), keeping its records, or bring it back into use; the last chain in use stays.',
  }),
  segmentRetirement: route({
    method: 'POST',
    path: '/api/admin/chains/:id/segments/:segmentId/retirement',
    params: segmentParams,
    body: retirementRequest,
    status: 200,
    response: adminChain,
    errors: EDIT_ERRORS,
    access,
    tag,
    description: "Retire a segment or bring it back, with the chain's version; a chain keeps one segment in use.",
  }),
  setup: route({
    method: 'GET',
    path: '/api/admin/setup',
    status: 200,
    response: setupStatus,
    errors: [],
    access,
    tag,
    description: 'How far the first-run set-up is, and the leader names still to correct.',
  }),
  setupTemplate: route({
    method: 'GET',
    path: '/api/admin/setup/template',
    status: 200,
    response: setupTemplate,
    errors: [],
    access,
    tag,
    description: "The Yanbian template: departments and chains with their segments, no people's names.",
  }),
  departments: route({
    method: 'GET',
    path: '/api/admin/departments',
    status: 200,
    response: z.array(adminDepartment),
    errors: [],
    access,
    tag,
  }),
  createDepartment: route({
    method: 'POST',
    path: '/api/admin/departments',
    body: departmentCreateRequest,
    status: 201,
    response: adminDepartment,
    errors: CREATE_ERRORS,
    access,
    tag,
  }),
  editDepartment: route({
    method: 'PATCH',
    path: '/api/admin/departments/:id',
    params: idParam,
    body: departmentPatchRequest,
    status: 200,
    response: adminDepartment,
    errors: EDIT_ERRORS,
    access,
    tag,
  }),
}

/** One enterprise with its version, create and edit (the list is GET /api/enterprises). */
export const adminEnterpriseRoutes = {
  get: route({
    method: 'GET',
    path: '/api/admin/enterprises/:id',
    params: idParam,
    status: 200,
    response: adminEnterprise,
    errors: [400, 404],
    access,
    tag,
  }),
  create: route({
    method: 'POST',
    path: '/api/admin/enterprises',
    body: enterpriseCreateRequest,
    status: 201,
    response: adminEnterprise,
    errors: CREATE_ERRORS,
    access,
    tag,
  }),
  edit: route({
    method: 'PATCH',
    path: '/api/admin/enterprises/:id',
    params: idParam,
    body: enterprisePatchRequest,
    status: 200,
    response: adminEnterprise,
    errors: EDIT_ERRORS,
    access,
    tag,
  }),
}

/** The working-day calendar per year and the time limits, each replaced whole at its version. */
export const adminCalendarRoutes = {
  calendar: route({
    method: 'GET',
    path: '/api/admin/calendar',
    status: 200,
    response: adminCalendar,
    errors: [],
    access,
    tag,
  }),
  saveYear: route({
    method: 'PUT',
    path: '/api/admin/calendar/:year',
    params: calendarYearParam,
    body: calendarYearRequest,
    status: 200,
    response: adminCalendarYear,
    errors: [400, 409],
    access,
    tag,
  }),
  timeLimits: route({
    method: 'GET',
    path: '/api/admin/time-limits',
    status: 200,
    response: adminTimeLimits,
    errors: [],
    access,
    tag,
  }),
  saveTimeLimits: route({
    method: 'PUT',
    path: '/api/admin/time-limits',
    body: timeLimitsRequest,
    status: 200,
    response: adminTimeLimits,
    errors: [400, 409],
    access,
    tag,
  }),
}
