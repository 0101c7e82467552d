/**
 * Which built JS files a signed-in page will import first, read from Vite's build manifest
 * (dist/.vite/manifest.json): the shell's signed-in parts and, on the Overview, its view. The
 * boot data lists them (contract/boot.ts `modules`) and the SPA's entry preloads them once the
 * static header has painted (src/boot/preloadModules.ts), so they download while Vue evaluates
 * instead of one wave after another as each dynamic import is reached. Not in index.html itself:
 * they would count as JS before first paint, and a signed-out visitor needs none of them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

interface ManifestChunk {
  file: string
  imports?: string[]
}
type Manifest = Record<string, ManifestChunk>

/** The signed-in shell's lazy parts (src/components/shell/shellChunks.ts and App.vue's header). */
const SHELL = [
  'src/components/shell/ShellNav.vue',
  'src/components/shell/ShellFilterBar.vue',
  'src/components/shell/ShellUser.vue',
  'src/components/shell/ShellDemoBadge.vue',
]
const OVERVIEW = ['src/views/OverviewView.vue']

export interface PageModules {
  /** For every signed-in page. */
  shell: string[]
  /** For the Overview, besides the shell. */
  overview: string[]
}

/** The files of `keys` and of every chunk they import statically, as URLs under `base`, minus those `html` already loads. */
function closure(manifest: Manifest, keys: readonly string[], html: string, base: string): string[] {
  const files = new Set<string>()
  const seen = new Set<string>()
  const stack = [...keys]
  while (stack.length > 0) {
    const key = stack.pop()!
    const chunk = manifest[key]
    if (seen.has(key) || !chunk) continue
    seen.add(key)
    if (chunk.file.endsWith('.js') && !html.includes(`${base}${chunk.file}`)) files.add(`${base}${chunk.file}`)
    stack.push(...(chunk.imports ?? []))
  }
  return [...files]
}

/** Reads the manifest beside the build in `root`; a build without one preloads nothing. */
export function readPageModules(root: string, html: string, base = '/'): PageModules {
  const manifestFile = resolve(root, '.vite', 'manifest.json')
  if (!existsSync(manifestFile)) return { shell: [], overview: [] }
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
    const shell = closure(manifest, SHELL, html, base)
    const overview = closure(manifest, OVERVIEW, html, base).filter(f => !shell.includes(f))
    return { shell, overview }
  } catch {
    return { shell: [], overview: [] }
  }
}
