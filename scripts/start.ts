/**
 * `npm start`: builds the SPA if needed, then runs the one server that serves dist/ and /api on
 * an embedded SQLite database (migrated and loaded with the demo world when empty).
 */
import { ensureBuilt } from './lib/build'

ensureBuilt()
await import('../server/server')
