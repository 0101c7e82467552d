/**
 * The one error handler: every failure leaves as { error: { code, message, fields?, requestId } }
 * (contract/errors.ts); `requestId` is the id on the request's log lines, for the user to quote.
 * Schema validation → 400 validation_failed naming each bad field; our own ApiProblems keep their
 * status; other client errors keep theirs; anything else is a 500 that says nothing about
 * internals (the details, with the stack, go to the log).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { fieldsFromZodIssues, type ApiErrorBody, type ErrorCode } from '#contract'
import { ApiProblem } from '../errors'

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
}

interface ValidationIssue {
  instancePath?: string
  message?: string
  keyword?: string
  params?: Record<string, unknown>
}

/**
 * Turns fastify's validation list into the `fields` map through the contract's rule (the mock
 * answers through the same one). `byParameter` for query strings and path parameters.
 */
export function fieldsFromValidation(issues: readonly ValidationIssue[], byParameter: boolean): Record<string, string> {
  return fieldsFromZodIssues(
    issues.map(issue => ({
      path: (issue.instancePath ?? '').split('/').filter(Boolean),
      message: issue.message ?? 'invalid',
      code: issue.keyword,
      keys: Array.isArray(issue.params?.keys) ? (issue.params.keys as string[]) : undefined,
    })),
    byParameter,
  )
}

function send(reply: FastifyReply, status: number, error: ApiErrorBody['error']) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ error: { ...error, requestId: reply.request.id } }))
}

/** Installs the error handler and the JSON 404 for unknown /api routes. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(err) || Array.isArray(err.validation)) {
      const where = err.validationContext ?? 'request'
      return send(reply, 400, {
        code: 'validation_failed',
        message: `invalid ${where}`,
        fields: fieldsFromValidation(err.validation ?? [], where === 'querystring' || where === 'params'),
      })
    }
    if (err instanceof ApiProblem) {
      return send(reply, err.statusCode, {
        ...err.details,
        code: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
      })
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return send(reply, status, { code: CODE_BY_STATUS[status] ?? 'validation_failed', message: err.message })
    }
    request.log.error({ err }, 'request failed')
    return send(reply, 500, { code: 'internal', message: 'internal server error' })
  })
}
