import type { RouteRecordRaw } from 'vue-router'

/** The present pages (issue 4). */
export const presentRoutes: RouteRecordRaw[] = []
