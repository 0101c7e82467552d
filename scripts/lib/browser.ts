/**
 * Finds the Chromium the browser tests and benchmarks drive, installing Debian's `chromium` and
 * `fonts-noto-cjk` when it can (root + apt). Without CJK fonts every Chinese and Korean glyph
 * renders as a box while number-only tests still pass, so the fonts are checked too.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium'

/** The flags every Chromium we launch gets (DESIGN.md, Node 20 notes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromePath(): string {
  return process.env.CHROME_PATH || DEFAULT_CHROME_PATH
}

function hasCjkFonts(): boolean {
  const run = (lang: string) => spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' })
  const zh = run('zh')
  const ko = run('ko')
  return zh.status === 0 && zh.stdout.trim() !== '' && ko.status === 0 && ko.stdout.trim() !== ''
}

function canApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0
}

/** Makes sure a browser and CJK fonts exist; returns the browser path or throws with the command to run. */
export function ensureBrowser(): string {
  const path = chromePath()
  const missing: string[] = []
  if (!existsSync(path)) missing.push('chromium')
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk')
  if (missing.length === 0) return path
  if (process.env.CHROME_PATH && missing.includes('chromium')) throw new Error(`CHROME_PATH=${path} does not exist`)
  const command = `apt-get update && apt-get install -y ${missing.join(' ')} fontconfig`
  if (!canApt()) throw new Error(`Browser tests need ${missing.join(' and ')}. Install them with:\n  sudo ${command}`)
  console.log(`Installing ${missing.join(', ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing, 'fontconfig'], { stdio: 'inherit', env })
  if (!existsSync(path)) throw new Error(`apt-get installed chromium but ${path} is missing; set CHROME_PATH`)
  return path
}
