/**
 * With RONDOM_SECURE_COOKIES=1 the browser keeps the session cookie only over https. A login over plain
 * http would seem to succeed and then not: the login route says so instead, before it checks anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/testApp.ts';

describe('logging in with secure cookies', () => {
  let t: TestApp;
  let user: { id: string; email: string; password: string };
  const loginOver = (headers: Record<string, string>, remoteAddress = '127.0.0.1') => t.app.inject({
    method: 'POST', url: '/api/v1/session', headers, remoteAddress, payload: { email: user.email, password: user.password },
  });

  beforeAll(async () => {
    t = await createTestApp({ secureCookies: true, trustProxy: '127.0.0.1' });
    user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
  });
  afterAll(() => t.close());

  it('refuses a login that arrived over plain http with INSECURE_CONNECTION, and changes nothing', async () => {
    const sessionsBefore = await countRows(t.db, 'sessions');
    const auditBefore = await countRows(t.db, 'audit_events');
    const response = await loginOver({});
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'INSECURE_CONNECTION' });
    expect(response.cookies).toEqual([]);
    expect(await countRows(t.db, 'sessions')).toBe(sessionsBefore);
    expect(await countRows(t.db, 'audit_events')).toBe(auditBefore);
    const row = await t.db.selectFrom('users').select('failed_logins').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(0); // not a failed attempt: the password was never checked
  });

  it('refuses a claim of https from an address that is not the trusted proxy', async () => {
    const response = await loginOver({ 'x-forwarded-proto': 'https' }, '10.20.30.40');
    expect(response.json().code).toBe('INSECURE_CONNECTION');
  });

  it('logs in over https through the trusted proxy and marks the cookie Secure', async () => {
    const response = await loginOver({ 'x-forwarded-proto': 'https' });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'rondom_session');
    expect(cookie?.secure).toBe(true);
  });
});

describe('logging in without secure cookies (a trial on http://localhost)', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(() => t.close());

  it('accepts a login over plain http', async () => {
    const user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: user.email, password: user.password } });
    expect(response.statusCode).toBe(200);
  });
});
