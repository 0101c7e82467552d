/**
 * `npm run dev`: the API server (restarted by tsx watch on change) plus Vite with hot reload,
 * which proxies /api to it. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './lib/build'

const apiPort = process.env.API_PORT ?? '8787'
const children: ChildProcess[] = []

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  child.on('exit', code => {
    shutdown()
    process.exitCode = code ?? 0
  })
  children.push(child)
}

function shutdown(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
}

process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)

run([join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', '--clear-screen=false', 'server/server.ts'], {
  PORT: apiPort,
  STATIC_DIR: '',
})
run([join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')], { API_PORT: apiPort })
