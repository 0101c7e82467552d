// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CATEGORY_NAMES } from '#contract'
import { generateWorld } from '../../../mock/generate'
import { setupTemplateData } from '../../../mock/setupTemplate'
import { findForbidden, scanData, scanMessages, type TermHit } from '../../../locales/termScan'
import type { Term, TermLanguage } from '../../../locales/terms'

/**
 * DOMAIN.md's term table (locales/terms.ts) holds everywhere users read words: every locale
 * message file (found by name, so a namespace added later is scanned too) and the demo world's
 * names and records. A failure names the file and key (or the path into the world) and the term.
 */
const files = import.meta.glob<{ default: object }>(['../../../locales/*/**/*.ts'], { eager: true })
const LANGUAGE: Record<string, TermLanguage> = { 'zh-CN': 'zh', 'ko-CN': 'ko', en: 'en' }

/** Splits a message file's path into its locale folder and namespace file name. */
function partsOf(path: string): { root: string; locale: string; name: string } | null {
  const m = /^(.*\/locales)\/([^/]+)\/(.+)$/.exec(path)
  return m ? { root: m[1]!, locale: m[2]!, name: m[3]! } : null
}

/** Readable failure lines: where, which term, which words. */
function report(hits: TermHit[]): string[] {
  return hits.map(h => `${h.where}: ${h.term} — "${h.found}" in "${h.text}"`)
}

describe('term table', () => {
  it('finds a planted forbidden form and names the term', () => {
    expect(findForbidden('련장에게 보고', 'ko').map(h => h.term.id)).toEqual(['chain leader'])
    expect(findForbidden('봉사기와 연결할 수 없습니다', 'ko').map(h => h.found)).toEqual(['연결'])
    expect(findForbidden('Instructed', 'en').map(h => h.term.id)).toEqual(['endorsed'])
    expect(findForbidden('经政府副链长交办', 'zh')).toHaveLength(1)
    const planted = scanMessages('planted/ko-CN/x.ts', 'ko', { x: { title: '의견건의 례: 페이지' } })
    expect(report(planted)).toEqual(['planted/ko-CN/x.ts x.title: page — "페이지" in "의견건의 례: 페이지"'])
  })

  it('bounds its patterns: 예산, 예정 and 훈련장 are not flagged, a bare 예: is', () => {
    expect(findForbidden('예산 집행 예정', 'ko')).toEqual([])
    expect(findForbidden('훈련장', 'ko')).toEqual([])
    expect(findForbidden('{instructed}건', 'en')).toEqual([])
    expect(findForbidden('예: “로비 화면”', 'ko').map(h => h.term.id)).toEqual(['example'])
  })

  it('lets a word that is right for another term through where the Chinese says that term', () => {
    expect(findForbidden('주정협 제안위원회', 'ko', { zh: '州政协提案委员会' })).toEqual([])
    expect(findForbidden('제안 작성', 'ko', { zh: '撰写意见建议' })).toHaveLength(1)
    expect(scanData('world', { name: { zh: '提案', ko: '제안', en: 'Proposal' } })).toEqual([])
  })

  it('lets an allowlisted quoted South Korean name through, and only when quoted', () => {
    const quotedNames = ['초연결']
    expect(findForbidden('“초연결” 회사와 협력', 'ko', { quotedNames })).toEqual([])
    expect(findForbidden('초연결 회사와 협력', 'ko', { quotedNames })).toHaveLength(1)
  })

  it("applies a planted table, so the scanner does not depend on today's rows", () => {
    const terms: Term[] = [{ id: 'planted', zh: '', ko: '', en: '', never: { en: [{ pattern: /\bfoo\b/ }] } }]
    expect(findForbidden('food', 'en', { terms })).toEqual([])
    expect(findForbidden('a foo', 'en', { terms })).toHaveLength(1)
  })
})

describe('locale files follow the term table', () => {
  const entries = Object.entries(files).flatMap(([path, mod]) => {
    const parts = partsOf(path)
    const language = parts && LANGUAGE[parts.locale]
    // index.ts and present.ts only merge other files (present/*.ts); scanning them repeats hits.
    const merges =
      parts &&
      (parts.name.endsWith('index.ts') || Object.keys(files).some(f => f.startsWith(path.replace(/\.ts$/, '/'))))
    return parts && language && !merges ? [{ path, parts, language, tree: mod.default }] : []
  })

  it('are found', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30)
  })

  it.each(entries.map(e => [e.path.replace(/^(\.\.\/)+/, ''), e] as const))('%s has no forbidden form', (_name, e) => {
    const zh = files[`${e.parts.root}/zh-CN/${e.parts.name}`]?.default
    expect(report(scanMessages(e.path.replace(/^(\.\.\/)+/, ''), e.language, e.tree, zh))).toEqual([])
  })
})

describe('demo data follows the term table', () => {
  it('the generated world has no forbidden form in its names and records', () => {
    const world = generateWorld({ seed: 1, anchorDate: '2026-12-07' })
    expect(report(scanData('world', world))).toEqual([])
  })

  it('the bottleneck category names have no forbidden form', () => {
    expect(report(scanData('CATEGORY_NAMES', CATEGORY_NAMES))).toEqual([])
  })

  it("the production set-up's Yanbian template has no forbidden form", () => {
    expect(report(scanData('setupTemplate', setupTemplateData()))).toEqual([])
  })
})
