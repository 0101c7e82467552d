import type { RouteRecordRaw } from 'vue-router'

/** Sign-in, one's own account, and recording a visit. `meta.public` marks pages open without a session. */
export const authRoutes: RouteRecordRaw[] = []
