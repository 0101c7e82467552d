// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  interface AutocannonRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
  }

  interface AutocannonOptions {
    url: string
    /** Sent with every request (the session cookie). */
    headers?: Record<string, string>
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    requests?: AutocannonRequest[]
  }

  interface Histogram {
    average: number
    mean: number
    p50: number
    p97_5: number
    p99: number
    max: number
    total?: number
  }

  interface AutocannonResult {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    latency: Histogram
    requests: Histogram
  }

  interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): this
    on(event: string, listener: (...args: unknown[]) => void): this
    stop(): void
  }

  function autocannon(options: AutocannonOptions): AutocannonInstance
  export default autocannon
}
