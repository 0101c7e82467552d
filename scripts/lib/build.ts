/**
 * Builds the SPA into dist/ when it is missing or older than any of its sources, so `npm start`
 * and the browser tests always serve what the tree holds.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
const SOURCES = [
  'src',
  'contract',
  'mock',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/vite',
  'package.json',
  'package-lock.json',
  '.env.mock',
]

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** True when dist/index.html is missing or older than a source file. */
export function isDistStale(root = ROOT): boolean {
  const built = join(root, 'dist', 'index.html')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return SOURCES.some(s => newestMtime(join(root, s)) > builtAt)
}

/** Runs `vite build` when dist/ is stale. Throws if the build fails. */
export function ensureBuilt(root = ROOT): void {
  if (!isDistStale(root)) return
  console.log('Building the SPA (dist/ is missing or stale)…')
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (res.status !== 0) throw new Error('vite build failed')
}
