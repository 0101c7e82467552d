/** OpenAPI 3 from the routes' zod schemas at /api/openapi.json, and Swagger UI at /api/docs. */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'

/** Registers the document generator; call before any route is added. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Chain Cockpit API',
        description: '产业链链长驾驶舱: chains, enterprises, visits, bottlenecks, recommendations, KPIs',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  })
  // Swagger UI sets its own CSP for its assets; drop the HTTPS upgrade as for the SPA.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: header => header.replace(/upgrade-insecure-requests;?/, ''),
  })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
