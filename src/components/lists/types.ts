import type { RouteLocationRaw } from 'vue-router'

/** One column of a ListTable; `sortField` makes its header a sort button. */
export interface ListColumn {
  key: string
  label: string
  sortField?: string
  /** Right-align numbers and dates so they line up. */
  numeric?: boolean
}

/** Where a row leads (its detail view). */
export type RowLink<T> = (row: T) => RouteLocationRaw

/** Colour families of status badges; each has a text colour that passes AA on its fill. */
export type BadgeTone = 'neutral' | 'info' | 'progress' | 'good' | 'bad' | 'muted' | 'attention'

/** An option of a filter control: the value in the URL and its label in the current locale. */
export interface FilterOption<V extends string = string> {
  value: V
  label: string
}
