// @vitest-environment node
/**
 * Message keys are types (src/locales/messageKeys.ts, issue 12 §2): this compiles small probe
 * files with tsconfig.app.json's compiler options, each calling `t` from the app's own
 * `useI18n()`, and expects a missing, misspelled or partial key to fail the type-check and real
 * keys (written out, built from a union of real parts, or checked with `te`) to pass. Typing that
 * stops rejecting bad keys, or starts rejecting good ones, fails here.
 *
 * One program over the probes and the declarations they need (vue-i18n's types, the zh-CN
 * messages), not the whole app, so it takes seconds.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\\/g, '/')

const HEADER = `import { useI18n } from 'vue-i18n'\nconst { t, te } = useI18n()\n`

/** Calls that must type-check. */
const GOOD = {
  literal: `t('overview.title')`,
  named: `t('overview.delta.line', { label: 'a', change: 'b' })`,
  union: "declare const dir: 'up' | 'down'\nt(`overview.delta.${dir}`, { value: '1' })",
  checked: `declare const key: string\nif (te(key)) t(key)`,
}

/** Calls that must not, with the key the error names. */
const BAD = {
  missing: [`t('overview.noSuchKey')`, 'overview.noSuchKey'],
  misspelled: [`t('overview.delta.lien', { label: 'a', change: 'b' })`, 'overview.delta.lien'],
  namespace: [`t('overview.delta')`, 'overview.delta'],
  union: ["declare const dir: 'up' | 'sideways'\nt(`overview.delta.${dir}`)", 'overview.delta.sideways'],
  unchecked: [`declare const key: string\nt(key)`, 'string'],
} as const

const probePath = (name: string) => `${ROOT}src/__messageKeyProbe_${name}.ts`
const probes = new Map<string, string>([
  ...Object.entries(GOOD).map(([name, body]) => [probePath(`good_${name}`), `${HEADER}${body}\n`] as const),
  ...Object.entries(BAD).map(([name, [body]]) => [probePath(`bad_${name}`), `${HEADER}${body}\n`] as const),
])

let program: ts.Program

beforeAll(() => {
  const configPath = join(ROOT, 'tsconfig.app.json')
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath)
  // The probes live in memory, as if in src/ (so `vue-i18n` and the paths resolve as for the app).
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (fileName, language, ...rest) => {
    const text = probes.get(fileName)
    return text === undefined
      ? getSourceFile.call(host, fileName, language, ...rest)
      : ts.createSourceFile(fileName, text, language)
  }
  host.fileExists = fileName => probes.has(fileName) || fileExists.call(host, fileName)
  host.readFile = fileName => probes.get(fileName) ?? readFile.call(host, fileName)
  // The typing is src/locales/messageKeys.ts, in the app's program through tsconfig's `include`.
  program = ts.createProgram([join(ROOT, 'src/locales/messageKeys.ts'), ...probes.keys()], options, host)
}, 60_000)

/** The type errors of one file, as text. */
function errorsOf(fileName: string): string[] {
  const file = program.getSourceFile(fileName)!
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(d =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  )
}

describe('message keys are typed from the zh-CN messages', () => {
  it('the typing itself compiles', () => {
    expect(errorsOf(join(ROOT, 'src/locales/messageKeys.ts'))).toEqual([])
  })

  it.each(Object.keys(GOOD))('accepts a real key (%s)', name => {
    expect(errorsOf(probePath(`good_${name}`))).toEqual([])
  })

  it.each(Object.entries(BAD))('rejects a bad key (%s)', (name, [, named]) => {
    const errors = errorsOf(probePath(`bad_${name}`))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('MessageKey')
    expect(errors[0]).toContain(named)
  })
})
