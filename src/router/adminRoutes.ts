import type { RouteRecordRaw } from 'vue-router'

/** The admin screens: users, chains, departments, enterprises, calendar, time limits. */
export const adminRoutes: RouteRecordRaw[] = []
