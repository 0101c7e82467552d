/**
 * The admin screens' calls (/api/admin/*, contract/routes/admin.ts). Each returns the record as the
 * server now holds it, version included, checked against the contract; failures arrive as ApiError
 * (fields on 400, `stale_version` on 409).
 */
import {
  adminCalendarRoutes,
  adminEnterpriseRoutes,
  adminReferenceRoutes,
  adminUserRoutes,
  type AdminCalendarYear,
  type AdminChain,
  type AdminDepartment,
  type AdminEnterprise,
  type AdminTimeLimits,
  type AdminUser,
  type CalendarYearRequest,
  type ChainCreateRequest,
  type ChainPatchRequest,
  type DepartmentCreateRequest,
  type DepartmentPatchRequest,
  type RetirementRequest,
  type SetupStatus,
  type SetupTemplate,
  type EnterpriseCreateRequest,
  type EnterprisePatchRequest,
  type PasswordResetRequest,
  type TimeLimitsRequest,
  type UserCreateRequest,
  type UserPatchRequest,
} from '#contract'
import { call } from './call'

/** Every account (never with a password hash). */
export async function fetchAdminUsers(): Promise<AdminUser[]> {
  return (await call(adminUserRoutes.list, {})).items
}

/** Creates an account with its initial password. */
export function createAdminUser(body: UserCreateRequest): Promise<AdminUser> {
  return call(adminUserRoutes.create, { body })
}

/** Edits name, role, scope or the active flag (false ends the user's sessions). */
export function patchAdminUser(id: number, body: UserPatchRequest): Promise<AdminUser> {
  return call(adminUserRoutes.edit, { params: { id }, body })
}

/** Sets a new password for a user; their sessions end. */
export function resetAdminUserPassword(id: number, body: PasswordResetRequest): Promise<AdminUser> {
  return call(adminUserRoutes.resetPassword, { params: { id }, body })
}

/** Every chain with its version. */
export function fetchAdminChains(): Promise<AdminChain[]> {
  return call(adminReferenceRoutes.chains, {})
}

/** Edits a chain's names, leaders, lead unit, segments or targets. */
export function patchAdminChain(id: number, body: ChainPatchRequest): Promise<AdminChain> {
  return call(adminReferenceRoutes.editChain, { params: { id }, body })
}

/** Creates a chain (first-run set-up, or a new one later). */
export function createAdminChain(body: ChainCreateRequest): Promise<AdminChain> {
  return call(adminReferenceRoutes.createChain, { body })
}

/** Retires a chain (its records stay) or brings it back into use. */
export function setChainRetirement(id: number, body: RetirementRequest): Promise<AdminChain> {
  return call(adminReferenceRoutes.chainRetirement, { params: { id }, body })
}

/** Retires one of a chain's segments or brings it back; answers the chain. */
export function setSegmentRetirement(chainId: number, segmentId: number, body: RetirementRequest): Promise<AdminChain> {
  return call(adminReferenceRoutes.segmentRetirement, { params: { id: chainId, segmentId }, body })
}

/** How far the first-run set-up is, and the leader names still to correct. */
export function fetchSetupStatus(): Promise<SetupStatus> {
  return call(adminReferenceRoutes.setup, {})
}

/** The Yanbian template to start from: departments and chains, no one's name. */
export function fetchSetupTemplate(): Promise<SetupTemplate> {
  return call(adminReferenceRoutes.setupTemplate, {})
}

/** Every department with its version. */
export function fetchAdminDepartments(): Promise<AdminDepartment[]> {
  return call(adminReferenceRoutes.departments, {})
}

/** Creates a department. */
export function createAdminDepartment(body: DepartmentCreateRequest): Promise<AdminDepartment> {
  return call(adminReferenceRoutes.createDepartment, { body })
}

/** Edits a department's names or verticallyManaged flag. */
export function patchAdminDepartment(id: number, body: DepartmentPatchRequest): Promise<AdminDepartment> {
  return call(adminReferenceRoutes.editDepartment, { params: { id }, body })
}

/** One enterprise with its version (the list is fetchEnterprises). */
export function fetchAdminEnterprise(id: number): Promise<AdminEnterprise> {
  return call(adminEnterpriseRoutes.get, { params: { id } })
}

/** Creates an enterprise. */
export function createAdminEnterprise(body: EnterpriseCreateRequest): Promise<AdminEnterprise> {
  return call(adminEnterpriseRoutes.create, { body })
}

/** Edits an enterprise. */
export function patchAdminEnterprise(id: number, body: EnterprisePatchRequest): Promise<AdminEnterprise> {
  return call(adminEnterpriseRoutes.edit, { params: { id }, body })
}

/** Every calendar year in force, shipped or edited. */
export async function fetchAdminCalendar(): Promise<AdminCalendarYear[]> {
  return (await call(adminCalendarRoutes.calendar, {})).years
}

/** Saves one year's holidays, make-up working days and official flag (the year is replaced whole). */
export function saveAdminCalendarYear(year: number, body: CalendarYearRequest): Promise<AdminCalendarYear> {
  return call(adminCalendarRoutes.saveYear, { params: { year }, body })
}

/** The time limits in force. */
export function fetchAdminTimeLimits(): Promise<AdminTimeLimits> {
  return call(adminCalendarRoutes.timeLimits, {})
}

/** Saves the time limits (replaced whole). */
export function saveAdminTimeLimits(body: TimeLimitsRequest): Promise<AdminTimeLimits> {
  return call(adminCalendarRoutes.saveTimeLimits, { body })
}
