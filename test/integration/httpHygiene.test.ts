/**
 * What every response carries and how the server answers requests that are wrong before any route sees
 * them: too large, in another charset, too many from one anonymous address. Headers that are too large are
 * refused by Node's HTTP parser before Fastify, so that case goes over a real socket.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type TestApp } from '../support/testApp.ts';

/** Sends raw bytes and returns whatever the server wrote back before it closed the connection. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => { received += chunk.toString(); });
    socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    socket.on('close', () => resolve(received));
    socket.write(request);
  });
}

function parseRawResponse(raw: string) {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('http hygiene', () => {
  let t: TestApp;
  let user: { email: string; password: string };
  beforeAll(async () => {
    t = await createTestApp();
    user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
  });
  afterAll(() => t.close());

  it('switches off camera, microphone, location, payment and devices on every response, problems and 404s included', async () => {
    const client = await login(t.app, user);
    const responses = [
      await client.get('/api/v1/session'),
      await t.app.inject({ method: 'GET', url: '/api/v1/households' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 401, 404]);
    for (const response of responses) {
      const policy = String(response.headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`);
    }
  });

  it('answers headers that are too large with 431 problem+json, over a real socket', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const raw = await rawExchange(port, `GET /api/v1/session HTTP/1.1\r\nHost: localhost\r\nCookie: x=${'a'.repeat(64 * 1024)}\r\n\r\n`);
    const response = parseRawResponse(raw);
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['permissions-policy']).toContain('camera=()');
    expect(JSON.parse(response.body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('answers a body that is too large with 413 problem+json', async () => {
    const response = await t.app.inject({
      method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: user.email, password: 'x'.repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
  });

  it('refuses JSON that declares a charset other than UTF-8 with 415, before reading it', async () => {
    const auditBefore = await countRows(t.db, 'audit_events');
    const body = JSON.stringify({ email: user.email, password: user.password });
    const send = (contentType: string) => t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': contentType }, payload: body });
    const latin1 = await send('application/json; charset=ISO-8859-1');
    expect(latin1.statusCode).toBe(415);
    expect(latin1.headers['content-type']).toContain('application/problem+json');
    expect(latin1.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_CHARSET' });
    expect((await send('application/json; charset="utf-16"')).json().code).toBe('UNSUPPORTED_CHARSET');
    expect(await countRows(t.db, 'audit_events')).toBe(auditBefore); // no login was attempted
    expect((await send('application/json; charset=UTF-8')).statusCode).toBe(200);
    expect((await send('application/json')).statusCode).toBe(200);
  });
});

describe('requests without a session', () => {
  let t: TestApp;
  const perMinute = 3;
  beforeAll(async () => { t = await createTestApp({ anonymousRateLimitPerMinute: perMinute }); });
  afterAll(() => t.close());

  it('are limited per address with 429 problem+json, and what is refused over the limit is not written', async () => {
    const user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
    const client = await login(t.app, user); // the login itself is one request without a session
    const anonymous = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/v1/households', remoteAddress });
    for (let i = 1; i < perMinute; i += 1) expect((await anonymous('127.0.0.1')).statusCode).toBe(401);
    const auditBefore = await countRows(t.db, 'audit_events');
    const limited = await anonymous('127.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(await countRows(t.db, 'audit_events')).toBe(auditBefore); // the refusal of a 401 is audited; a 429 is not
    // Another address, and a signed-in user from the same one, are not held back.
    expect((await anonymous('10.9.8.7')).statusCode).toBe(401);
    expect((await client.get('/api/v1/households')).statusCode).toBe(200);
  });
});
