import type { RouteRecordRaw } from 'vue-router'

/** The display pages (issue 4). */
export const displayRoutes: RouteRecordRaw[] = []
