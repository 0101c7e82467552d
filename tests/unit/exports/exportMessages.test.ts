import { describe, expect, it } from 'vitest'
import {
  BOTTLENECK_STATES,
  RECOMMENDATION_STATES,
  RESOLUTION_TYPES,
  SATISFACTION_LEVELS,
  VISIT_TYPES,
  WARNING_COLOURS,
} from '#contract'
import { EXPORT_LISTS, exportHeaders } from '#contract'
import zhExports from '#locales/zh-CN/exports'
import koExports from '#locales/ko-CN/exports'
import enExports from '#locales/en/exports'
import zhCommon from '#locales/zh-CN/common'
import koCommon from '#locales/ko-CN/common'
import enCommon from '#locales/en/common'
import zhLists from '#locales/zh-CN/lists'
import koLists from '#locales/ko-CN/lists'
import enLists from '#locales/en/lists'

function lookup(messages: object) {
  return (key: string): string => {
    let node: unknown = messages
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    return typeof node === 'string' ? node : `MISSING ${key}`
  }
}

const LOCALES = {
  'zh-CN': { ...zhCommon, ...zhLists, ...zhExports },
  'ko-CN': { ...koCommon, ...koLists, ...koExports },
  en: { ...enCommon, ...enLists, ...enExports },
}

/** Every message key an export's cells can ask for, besides the headers. */
const VALUE_KEYS = [
  ...VISIT_TYPES.map(v => `lists.visitType.${v}`),
  ...BOTTLENECK_STATES.map(s => `common.bottleneckStatus.${s}`),
  ...RECOMMENDATION_STATES.map(s => `common.recommendationStatus.${s}`),
  ...WARNING_COLOURS.map(w => `common.warning.${w}`),
  ...RESOLUTION_TYPES.map(r => `lists.enums.resolutionType.${r}`),
  ...SATISFACTION_LEVELS.map(s => `lists.enums.satisfaction.${s}`),
  'lists.recommendations.submittedToValue.party_committee',
  'lists.recommendations.submittedToValue.government',
  'exports.values.yes',
  'exports.values.no',
  'exports.truncated',
  'exports.noteSheet',
  'lists.sep',
  'common.appName',
  ...EXPORT_LISTS.flatMap(l => [`exports.fileName.${l}`, `exports.sheetName.${l}`]),
]

describe('export messages', () => {
  it.each(Object.entries(LOCALES))('%s names every column and every value an export writes', (_locale, messages) => {
    const t = lookup(messages)
    const texts = [...EXPORT_LISTS.flatMap(l => exportHeaders(l, t)), ...VALUE_KEYS.map(t)]
    expect(texts.filter(text => text.startsWith('MISSING'))).toEqual([])
  })
})
