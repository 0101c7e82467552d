import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api/http'
import { useResource } from '@/composables/useResource'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const flush = () => new Promise(r => setTimeout(r))

describe('useResource', () => {
  it('fetches immediately and exposes the data', async () => {
    const r = useResource(async () => 42)
    expect(r.isLoading.value).toBe(true)
    await flush()
    expect(r.data.value).toBe(42)
    expect(r.isLoading.value).toBe(false)
    expect(r.error.value).toBeUndefined()
  })

  it('turns a failure into an ApiError', async () => {
    const r = useResource(async () => {
      throw new ApiError(503, 'network_error', 'down')
    })
    await flush()
    expect(r.error.value?.code).toBe('network_error')
    const plain = useResource(async () => {
      throw new Error('boom')
    })
    await flush()
    expect(plain.error.value).toBeInstanceOf(ApiError)
    expect(plain.error.value?.code).toBe('unknown')
  })

  it('refetches when a dependency changes', async () => {
    const id = ref(1)
    const r = useResource(async () => id.value * 10, id)
    await flush()
    id.value = 2
    await nextTick()
    await flush()
    expect(r.data.value).toBe(20)
  })

  it('drops the response of a superseded request', async () => {
    const calls = [deferred<string>(), deferred<string>()]
    let n = 0
    const dep = ref(0)
    const r = useResource(() => calls[n++]!.promise, dep)
    dep.value = 1
    await nextTick()
    calls[1]!.resolve('new')
    await flush()
    calls[0]!.resolve('old')
    await flush()
    expect(r.data.value).toBe('new')
    expect(r.isLoading.value).toBe(false)
  })

  it('clears the error on a successful retry', async () => {
    let fail = true
    const r = useResource(async () => {
      if (fail) throw new ApiError(0, 'network_error', 'x')
      return 'ok'
    })
    await flush()
    expect(r.error.value).toBeDefined()
    fail = false
    await r.refresh()
    expect(r.error.value).toBeUndefined()
    expect(r.data.value).toBe('ok')
  })
})
