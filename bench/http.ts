/** Logging in over real HTTP and driving the API with autocannon. */
import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats.ts';

export interface Session { userId: string; email: string; cookie: string; sid: string }

export async function login(base: string, email: string, password: string, userId: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('rondom_session='));
  if (!setCookie) throw new Error(`login ${email}: no session cookie`);
  const value = setCookie.split(';')[0]!.slice('rondom_session='.length);
  // The cookie is "<sid>.<signature>", URL-encoded; the store is keyed by the sid.
  const sid = decodeURIComponent(value).split('.')[0]!;
  return { userId, email, cookie: `rondom_session=${value}`, sid };
}

export interface LoadTarget { session: Session; paths: string[] }

export interface HttpRunResult {
  seconds: number; requests: number; requestsPerSecond: number; latency: LatencySummary;
  non2xx: number; errors: number; timeouts: number; statusCodes: Record<string, number>;
  autocannon: { p50: number; p90: number; p97_5: number; p99: number; average: number };
}

/** `connections` keep-alive connections; every request picks a random user and one of that user's paths. */
export async function runHttp(base: string, targets: LoadTarget[], options: { connections: number; seconds: number }): Promise<HttpRunResult> {
  const url = new URL(base);
  const samples: number[] = [];
  const statusCodes: Record<string, number> = {};
  const instance = autocannon({
    url: base, connections: options.connections, duration: options.seconds, timeout: 30,
    requests: [{
      method: 'GET',
      setupRequest: (request) => {
        const target = targets[Math.floor(Math.random() * targets.length)]!;
        const path = target.paths[Math.floor(Math.random() * target.paths.length)]!;
        return { ...request, path, headers: { ...request.headers, host: url.host, cookie: target.session.cookie } };
      },
    }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    samples.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const non2xx = Object.entries(statusCodes).filter(([code]) => !code.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
  return {
    seconds: options.seconds,
    requests: samples.length,
    requestsPerSecond: Math.round((samples.length / options.seconds) * 10) / 10,
    latency: summarize(samples),
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    autocannon: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, average: result.latency.average },
  };
}
