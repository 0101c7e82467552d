import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { listRoutes } from '@/router/listRoutes'
import { workflowRoutes } from '@/router/workflowRoutes'

// The app router lists the workflow routes after the list routes' /:id params.
const router = createRouter({ history: createMemoryHistory(), routes: [...listRoutes, ...workflowRoutes] })

describe('workflow routes', () => {
  it.each([
    ['/bottlenecks/board', 'bottleneck-board'],
    ['/bottlenecks/new', 'bottleneck-new'],
    ['/bottlenecks/12', 'bottleneck'],
    ['/recommendations/pipeline', 'recommendation-pipeline'],
    ['/recommendations/new', 'recommendation-new'],
    ['/recommendations/7/edit', 'recommendation-edit'],
    ['/recommendations/7', 'recommendation'],
    ['/queue', 'my-queue'],
  ])('%s opens %s', (path, name) => {
    expect(router.resolve(path).name).toBe(name)
  })

  it('loads the lists and workflow messages for every workflow page', () => {
    for (const r of workflowRoutes) expect(r.meta?.messages).toEqual(['lists', 'workflow'])
  })
})
