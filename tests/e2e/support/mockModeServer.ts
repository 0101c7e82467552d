/**
 * The same production build switched to the in-browser mock by a config.json served beside it —
 * how a deployment turns mock mode on without rebuilding. The copy keeps the live suite's dist/
 * untouched; stop() ends the server and removes the copy.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, startServer, type RunningServer } from '../../support/serverProcess'

/** Starts a server on a copy of dist/ whose config.json says `apiMode: 'mock'`. */
export async function startMockModeServer(): Promise<RunningServer> {
  const staticDir = mkdtempSync(join(tmpdir(), 'chain-dist-mock-'))
  cpSync(join(ROOT, 'dist'), staticDir, { recursive: true })
  writeFileSync(join(staticDir, 'config.json'), JSON.stringify({ apiMode: 'mock' }))
  const server = await startServer({ STATIC_DIR: staticDir })
  return {
    ...server,
    async stop() {
      await server.stop()
      rmSync(staticDir, { recursive: true, force: true })
    },
  }
}
