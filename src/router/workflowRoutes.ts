import type { RouteRecordRaw } from 'vue-router'

/** The bottleneck board, "my queue", raising a bottleneck, the recommendation pipeline and form. */
export const workflowRoutes: RouteRecordRaw[] = []
