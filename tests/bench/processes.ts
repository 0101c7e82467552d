/**
 * Child processes the benchmark starts. Each is a real `node` (tsx loaded with --import, not an
 * npx wrapper) or the Chromium binary in its own process group, so stopping it by its own pid
 * stops everything it started and no stray listener survives the run.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { ROOT } from './paths'

/** Every child still running, so an interrupted run can stop them (they do not get the terminal's Ctrl-C). */
const running = new Set<ChildProcess>()

/** Registers a child we spawned so stopAll() can stop it; it is forgotten once it exits. */
export function track<T extends ChildProcess>(child: T): T {
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** A port nobody listens on right now on 127.0.0.1 (shared with the browser tests). */
export { freePort } from '../support/serverProcess'

export interface Started {
  child: ChildProcess
  /** Everything the process printed so far (stdout and stderr), for error messages. */
  output: () => string
}

/**
 * Runs a TypeScript file with `node --import tsx` in its own process group. The tail of its output
 * is kept for error messages; with `echo` it is also copied to this terminal.
 */
export function spawnTsx(script: string, args: string[], env: NodeJS.ProcessEnv, echo = false): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  track(child)
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
    if (echo) process.stdout.write(chunk)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => log }
}

/** Resolves with the first match of `pattern` in the process's output; rejects on exit or timeout. */
export function waitForOutput(started: Started, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolveMatch, reject) => {
    const check = () => {
      const match = started.output().match(pattern)
      if (match) {
        cleanup()
        resolveMatch(match)
      }
    }
    const onExit = (code: number | null) => {
      cleanup()
      reject(new Error(`process exited (${code}) before printing ${pattern}:\n${started.output().slice(-3000)}`))
    }
    const timer = setTimeout(() => {
      cleanup()
      reject(new Error(`no ${pattern} within ${timeoutMs / 1000} s:\n${started.output().slice(-3000)}`))
    }, timeoutMs)
    const cleanup = () => {
      clearTimeout(timer)
      started.child.stdout?.off('data', check)
      started.child.stderr?.off('data', check)
      started.child.off('exit', onExit)
    }
    started.child.stdout?.on('data', check)
    started.child.stderr?.on('data', check)
    started.child.once('exit', onExit)
    check()
  })
}

/** Resolves with the exit code once the process ends. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise(resolveExit => child.once('exit', code => resolveExit(code)))
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    // Negative pid: the process group this child leads (it was spawned detached), i.e. it and its own children.
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Stops a process we started (and its children) by its own pid: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  signalGroup(child, 'SIGTERM')
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs)
  await exited(child)
  clearTimeout(timer)
  // A child of the group may outlive its leader; make sure nothing of the group is left.
  signalGroup(child, 'SIGKILL')
}

/** Stops every child this process started and that still runs (on Ctrl-C or a fatal error). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(child => stopProcess(child)))
}
