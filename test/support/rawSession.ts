import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** A login through the real endpoint, keeping what a browser would: the session cookie and the CSRF token. */
export interface RawSession { cookie: string; csrfToken: string; response: LightMyRequestResponse }

export async function loginRaw(app: FastifyInstance, credentials: { email: string; password: string; totp?: string }): Promise<RawSession> {
  const response = await attemptLogin(app, credentials);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'rondom_session')!.value;
  return { cookie, csrfToken: response.json().csrfToken, response };
}

/** Sends only the login fields, so a factory's user record can be passed as it is. */
export function attemptLogin(app: FastifyInstance, { email, password, totp }: { email: string; password: string; totp?: string }) {
  return app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password, ...(totp === undefined ? {} : { totp }) } });
}

/** A request with the session cookie and, only when given, an x-csrf-token header. */
export function sendWith(app: FastifyInstance, options: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; cookie: string; csrfToken?: string; body?: object }) {
  return app.inject({
    method: options.method, url: options.url, cookies: { rondom_session: options.cookie },
    headers: options.csrfToken === undefined ? {} : { 'x-csrf-token': options.csrfToken },
    ...(options.body ? { payload: options.body } : {}),
  });
}
