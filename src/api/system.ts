import { systemRoutes, type VersionInfo } from '#contract'
import { call } from './call'

/** The release and database schema this installation runs (the account page shows them). */
export function fetchVersion(): Promise<VersionInfo> {
  return call(systemRoutes.version, {})
}
