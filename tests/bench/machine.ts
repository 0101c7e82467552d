/** The machine a benchmark ran on, so figures from different hosts are not compared blindly. */
import { readFileSync } from 'node:fs'
import { arch, cpus } from 'node:os'
import { execFileSync } from 'node:child_process'

export interface Machine {
  date: string
  arch: string
  cpuModel: string
  cores: number
  node: string
}

function unameM(): string {
  try {
    return execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim()
  } catch {
    return arch()
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find(l => l.startsWith('model name'))
    if (line) return line.slice(line.indexOf(':') + 1).trim()
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown'
}

/** Date (UTC, to the minute), `uname -m`, CPU model, logical cores and Node version. */
export function describeMachine(now = new Date()): Machine {
  return {
    date: `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    arch: unameM(),
    cpuModel: cpuModel(),
    cores: cpus().length,
    node: process.version,
  }
}
