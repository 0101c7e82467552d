/** Launches Debian's Chromium through playwright-core (no test tool downloads its own browser). */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromePath } from '../../../scripts/lib/browser'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true })
}

/** A fresh page with its own storage; zh-CN unless the options say otherwise. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, ...options })
  return context.newPage()
}
