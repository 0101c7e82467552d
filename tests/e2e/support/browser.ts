/** Launches Debian's Chromium through playwright-core (no test tool downloads its own browser). */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromePath } from '../../../scripts/lib/browser'
import { DEMO_PASSWORD, signIn } from '../../support/httpSession'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true })
}

/** A fresh page with its own storage; zh-CN unless the options say otherwise. Not signed in. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, ...options })
  return context.newPage()
}

/**
 * A fresh page signed in as `username` (the demo leader unless told otherwise) on the server at
 * `baseUrl`: the login goes through POST /api/auth/login and its cookie into the browser context
 * before anything is loaded.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
  username = 'leader',
): Promise<Page> {
  const session = await signIn(baseUrl, username)
  const page = await newPage(browser, options)
  await page
    .context()
    .addCookies([{ name: session.name, value: session.value, url: baseUrl, httpOnly: true, sameSite: 'Lax' }])
  return page
}

/**
 * Signs in through the login page the SPA shows a visitor without a session (the only way in
 * mock mode, where the in-browser mock keeps the session): waits for the form, submits the demo
 * password and waits until the SPA has left /login.
 */
export async function signInThroughForm(page: Page, username = 'leader'): Promise<void> {
  await page.locator('#login-username').waitFor()
  await page.fill('#login-username', username)
  await page.fill('#login-password', DEMO_PASSWORD)
  await page.click('[data-testid="login-submit"]')
  await page.waitForURL(url => !url.pathname.startsWith('/login'))
}
