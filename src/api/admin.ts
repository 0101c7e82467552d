/**
 * The admin screens' calls (/api/admin/*). Each returns the record as the server now holds it,
 * version included, checked against the contract; failures arrive as ApiError (fields on 400,
 * `stale_version` on 409).
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
  setupStatus,
  setupTemplate,
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
import { checkJson, getJson, http } from './http'
import { patchJson, postJson } from './writeRequest'

/** PUT a JSON body (calendar years and time limits are replaced whole). */
async function putJson<S extends z.ZodType>(url: string, body: unknown, schema: S): Promise<z.infer<S>> {
  const res = await http.put(url, body)
  return checkJson(url, schema, res.status, res.data)
}

/** Every account (never with a password hash). */
export async function fetchAdminUsers(): Promise<AdminUser[]> {
  return (await getJson('/api/admin/users', adminUserList)).items
}

/** Creates an account with its initial password. */
export function createAdminUser(body: UserCreateRequest): Promise<AdminUser> {
  return postJson('/api/admin/users', body, adminUser)
}

/** Edits name, role, scope or the active flag (false ends the user's sessions). */
export function patchAdminUser(id: number, body: UserPatchRequest): Promise<AdminUser> {
  return patchJson(`/api/admin/users/${id}`, body, adminUser)
}

/** Sets a new password for a user; their sessions end. */
export function resetAdminUserPassword(id: number, body: PasswordResetRequest): Promise<AdminUser> {
  return postJson(`/api/admin/users/${id}/password`, body, adminUser)
}

/** Every chain with its version. */
export function fetchAdminChains(): Promise<AdminChain[]> {
  return getJson('/api/admin/chains', z.array(adminChain))
}

/** Edits a chain's names, leaders, lead unit, segments or targets. */
export function patchAdminChain(id: number, body: ChainPatchRequest): Promise<AdminChain> {
  return patchJson(`/api/admin/chains/${id}`, body, adminChain)
}

/** Creates a chain (first-run set-up, or a new one later). */
export function createAdminChain(body: ChainCreateRequest): Promise<AdminChain> {
  return postJson('/api/admin/chains', body, adminChain)
}

/** Retires a chain (its records stay) or brings it back into use. */
export function setChainRetirement(id: number, body: RetirementRequest): Promise<AdminChain> {
  return postJson(`/api/admin/chains/${id}/retirement`, body, adminChain)
}

/** Retires one of a chain's segments or brings it back; answers the chain. */
export function setSegmentRetirement(chainId: number, segmentId: number, body: RetirementRequest): Promise<AdminChain> {
  return postJson(`/api/admin/chains/${chainId}/segments/${segmentId}/retirement`, body, adminChain)
}

/** How far the first-run set-up is, and the leader names still to correct. */
export function fetchSetupStatus(): Promise<SetupStatus> {
  return getJson('/api/admin/setup', setupStatus)
}

/** The Yanbian template to start from: departments and chains, no one's name. */
export function fetchSetupTemplate(): Promise<SetupTemplate> {
  return getJson('/api/admin/setup/template', setupTemplate)
}

/** Every department with its version. */
export function fetchAdminDepartments(): Promise<AdminDepartment[]> {
  return getJson('/api/admin/departments', z.array(adminDepartment))
}

/** Creates a department. */
export function createAdminDepartment(body: DepartmentCreateRequest): Promise<AdminDepartment> {
  return postJson('/api/admin/departments', body, adminDepartment)
}

/** Edits a department's names or verticallyManaged flag. */
export function patchAdminDepartment(id: number, body: DepartmentPatchRequest): Promise<AdminDepartment> {
  return patchJson(`/api/admin/departments/${id}`, body, adminDepartment)
}

/** One enterprise with its version (the list is fetchEnterprises). */
export function fetchAdminEnterprise(id: number): Promise<AdminEnterprise> {
  return getJson(`/api/admin/enterprises/${id}`, adminEnterprise)
}

/** Creates an enterprise. */
export function createAdminEnterprise(body: EnterpriseCreateRequest): Promise<AdminEnterprise> {
  return postJson('/api/admin/enterprises', body, adminEnterprise)
}

/** Edits an enterprise. */
export function patchAdminEnterprise(id: number, body: EnterprisePatchRequest): Promise<AdminEnterprise> {
  return patchJson(`/api/admin/enterprises/${id}`, body, adminEnterprise)
}

/** Every calendar year in force, shipped or edited. */
export async function fetchAdminCalendar(): Promise<AdminCalendarYear[]> {
  return (await getJson('/api/admin/calendar', adminCalendar)).years
}

/** Saves one year's holidays, make-up working days and official flag. */
export function saveAdminCalendarYear(year: number, body: CalendarYearRequest): Promise<AdminCalendarYear> {
  return putJson(`/api/admin/calendar/${year}`, body, adminCalendarYear)
}

/** The time limits in force. */
export function fetchAdminTimeLimits(): Promise<AdminTimeLimits> {
  return getJson('/api/admin/time-limits', adminTimeLimits)
}

/** Saves the time limits. */
export function saveAdminTimeLimits(body: TimeLimitsRequest): Promise<AdminTimeLimits> {
  return putJson('/api/admin/time-limits', body, adminTimeLimits)
}
