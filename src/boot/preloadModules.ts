/**
 * Preloads the built JS files the server said this page will import first (boot data `modules`,
 * server/plugins/pageModules.ts): the signed-in shell and, on the Overview, its view. Called once
 * the static header has painted, so they download while Vue evaluates rather than one wave after
 * another as the router and the shell reach each dynamic import — and they are not JS the first
 * paint waits for.
 */
import { takeBootPart } from '@/api/bootData'

/** A same-origin built file: nothing else is preloaded, whatever the page carried. */
const BUILT_FILE = /^\/[\w./-]+\.js$/

export function preloadCarriedModules(): void {
  const modules = takeBootPart('modules')
  if (!Array.isArray(modules)) return
  for (const href of modules) {
    if (typeof href !== 'string' || !BUILT_FILE.test(href) || href.includes('..')) continue
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    // As Vite's own preloads, so the later import() finds the same request in the cache.
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
}
