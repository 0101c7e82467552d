/**
 * Which built files the Overview loads, read from Vite's build manifest. "Before first paint" is the
 * HTML entry and everything it imports statically (what index.html preloads); "all JS" adds the
 * Overview route's lazy chunk, its static imports, and the lazy chunks it pulls in itself (charts).
 */

/** One entry of Vite's .vite/manifest.json. */
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** The keys of `start` and of every chunk they import statically, transitively. */
export function staticClosure(manifest: Manifest, start: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [...start]
  while (stack.length > 0) {
    const key = stack.pop()!
    if (seen.has(key) || !manifest[key]) continue
    seen.add(key)
    stack.push(...(manifest[key].imports ?? []))
  }
  return seen
}

/** The HTML entry (index.html) of the build. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter(k => manifest[k]!.isEntry)
  const html = entries.find(k => k.endsWith('.html'))
  const key = html ?? entries[0]
  if (!key) throw new Error('the manifest has no entry')
  return key
}

export interface OverviewLoad {
  entry: string
  /** Manifest keys loaded before first paint. */
  beforePaint: Set<string>
  /** Manifest keys of the Overview view chunk and its static imports, not already in beforePaint: what its KPIs wait for. */
  view: Set<string>
  /** Manifest keys of the Overview route chunk and what it pulls in, not already in beforePaint. */
  lazy: Set<string>
}

/**
 * What the Overview loads. `viewPattern` finds the Overview view's source (src/views/OverviewView.vue).
 * Lazy chunks are followed from the Overview's own chunks; from the shared entry only the chart
 * chunks are (`lazyFromEntry`), because the entry also lazy-loads every other route.
 */
export function overviewLoad(
  manifest: Manifest,
  viewPattern = /OverviewView\.vue$/,
  lazyFromEntry = /^src\/charts\//,
  preloadedFiles: readonly string[] = [],
): OverviewLoad {
  const entry = entryKey(manifest)
  // index.html also preloads the boot chunks (scripts/vite/bootChunks.ts): they are loaded before
  // paint too, and like the entry they lazy-load every route, so only their chart imports count.
  const preloaded = Object.keys(manifest).filter(k => preloadedFiles.includes(manifest[k]!.file))
  const beforePaint = staticClosure(manifest, [entry, ...preloaded])
  const view = Object.keys(manifest).find(k => viewPattern.test(k))
  if (!view) throw new Error(`no chunk for ${viewPattern} in the manifest`)
  const viewChunks = new Set([...staticClosure(manifest, [view])].filter(k => !beforePaint.has(k)))
  const loaded = new Set(beforePaint)
  const lazy = new Set<string>()
  const pending = [view]
  while (pending.length > 0) {
    const root = pending.pop()!
    for (const key of staticClosure(manifest, [root])) {
      if (loaded.has(key)) continue
      loaded.add(key)
      lazy.add(key)
      pending.push(...(manifest[key]!.dynamicImports ?? []))
    }
  }
  for (const key of beforePaint) {
    for (const dynamic of manifest[key]!.dynamicImports ?? []) {
      if (!lazyFromEntry.test(dynamic)) continue
      for (const k of staticClosure(manifest, [dynamic])) {
        if (!loaded.has(k)) {
          loaded.add(k)
          lazy.add(k)
        }
      }
    }
  }
  return { entry, beforePaint, view: viewChunks, lazy }
}
