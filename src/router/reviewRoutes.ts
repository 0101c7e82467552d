import type { RouteRecordRaw } from 'vue-router'

/** The review pages (issue 4). */
export const reviewRoutes: RouteRecordRaw[] = []
