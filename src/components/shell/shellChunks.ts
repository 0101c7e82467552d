/**
 * The shell parts that render only for someone signed in — the navigation and the global filter
 * bar — are chunks of their own, so the JS the first paint waits for stays small (the static
 * header in index.html needs neither). startApp.ts starts both downloads in a task of its own
 * while the session check (/api/auth/me) is out; App.vue holds the page back until they have arrived so they
 * never appear above content that is already on screen.
 */

let nav: Promise<typeof import('./ShellNav.vue')> | undefined
let filterBar: Promise<typeof import('./ShellFilterBar.vue')> | undefined

/** Loads the main navigation's component; later calls share the first download. */
export function loadShellNav(): Promise<typeof import('./ShellNav.vue')> {
  return (nav ??= import('./ShellNav.vue'))
}

/** Loads the global filter bar's component; later calls share the first download. */
export function loadShellFilterBar(): Promise<typeof import('./ShellFilterBar.vue')> {
  return (filterBar ??= import('./ShellFilterBar.vue'))
}
