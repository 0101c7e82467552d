// @vitest-environment node
/**
 * The layers of docs/architecture.md are lint rules (issue 12 §2): this lints planted files through
 * ESLint's API with the project's own eslint.config.js and expects each boundary error, beside an
 * allowed twin that must pass, so a rule that stops firing (or fires on everything) fails here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
let eslint: ESLint

// A cycle needs both files on disk: two planted modules in a folder of their own, removed after.
const CYCLE_DIR = join(ROOT, 'src', 'plantedCycle')

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT })
  mkdirSync(CYCLE_DIR, { recursive: true })
  writeFileSync(join(CYCLE_DIR, 'a.ts'), `import { b } from './b'\nexport const a = () => b()\n`)
  writeFileSync(join(CYCLE_DIR, 'b.ts'), `import { a } from './a'\nexport const b = () => a()\n`)
  writeFileSync(join(CYCLE_DIR, 'c.ts'), `import { a } from './a'\nexport const c = () => a()\n`)
})
afterAll(() => rmSync(CYCLE_DIR, { recursive: true, force: true }))

/** The boundary rules' messages for `code` linted as if it were the file `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages
    .filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map(m => m.message)
}

// The first lint loads the TypeScript projects for the import resolver: slow on a busy machine, not a result.
describe('the layers the linter enforces', { timeout: 120_000 }, () => {
  it('the server never imports the SPA or the mock API', async () => {
    expect(
      await boundaryErrors(
        'server/services/planted.ts',
        `import { http } from '../../src/api/http'\nexport const a = http`,
      ),
    ).toEqual([expect.stringContaining('never imports the SPA')])
    expect(
      await boundaryErrors(
        'server/routes/planted.ts',
        `import { myQueue } from '../../mock/api/queue'\nexport const a = myQueue`,
      ),
    ).toEqual([expect.stringContaining('never imports the mock API')])
    expect(
      await boundaryErrors(
        'server/services/planted.ts',
        `import { generateWorld } from '../../mock/generate'\nimport zh from '../../locales/zh-CN/common'\nimport { z } from 'zod'\nexport const a = [generateWorld, zh, z]`,
      ),
    ).toEqual([])
  })

  it('a route reads a repository only for a plain read; writes go through a service', async () => {
    expect(
      await boundaryErrors(
        'server/routes/planted.ts',
        `import { insertVisit } from '../repositories/visitWrites'\nexport const a = insertVisit`,
      ),
    ).toEqual([expect.stringContaining('only for a plain read')])
    expect(
      await boundaryErrors(
        'server/routes/planted.ts',
        `import { findVisit, listVisits } from '../repositories/visits'\nimport { auditLabelsOf } from '../repositories/auditLabels'\nimport { recordVisit } from '../services/writes/visits'\nexport const a = [findVisit, listVisits, auditLabelsOf, recordVisit]`,
      ),
    ).toEqual([])
    // A service may call any repository function.
    expect(
      await boundaryErrors(
        'server/services/planted.ts',
        `import { insertVisit } from '../repositories/visitWrites'\nexport const a = insertVisit`,
      ),
    ).toEqual([])
  })

  it('contract imports only zod and itself', async () => {
    expect(await boundaryErrors('contract/planted.ts', `import { sql } from 'kysely'\nexport const a = sql`)).toEqual([
      expect.stringContaining('only zod and itself'),
    ])
    expect(
      await boundaryErrors(
        'contract/commands/planted.ts',
        `import { DEPARTMENTS } from '../../mock/reference/departments'\nexport const a = DEPARTMENTS`,
      ),
    ).toEqual([expect.stringContaining('only zod and itself')])
    expect(
      await boundaryErrors(
        'contract/commands/planted.ts',
        `import { z } from 'zod'\nimport { id } from '../common'\nimport { ratio } from './kpi'\nexport const a = [z, id, ratio]`,
      ),
    ).toEqual([])
  })

  it('the API layer never imports composables, stores or components', async () => {
    expect(
      await boundaryErrors(
        'src/api/planted.ts',
        `import { useFilters } from '@/composables/useFilters'\nexport const a = useFilters`,
      ),
    ).toEqual([expect.stringContaining('never touches UI')])
    expect(
      await boundaryErrors(
        'src/api/planted.ts',
        `import { useSessionStore } from '../stores/session'\nexport const a = useSessionStore`,
      ),
    ).toEqual([expect.stringContaining('never touches UI')])
    expect(
      await boundaryErrors(
        'src/api/planted.ts',
        `import { parseFilterQuery } from '#contract'\nimport { http } from './http'\nexport const a = [parseFilterQuery, http]`,
      ),
    ).toEqual([])
  })

  it('only src/charts imports ECharts (its types excepted)', async () => {
    expect(
      await boundaryErrors('src/components/overview/planted.ts', `import { use } from 'echarts/core'\nuse([])`),
    ).toEqual([expect.stringContaining('Only src/charts/')])
    expect(
      await boundaryErrors(
        'src/components/overview/planted.ts',
        `import type { ECharts } from 'echarts/core'\nexport let a: ECharts | undefined`,
      ),
    ).toEqual([])
    expect(await boundaryErrors('src/charts/planted.ts', `import { use } from 'echarts/core'\nuse([])`)).toEqual([])
  })

  it('no module imports itself through others (no import cycles)', async () => {
    const [cyclic] = await eslint.lintFiles([join(CYCLE_DIR, 'a.ts')])
    expect(cyclic!.messages.map(m => m.ruleId)).toContain('import-x/no-cycle')
    // A module that only imports into the cycle is not part of it.
    const [outside] = await eslint.lintFiles([join(CYCLE_DIR, 'c.ts')])
    expect(outside!.messages.filter(m => m.ruleId === 'import-x/no-cycle')).toEqual([])
  })
})
