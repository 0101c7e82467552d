/**
 * The whole API, one manifest per resource (issue 12 §1). The SPA imports the resource objects it
 * calls (tree-shaking leaves the rest out of its chunks); the server and the mock walk `apiManifest`.
 */
import { adminCalendarRoutes, adminEnterpriseRoutes, adminReferenceRoutes, adminUserRoutes } from './admin'
import { analyticsRoutes } from './analytics'
import { authRoutes } from './auth'
import { countyMapRoutes } from './countyMap'
import { enterpriseRoutes } from './enterprises'
import { listExportRoutes } from './exports'
import { displayLinkRoutes, playlistRoutes } from './present'
import { bottleneckRoutes, recommendationRoutes, visitRoutes } from './records'
import { referenceRoutes } from './reference'
import type { RouteDef } from './route'
import { systemRoutes } from './system'
import { workflowRoutes } from './workflow'

export * from './route'
export * from './admin'
export * from './analytics'
export * from './auth'
export * from './countyMap'
export * from './enterprises'
export * from './exports'
export * from './present'
export * from './records'
export * from './reference'
export * from './system'
export * from './workflow'

/** Every endpoint of the manifest, resource by resource. */
export const apiManifest: Readonly<Record<string, Readonly<Record<string, RouteDef>>>> = {
  auth: authRoutes,
  reference: referenceRoutes,
  visits: visitRoutes,
  bottlenecks: bottleneckRoutes,
  recommendations: recommendationRoutes,
  analytics: analyticsRoutes,
  workflow: workflowRoutes,
  system: systemRoutes,
  enterprises: enterpriseRoutes,
  countyMap: countyMapRoutes,
  listExports: listExportRoutes,
  playlists: playlistRoutes,
  displayLinks: displayLinkRoutes,
  adminUsers: adminUserRoutes,
  adminReference: adminReferenceRoutes,
  adminEnterprises: adminEnterpriseRoutes,
  adminCalendar: adminCalendarRoutes,
}

/** Every route of the manifest as a flat list. */
export function manifestRoutes(): RouteDef[] {
  return Object.values(apiManifest).flatMap(resource => Object.values(resource))
}
