/**
 * `npm test`: type-check, lint, format check, then every test suite (unit, component, API, contract, browser).
 * Makes sure Chromium and CJK fonts are present first (installing them with apt when it can).
 * Stops at the first failing step and says which one failed.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ensureBrowser } from './lib/browser'
import { ROOT } from './lib/build'

const bin = (pkg: string, file: string) => join(ROOT, 'node_modules', pkg, file)

const steps: { name: string; args: string[] }[] = [
  { name: 'type-check (app)', args: [bin('vue-tsc', 'bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.app.json'] },
  {
    name: 'type-check (server, scripts, tests)',
    args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.node.json'],
  },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.'] },
  // One style for the whole tree (.prettierrc.json): `npm run format` rewrites what this flags.
  { name: 'format', args: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
  { name: 'unit and component tests', args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit'] },
  { name: 'API and contract tests', args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'api'] },
  { name: 'browser tests', args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'e2e'] },
]

try {
  process.env.CHROME_PATH = ensureBrowser()
} catch (err) {
  console.error(`\n✗ browser set-up: ${(err as Error).message}`)
  process.exit(1)
}

const only = process.argv.slice(2)
for (const step of steps) {
  if (only.length && !only.some(o => step.name.includes(o))) continue
  console.log(`\n▶ ${step.name}`)
  const started = Date.now()
  const res = spawnSync(process.execPath, step.args, { cwd: ROOT, stdio: 'inherit', env: process.env })
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  if (res.status !== 0) {
    console.error(`\n✗ ${step.name} failed (${secs} s)`)
    process.exit(res.status ?? 1)
  }
  console.log(`✓ ${step.name} (${secs} s)`)
}
console.log('\nAll checks passed.')
