/**
 * Security headers. The CSP lets the built SPA run and nothing else: scripts from our origin only,
 * inline styles (ECharts and Element Plus set style attributes), data:/blob: images (chart exports),
 * API calls to our origin. No upgrade-insecure-requests: intranet deployments often run plain HTTP.
 */
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  })
}
