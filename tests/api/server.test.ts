/** The real entry point as a child process: migrates, loads the demo world, listens, answers over HTTP. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_TODAY } from '../support/apiWorld'
import { signIn } from '../support/httpSession'

const ROOT = resolve(import.meta.dirname, '../..')

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))))
    })
  })
}

let child: ChildProcess
let dataDir: string
let url: string
let output = ''

beforeAll(async () => {
  const port = await freePort()
  dataDir = mkdtempSync(join(tmpdir(), 'chain-server-'))
  child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      CHAIN_ANCHOR_DATE: TEST_TODAY,
      CHAIN_TODAY: TEST_TODAY,
      STATIC_DIR: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no listening line:\n${output}`)), 60_000)
    const onData = (buf: Buffer) => {
      output += buf.toString()
      const m = output.match(/Chain Cockpit listening on (http:\/\/\S+)/)
      if (m) {
        clearTimeout(timer)
        res(m[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', code => {
      clearTimeout(timer)
      rej(new Error(`server exited with ${code}:\n${output}`))
    })
  })
})

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise(r => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
})

describe('server/server.ts', () => {
  it('prints one listening line on the configured address after loading the demo world', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(output.match(/listening on/g)).toHaveLength(1)
    expect(output).toMatch(/Loaded the demo world .* in \d+ ms/)
  })

  it('answers health openly and chains to a signed-in demo account over HTTP', async () => {
    const health = await fetch(`${url}/api/health`)
    expect(await health.json()).toEqual({ status: 'ok', mode: 'live', db: 'sqlite' })
    expect((await fetch(`${url}/api/chains`)).status).toBe(401)
    const { cookie } = await signIn(url, 'leader')
    const chains = (await (await fetch(`${url}/api/chains`, { headers: { cookie } })).json()) as unknown[]
    expect(chains).toHaveLength(7)
  })

  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>(r => child.once('exit', code => r(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
