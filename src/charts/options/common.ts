import type { ChartOption, Translate } from './types'

/**
 * The accessibility part of every option: ECharts' generated description is off because the
 * chart container carries our own translated label; decals (patterns) tell series apart where
 * colour is what separates them.
 */
export function ariaOption(decal: boolean): ChartOption['aria'] {
  return { enabled: true, label: { enabled: false }, decal: { show: decal } }
}

/** A centred "no data" title for an option whose data is empty. */
export function emptyTitle(t: Translate): ChartOption['title'] {
  return {
    text: t('common.state.empty'),
    left: 'center',
    top: 'middle',
    textStyle: { fontSize: 14, fontWeight: 'normal', color: '#4d5a6b' },
  }
}

/** "label value, label value" — the text alternative of a one-series chart. */
export function summarize(items: { label: string; value: number }[], format: (n: number) => string = String): string {
  return items.map(i => `${i.label} ${format(i.value)}`).join(', ')
}
