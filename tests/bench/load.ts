/** Latency and throughput of one endpoint under concurrent load (autocannon) or one client at a time. */
import autocannon from 'autocannon'
import { percentile } from './percentiles'

export interface LoadResult {
  p50: number
  p95: number
  requestsPerSecond: number
  requests: number
  /** Responses that were not 2xx, plus socket errors and timeouts. */
  failures: number
  /** What the failures were, e.g. "3 × 500, 2 timeouts"; empty when there were none. */
  failureDetail: string
}

/**
 * Runs autocannon against `paths` (each connection cycles through them) on `baseUrl`, sending
 * `headers` (the session cookie) with each. autocannon's own histogram has no p95, so latencies
 * are collected from its response events.
 */
export async function loadTest(
  baseUrl: string,
  paths: string[],
  connections: number,
  durationSeconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const latencies: number[] = []
  const non2xx = new Map<number, number>()
  const instance = autocannon({
    url: baseUrl,
    headers,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: paths.map(path => ({ method: 'GET', path })),
  })
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime)
    if (statusCode < 200 || statusCode >= 300) non2xx.set(statusCode, (non2xx.get(statusCode) ?? 0) + 1)
  })
  const result = await instance
  const detail = [...non2xx].map(([status, n]) => `${n} × ${status}`)
  // autocannon counts a timeout as an error too.
  const socketErrors = result.errors - result.timeouts
  if (result.timeouts) detail.push(`${result.timeouts} timeouts (>10 s)`)
  if (socketErrors) detail.push(`${socketErrors} socket errors`)
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requestsPerSecond: latencies.length / result.duration,
    requests: latencies.length,
    failures: [...non2xx.values()].reduce((a, b) => a + b, 0) + result.errors,
    failureDetail: detail.join(', '),
  }
}

export interface SequentialResult {
  p50: number
  p95: number
  count: number
  failures: string[]
}

/**
 * Requests each path once, one after another (with `headers`), timing each response to the last
 * byte: the latency of a single client, with no queueing behind other requests.
 */
export async function timeSequentially(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<SequentialResult> {
  const times: number[] = []
  const failures: string[] = []
  const deadline = Date.now() + timeoutMs
  for (const path of paths) {
    if (Date.now() > deadline) {
      failures.push(`stopped after ${timeoutMs / 1000} s`)
      break
    }
    const started = performance.now()
    const res = await fetch(baseUrl + path, { headers, signal: AbortSignal.timeout(timeoutMs) })
    await res.arrayBuffer()
    times.push(performance.now() - started)
    if (!res.ok) failures.push(`${res.status} ${path}`)
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length, failures }
}
