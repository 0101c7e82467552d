import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '#contract'

const messages = ['lists', 'workflow'] as const
/** Who raises bottlenecks and drafts recommendations (DOMAIN.md); the pages say so to anyone else too. */
const WRITERS: readonly Role[] = ['admin', 'leader', 'liaison']

/**
 * The bottleneck board, "my queue", raising and editing a bottleneck, the recommendation pipeline and form.
 * Static paths (/bottlenecks/board, /recommendations/new…) outrank the list routes' /:id params
 * although the app router lists these after them: vue-router ranks a static segment above a
 * parameter whatever the order (tests/unit/workflow/workflowRoutes.test.ts holds it to that).
 */
export const workflowRoutes: RouteRecordRaw[] = [
  {
    path: '/bottlenecks/board',
    name: 'bottleneck-board',
    component: () => import('@/views/BottleneckBoardView.vue'),
    meta: { messages },
  },
  {
    path: '/bottlenecks/:id(\\d+)/edit',
    name: 'bottleneck-edit',
    component: () => import('@/views/BottleneckEditView.vue'),
    meta: { messages, roles: WRITERS, filters: false },
  },
  {
    path: '/bottlenecks/new',
    name: 'bottleneck-new',
    component: () => import('@/views/BottleneckNewView.vue'),
    meta: { messages, roles: WRITERS, filters: false },
  },
  {
    path: '/queue',
    name: 'my-queue',
    component: () => import('@/views/MyQueueView.vue'),
    meta: { messages, filters: false },
  },
  {
    path: '/recommendations/pipeline',
    name: 'recommendation-pipeline',
    component: () => import('@/views/RecommendationPipelineView.vue'),
    meta: { messages },
  },
  {
    path: '/recommendations/new',
    name: 'recommendation-new',
    component: () => import('@/views/RecommendationFormView.vue'),
    meta: { messages, roles: WRITERS, filters: false },
  },
  {
    path: '/recommendations/:id(\\d+)/edit',
    name: 'recommendation-edit',
    component: () => import('@/views/RecommendationFormView.vue'),
    meta: { messages, roles: WRITERS, filters: false },
  },
]
