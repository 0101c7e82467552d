/** Starts server/server.ts on a free port of 127.0.0.1 for a benchmark, and stops it again. */
import { freePort, spawnTsx, stopProcess, waitForOutput, type Started } from './processes'

export interface BenchServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string
  pid: number | undefined
  stop: () => Promise<void>
}

export interface ServerOptions {
  /** Extra environment: DATA_DIR, CHAIN_DEMO, CHAIN_TODAY, STATIC_DIR… */
  env: Record<string, string>
  /** How long startup (migrations, demo seeding) may take. */
  startupTimeoutMs?: number
}

/** Runs the production server with `node --import tsx server/server.ts` and waits for it to listen. */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...options.env,
  }
  const started: Started = spawnTsx('server/server.ts', [], env)
  try {
    await waitForOutput(started, /listening on http:\/\/\S+/i, options.startupTimeoutMs ?? 120_000)
  } catch (error) {
    await stopProcess(started.child)
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: started.child.pid,
    stop: () => stopProcess(started.child),
  }
}
