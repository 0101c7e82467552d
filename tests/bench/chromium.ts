/**
 * Chromium with a DevTools port for Lighthouse: Debian's binary (CHROME_PATH overrides), the house
 * flags, a fresh profile, in its own process group so stopping it leaves no renderer behind.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { CHROMIUM_ARGS, chromePath } from '../../scripts/lib/browser'
import { freePort, stopProcess, track, waitForOutput } from './processes'

export interface DebuggableChromium {
  port: number
  stop: () => Promise<void>
}

/** Launches headless Chromium listening for DevTools on a free 127.0.0.1 port. */
export async function launchChromium(): Promise<DebuggableChromium> {
  const port = await freePort()
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'))
  const args = [
    ...CHROMIUM_ARGS,
    `--user-data-dir=${profile}`,
    `--remote-debugging-port=${port}`,
    '--remote-debugging-address=127.0.0.1',
    'about:blank',
  ]
  const child = track(spawn(chromePath(), args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true }))
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-10_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const stop = async () => {
    await stopProcess(child)
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    await waitForOutput({ child, output: () => log }, /DevTools listening on ws:\/\//, 30_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { port, stop }
}
