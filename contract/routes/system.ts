/** About this installation: which release runs, on which schema, for the account page and for support. */
import { z } from 'zod'
import { route } from './route'

export const versionInfo = z.object({
  /** The release (package.json's version). */
  version: z.string(),
  /** 'live': our server; 'mock': the in-browser demo, which has no database. */
  mode: z.enum(['live', 'mock']),
  /** The last database migration applied (e.g. '016_open_on_day_index'); null in the mock. */
  schema: z.string().nullable(),
})
export type VersionInfo = z.infer<typeof versionInfo>

export const systemRoutes = {
  version: route({
    method: 'GET',
    path: '/api/version',
    status: 200,
    response: versionInfo,
    errors: [],
    access: 'signedIn',
    tag: 'system',
    description: 'The release and database schema this installation runs (signed in: it is not for anonymous probes).',
  }),
}
