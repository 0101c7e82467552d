import { describe, expect, it } from 'vitest'

/**
 * Every message file of every locale, found by file name, so a namespace added later is checked
 * too: Korean and English must have Chinese's keys (else a screen shows a raw key) and keep each
 * message's {placeholders} (else a translation drops the number it shows).
 */
const files = import.meta.glob<{ default: object }>('../../locales/*/**/*.ts', { eager: true })
const LOCALES = ['zh-CN', 'ko-CN', 'en'] as const

function messagesOf(locale: string, name: string): object | undefined {
  return files[`../../locales/${locale}/${name}`]?.default
}

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

/**
 * Messages whose languages word a count differently on purpose: Chinese says "A, B and 5 in all"
 * ({n}), English "A, B and 3 more" ({more}); the caller passes both.
 */
const OWN_PLACEHOLDERS = new Set(['lists.visits.moreEnterprises'])

/** The distinct {named} placeholders of every message (plural forms repeat them). */
function placeholdersOf(tree: object, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? Object.entries(placeholdersOf(value, `${prefix}${key}.`))
        : OWN_PLACEHOLDERS.has(`${prefix}${key}`)
          ? []
          : [[`${prefix}${key}`, [...new Set([...String(value).matchAll(/\{(\w+)\}/g)].map(m => m[1]!))].sort()]],
    ),
  )
}

const names = Object.keys(files)
  .filter(f => f.startsWith('../../locales/zh-CN/') && !f.endsWith('/index.ts'))
  .map(f => f.slice('../../locales/zh-CN/'.length))

describe('locale message files', () => {
  it('are found for every namespace', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'common.ts',
        'overview.ts',
        'lists.ts',
        'workflow.ts',
        'admin.ts',
        'present/player.ts',
        'review.ts',
      ]),
    )
  })

  it.each(names)('%s has the same keys and placeholders in Korean and English as in Chinese', name => {
    const zh = messagesOf('zh-CN', name)!
    for (const locale of LOCALES.slice(1)) {
      const other = messagesOf(locale, name)
      expect(other, `${locale}/${name}`).toBeDefined()
      expect(keysOf(other!).sort(), `${locale}/${name}`).toEqual(keysOf(zh).sort())
      expect(placeholdersOf(other!), `${locale}/${name}`).toEqual(placeholdersOf(zh))
    }
  })
})
