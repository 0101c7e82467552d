import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { classifyWriteFailure, splitFieldErrors } from '@/components/workflow/writeFailure'

describe('write failures', () => {
  it('turns both 409 codes into a conflict that calls for a reload', () => {
    expect(classifyWriteFailure(new ApiError(409, 'stale_version', 'x'))).toEqual({
      kind: 'conflict',
      code: 'stale_version',
    })
    expect(classifyWriteFailure(new ApiError(409, 'illegal_transition', 'x'))).toEqual({
      kind: 'conflict',
      code: 'illegal_transition',
    })
  })

  it('hands 400 fields to the form and other failures to a message', () => {
    expect(classifyWriteFailure(new ApiError(400, 'validation_failed', 'x', { reason: 'Too small' }))).toEqual({
      kind: 'fields',
      fields: { reason: 'Too small' },
    })
    expect(classifyWriteFailure(new ApiError(403, 'forbidden', 'x'))).toEqual({ kind: 'message', key: 'forbidden' })
    expect(classifyWriteFailure(new ApiError(0, 'network_error', 'x'))).toEqual({ kind: 'message', key: 'network' })
    expect(classifyWriteFailure(new Error('boom'))).toEqual({ kind: 'message', key: 'generic' })
  })

  it('shows a nested field error on its control and an unknown one at the top', () => {
    expect(
      splitFieldErrors({ 'departmentIds.0': 'bad', version: 'stale', reason: 'empty' }, ['departmentIds', 'reason']),
    ).toEqual({ byField: { departmentIds: 'bad', reason: 'empty' }, other: ['version'] })
  })
})
