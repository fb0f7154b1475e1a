// autocannon ships no types; the little the bench uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  interface RequestParams { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Options {
    url: string; connections?: number; duration?: number; amount?: number; timeout?: number;
    requests?: Array<RequestParams & { setupRequest?: (request: RequestParams, context: Record<string, unknown>) => RequestParams }>;
  }
  interface Histogram { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number }
  interface Result { latency: Histogram; requests: Histogram; errors: number; timeouts: number; non2xx: number }
  type Instance = EventEmitter & PromiseLike<Result>;
  function autocannon(options: Options): Instance;
  export default autocannon;
}
