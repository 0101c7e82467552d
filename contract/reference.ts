import { z } from 'zod'
import { id, localizedName } from './common'

export const COUNTY_CODES = ['yanji', 'tumen', 'dunhua', 'hunchun', 'longjing', 'helong', 'wangqing', 'antu'] as const
export const countyCode = z.enum(COUNTY_CODES)
export type CountyCode = z.infer<typeof countyCode>

export const county = z.object({
  code: countyCode,
  name: localizedName,
  kind: z.enum(['city', 'county']),
  /** Position on the tile map (column, row): a grid, not a boundary map (DESIGN.md, Maps). */
  tile: z.object({ x: z.number().int(), y: z.number().int() }),
})
export type County = z.infer<typeof county>

export const department = z.object({
  id,
  code: z.string(),
  name: localizedName,
  /** Customs and the railway bureau answer to Beijing: coordinated with, not assigned. */
  verticallyManaged: z.boolean(),
})
export type Department = z.infer<typeof department>

export const BOTTLENECK_CATEGORIES = [
  'financing',
  'labour',
  'land',
  'approvals',
  'customs',
  'logistics',
  'markets',
  'policy',
  'utilities',
  'technology',
] as const
export const bottleneckCategory = z.enum(BOTTLENECK_CATEGORIES)
export type BottleneckCategory = z.infer<typeof bottleneckCategory>

/** zh/ko/en labels for the categories: they are data, like chain names. */
export const CATEGORY_NAMES: Record<BottleneckCategory, z.infer<typeof localizedName>> = {
  financing: { zh: '融资资金', ko: '융자자금', en: 'Financing' },
  labour: { zh: '用工人才', ko: '로동력·인재', en: 'Labour and talent' },
  land: { zh: '用地规划', ko: '용지규획', en: 'Land and planning' },
  approvals: { zh: '审批办证', ko: '심사허가', en: 'Approvals and permits' },
  customs: { zh: '通关口岸', ko: '통관구안', en: 'Customs and ports' },
  logistics: { zh: '物流运力', ko: '물류운력', en: 'Logistics capacity' },
  markets: { zh: '市场订单', ko: '시장주문', en: 'Markets and orders' },
  policy: { zh: '政策兑现', ko: '정책락실', en: 'Policy delivery' },
  utilities: { zh: '水电气暖', ko: '물전기가스난방', en: 'Utilities' },
  technology: { zh: '技术创新', ko: '기술혁신', en: 'Technology and innovation' },
}

export const ROLES = ['admin', 'leader', 'liaison', 'department', 'viewer'] as const
export const role = z.enum(ROLES)
export type Role = z.infer<typeof role>

export const user = z.object({
  id,
  username: z.string().min(1),
  displayName: z.string().min(1),
  role,
  /** Chains a leader or liaison may write to; empty for other roles. */
  chainIds: z.array(id),
  /** The department of a department user; null otherwise. */
  departmentId: id.nullable(),
  active: z.boolean(),
})
export type User = z.infer<typeof user>
