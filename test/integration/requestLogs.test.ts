/**
 * Request logs (RONDOM_LOG) are useful for operations but hold no personal data: the privacy officer's search
 * and the family list's search put a BSN, a name or a birth date in the query string, so no query is logged,
 * and neither are cookies or headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type TestApp } from '../support/testApp.ts';

interface LogLine { msg: string; reqId?: string; req?: Record<string, unknown> }

describe('request logs', () => {
  const apps: TestApp[] = [];
  const lines: string[] = [];
  const logStream = { write: (line: string) => { lines.push(line); } };
  const appWith = async (trustProxy: false | string) => {
    const t = await createTestApp({ demo: true, logger: true, logStream, trustProxy });
    apps.push(t);
    return t;
  };
  const logged = () => lines.map((line) => JSON.parse(line) as LogLine);
  let t: TestApp;

  beforeAll(async () => { t = await appWith(false); });
  afterAll(async () => { for (const app of apps) await app.close(); });

  it('logs the privacy officer\'s and the family list\'s searches by path and route, without the query that holds personal data', async () => {
    const municipality = await buildOrganisation(t.db, { kind: 'municipality' });
    const officer = await login(t.app, await buildUser(t.db, { roles: ['privacy_officer'], organisationId: municipality.id }));
    const professional = await login(t.app, await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id }));
    lines.length = 0;
    expect((await officer.get('/api/v1/audit/subjects?bsn=111222333')).statusCode).toBe(200);
    expect((await officer.get('/api/v1/audit/subjects?lastName=Vermeulen&birthDate=2014-07-07')).statusCode).toBe(200);
    expect((await professional.get('/api/v1/households?q=Vermeulen')).statusCode).toBe(200);

    const text = lines.join('\n');
    for (const personal of ['111222333', 'Vermeulen', '2014-07-07', '?', 'rondom_session', 'cookie', 'x-csrf-token']) expect(text).not.toContain(personal);
    const incoming = logged().filter((line) => line.msg === 'incoming request');
    expect(incoming.map((line) => line.req)).toEqual([
      { id: expect.any(String), method: 'GET', path: '/api/v1/audit/subjects', route: '/api/v1/audit/subjects', remoteAddress: '127.0.0.1' },
      { id: expect.any(String), method: 'GET', path: '/api/v1/audit/subjects', route: '/api/v1/audit/subjects', remoteAddress: '127.0.0.1' },
      { id: expect.any(String), method: 'GET', path: '/api/v1/households', route: '/api/v1/households', remoteAddress: '127.0.0.1' },
    ]);
    expect(incoming.every((line) => line.reqId === line.req?.id)).toBe(true);
  });

  it('logs the forwarded client address only behind a trusted proxy', async () => {
    const behindProxy = await appWith('127.0.0.1');
    const forwarded = { url: '/api/v1/session', headers: { 'x-forwarded-for': '203.0.113.7' } } as const;
    lines.length = 0;
    await t.app.inject(forwarded);
    await behindProxy.app.inject(forwarded);
    expect(logged().filter((line) => line.msg === 'incoming request').map((line) => line.req?.remoteAddress)).toEqual(['127.0.0.1', '203.0.113.7']);
  });
});
