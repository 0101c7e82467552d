/**
 * What the workflow browser tests share: an API client signed in as one demo account (for counting
 * and for the writes a role must be refused), a browser page signed in through the login form, and
 * taking one action through a record's action panel and its dialog.
 */
import { expect } from 'vitest'
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'
import type { SessionUser, WhoAmI } from '#contract'
import { signIn } from '../../support/httpSession'
import { newPage, signInThroughForm } from './browser'

/** The phone of section 7: 390×844, touch, mobile layout. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** The answer to one API call: the status and the parsed JSON body (null when there is none). */
export interface ApiAnswer<T = unknown> {
  status: number
  body: T
}

/** One demo account talking to the API over HTTP with its own session. */
export interface ApiUser {
  me: SessionUser
  /** GETs `path` and returns its JSON; throws on a non-2xx answer. */
  get: <T>(path: string) => Promise<T>
  /** POSTs `body` as JSON to `path` and answers the status and body whatever they are. */
  post: <T = unknown>(path: string, body: unknown) => Promise<ApiAnswer<T>>
}

/** Signs `username` in at `baseUrl` and returns a client with that session and who it is. */
export async function apiUser(baseUrl: string, username: string): Promise<ApiUser> {
  const { cookie } = await signIn(baseUrl, username)
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } })
    if (!res.ok) throw new Error(`GET ${path} as ${username} → ${res.status} ${await res.text()}`)
    return res.json() as Promise<T>
  }
  const post = async <T>(path: string, body: unknown): Promise<ApiAnswer<T>> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T }
  }
  return { me: (await get<WhoAmI>('/api/auth/me')).user!, get, post }
}

/**
 * A fresh browser context signed in as `username` the way a person does it: open the app, land
 * on the login page, type the demo password. Answers the page on wherever the app went next.
 */
export async function formSignedInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await newPage(browser, options)
  await page.goto(`${baseUrl}/`)
  await signInThroughForm(page, username)
  await expect.poll(() => page.locator('[data-testid="session-user"]').count()).toBe(1)
  return page
}

/** The button of `action` in the record's action panel (never the timeline's items of the same name). */
export function actionButton(page: Page, action: string): Locator {
  return page.locator(`[data-testid="action-panel"] button[data-action="${action}"]`)
}

/**
 * Takes `action` through the open dialog: `fill` types the action's fields, the confirm button
 * sends it, and the call returns once the dialog has closed (the write succeeded: a failed one
 * keeps the dialog open with its message, and the wait fails).
 */
export async function confirmInDialog(
  page: Page,
  fill: (dialog: Locator) => Promise<void> = async () => {},
): Promise<void> {
  const dialog = page.locator('[role="dialog"]')
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator('[data-testid="action-confirm"]').click()
  await dialog.waitFor({ state: 'detached' })
}

/** Clicks `action` in the record's action panel and confirms it (see confirmInDialog). */
export async function takeAction(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await actionButton(page, action).click()
  await confirmInDialog(page, fill)
}

/** The `total` of a paged list endpoint, read as `user`. */
export async function totalOf(user: ApiUser, path: string): Promise<number> {
  const sep = path.includes('?') ? '&' : '?'
  return (await user.get<{ total: number }>(`${path}${sep}pageSize=1`)).total
}

/**
 * Saves a full-page screenshot as `<E2E_SCREENSHOTS>/<name>.png` when that variable names a
 * directory (for a person to look at the screens a run went through); does nothing otherwise, so
 * a normal run writes no files.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}
