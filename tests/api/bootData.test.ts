/**
 * index.html carries the page's boot data (issue 12 §3): the session's /api/auth/me, the
 * reference lists and, at `/`, the Overview for the address's filters — each exactly its route's
 * answer — inside an inert JSON script element that no stored text can break out of.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyticsParams, bootData, parseFilterQuery, type BootData } from '#contract'
import { buildTestWorld, sessionCookie, startTestApp, TEST_TODAY, type TestApp } from '../support/apiWorld'

const INDEX_HTML = '<!doctype html><html><body><div id="app">spa</div></body></html>'
/** A chain name that would run script if the page put it in HTML unescaped. */
const HOSTILE_NAME = '</script><img src=x onerror=alert(1)><!--'
const BOOT_ELEMENT = /<script type="application\/json" id="boot">(.*?)<\/script>/s

/** A build manifest as Vite writes it: the shell's and the Overview's chunks, sharing one, and the entry. */
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', isEntry: true },
  'src/components/shell/ShellNav.vue': { file: 'assets/ShellNav-1.js', imports: ['_shared.js'] },
  'src/components/shell/ShellFilterBar.vue': { file: 'assets/ShellFilterBar-1.js' },
  'src/components/shell/ShellUser.vue': { file: 'assets/ShellUser-1.js' },
  'src/components/shell/ShellDemoBadge.vue': { file: 'assets/ShellDemoBadge-1.js' },
  'src/views/OverviewView.vue': { file: 'assets/OverviewView-1.js', imports: ['_shared.js', '_overview.js'] },
  '_shared.js': { file: 'assets/shared-1.js' },
  '_overview.js': { file: 'assets/overview-1.js' },
}
const SHELL_MODULES = [
  '/assets/ShellNav-1.js',
  '/assets/shared-1.js',
  '/assets/ShellFilterBar-1.js',
  '/assets/ShellUser-1.js',
  '/assets/ShellDemoBadge-1.js',
]

let t: TestApp
let staticDir: string

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'chain-boot-'))
  mkdirSync(join(staticDir, 'assets'))
  mkdirSync(join(staticDir, '.vite'))
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML)
  writeFileSync(join(staticDir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
  const world = buildTestWorld()
  world.chains[0]!.name = { ...world.chains[0]!.name, zh: HOSTILE_NAME }
  t = await startTestApp(world, TEST_TODAY, staticDir)
})
afterAll(async () => {
  await t.close()
  rmSync(staticDir, { recursive: true, force: true })
})

/** The page at `url` under `cookie`, and the boot data it carries (checked against the contract). */
async function page(url: string, cookie: string | null = t.cookie): Promise<{ html: string; boot: BootData }> {
  const res = await t.get(url, cookie)
  expect(res.status).toBe(200)
  const html = res.body as string
  const text = BOOT_ELEMENT.exec(html)?.[1]
  expect(text, 'the page carries a boot element').toBeDefined()
  return { html, boot: bootData.strict().parse(JSON.parse(text!)) }
}

describe('the boot data in index.html', () => {
  it('carries, signed out, only that nobody is signed in', async () => {
    const { html, boot } = await page('/', null)
    expect(boot).toEqual({ me: { user: null } })
    expect(html.replace(BOOT_ELEMENT, '')).toBe(INDEX_HTML)
  })

  it('carries the signed-in user and the reference lists exactly as their routes answer', async () => {
    const { boot } = await page('/visits')
    expect(boot.me).toEqual((await t.get('/api/auth/me')).body)
    expect(boot.me?.user?.username).toBe('admin')
    expect(boot.chains).toEqual((await t.get('/api/chains')).body)
    expect(boot.counties).toEqual((await t.get('/api/counties')).body)
    expect(boot.departments).toEqual((await t.get('/api/departments')).body)
    expect(boot.overview, 'only the Overview page carries the Overview').toBeUndefined()
    expect(new Set(boot.modules)).toEqual(new Set(SHELL_MODULES))
  })

  it("lists the Overview's own chunks at / besides the shell's, each once", async () => {
    const { boot } = await page('/')
    expect(new Set(boot.modules)).toEqual(
      new Set([...SHELL_MODULES, '/assets/OverviewView-1.js', '/assets/overview-1.js']),
    )
    expect(boot.modules).toHaveLength(new Set(boot.modules).size)
  })

  it('does not serve the build manifest', async () => {
    expect((await t.get('/.vite/manifest.json')).status).toBe(404)
  })

  it("carries, at /, the Overview for the address's filters as of the server's today", async () => {
    const { boot } = await page('/?chain=2&period=month')
    const query = analyticsParams(parseFilterQuery({ chain: '2', period: 'month' }), TEST_TODAY)
    expect(boot.overview?.query).toEqual(query)
    expect(query).toEqual({ chainId: 2, from: '2026-06-01', to: TEST_TODAY })
    expect(boot.overview?.body).toEqual((await t.get('/api/overview?chainId=2&from=2026-06-01&to=2026-06-30')).body)
  })

  it('follows who asks: a department user gets their own answer', async () => {
    const { boot } = await page('/', await sessionCookie(t.db, 'dept'))
    expect(boot.me?.user).toMatchObject({ username: 'dept', role: 'department' })
    expect(boot.overview?.query).toEqual({ from: '2026-01-01', to: TEST_TODAY })
  })

  it('keeps hostile stored text inert: nothing in it can close the element', async () => {
    const { html, boot } = await page('/')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<!--')
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(boot.chains?.[0]?.name.zh).toBe(HOSTILE_NAME)
  })

  it('is never stored and varies by cookie', async () => {
    const res = await t.get('/', t.cookie)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(String(res.headers.vary)).toMatch(/Cookie/)
    expect(String(res.headers.vary)).toMatch(/Accept-Encoding/)
  })

  it('is compressed as the browser accepts, and the same page once decompressed', async () => {
    const plain = (await page('/visits')).html
    const headers = { cookie: t.cookie }
    const br = await t.app.inject({ url: '/visits', headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain)
    const gz = await t.app.inject({ url: '/visits', headers: { ...headers, 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain)
  })

  it('is not served as a file under /index.html, so no copy without boot data is reachable', async () => {
    expect((await t.get('/index.html')).status).toBe(404)
  })
})

describe('a build configured for another API', () => {
  it('carries no boot data when config.json points the SPA at the mock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chain-boot-mock-'))
    writeFileSync(join(dir, 'index.html'), INDEX_HTML)
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ apiMode: 'mock' }))
    const other = await startTestApp(buildTestWorld(), TEST_TODAY, dir)
    try {
      const res = await other.get('/')
      expect(res.body).toBe(INDEX_HTML)
    } finally {
      await other.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
