import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret } from '../../src/api/auth/totp.ts';
import type { AuditRequestView } from '../../src/api/contract.ts';
import { systemChecks } from '../../src/audit/types.ts';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { audit } from '../../src/audit/write.ts';
import { dutchDay } from '../../src/clock.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

/** A browser that keeps its session cookie and names the page view each request belongs to, as the web app does. */
async function browserSession(t: TestApp, credentials: { email: string; password: string }) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: credentials.email, password: credentials.password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'rondom_session')!.value;
  return (url: string, viewId?: string) => t.app.inject({ method: 'GET', url, cookies: { rondom_session: cookie }, headers: viewId ? { 'x-rondom-view': viewId } : {} });
}

describe("the privacy officer's log: one row per request, filters, CSV", () => {
  let t: TestApp;
  let anouk: Client; let privacy: Client; let professionalOfOtherRole: Client; let administrator: Client; let overseer: Client;
  let anoukBrowser: Awaited<ReturnType<typeof browserSession>>;
  let marcoBrowser: Awaited<ReturnType<typeof browserSession>>;
  const ids = { anouk: '', marco: '', bakker: '', sanne: '', smit: '' };
  const pageView = randomUUID();

  const log = async (query: string): Promise<{ data: AuditRequestView[]; nextCursor: string | null }> => {
    const response = await privacy.get(`/api/v1/audit?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const familyPage = (open: typeof anoukBrowser, householdId: string, viewId?: string) => Promise.all([
    open(`/api/v1/households/${householdId}`, viewId), open(`/api/v1/households/${householdId}/timeline`, viewId),
    open(`/api/v1/households/${householdId}/alerts?includeAcknowledged=true`, viewId), open(`/api/v1/households/${householdId}/history-requests`, viewId),
  ]);

  beforeAll(async () => {
    t = await createTestApp();
    const districtTeam = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const municipality = await buildOrganisation(t.db, { name: 'Gemeente Rondeel', kind: 'municipality' });
    // A name typed by a person can look like a formula to a spreadsheet.
    const anoukAccount = await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, name: '=HYPERLINK("http://evil.example","Anouk")' });
    const marcoAccount = await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, name: 'Marco de Vries' });
    const totpSecret = newTotpSecret();
    const privacyAccount = await buildUser(t.db, { roles: ['privacy_officer'], organisationId: municipality.id, name: 'FG Pieter', totpSecret });
    const adminSecret = newTotpSecret();
    const adminAccount = await buildUser(t.db, { roles: ['administrator'], organisationId: municipality.id, totpSecret: adminSecret });
    const overseerAccount = await buildUser(t.db, { roles: ['overseer'], organisationId: municipality.id });
    Object.assign(ids, { anouk: anoukAccount.id, marco: marcoAccount.id });
    [anouk, privacy, professionalOfOtherRole, administrator, overseer] = await Promise.all([
      login(t.app, anoukAccount), login(t.app, { ...privacyAccount, totp: currentTotp(totpSecret) }), login(t.app, marcoAccount),
      login(t.app, { ...adminAccount, totp: currentTotp(adminSecret) }), login(t.app, overseerAccount),
    ]);
    ids.bakker = (await anouk.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel' })).json().id;
    ids.sanne = (await anouk.post(`/api/v1/households/${ids.bakker}/persons`, { firstName: 'Sanne', lastName: 'Bakker', birthDate: '2016-03-02', role: 'child' })).json().id;
    await anouk.post(`/api/v1/households/${ids.bakker}/involvements`, { userId: ids.marco, reason: 'Verzuim van Sanne', domain: 'education' });
    ids.smit = (await anouk.post('/api/v1/households', { name: 'Familie Smit', municipality: 'Rondeel' })).json().id;
    anoukBrowser = await browserSession(t, anoukAccount);
    marcoBrowser = await browserSession(t, marcoAccount);
  });
  afterAll(() => t.close());

  it('shows one page view (family, timeline, alerts, history requests) as one row, and keeps every event', async () => {
    const answers = await familyPage(anoukBrowser, ids.bakker, pageView);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const stored = await t.db.selectFrom('audit_events').select(['action', 'request_id', 'view_id']).where('view_id', '=', pageView).execute();
    expect(stored.map((e) => e.action).sort()).toEqual(['alert.list', 'history.list', 'household.read', 'timeline.read']);
    expect(new Set(stored.map((e) => e.request_id)).size).toBe(4); // four HTTP requests, each its own id

    const { data } = await log(`householdId=${ids.bakker}&actorId=${ids.anouk}&from=${dutchDay(new Date())}`);
    const row = data.find((r) => r.events.some((e) => e.action === 'timeline.read'))!;
    expect(row.events.map((e) => e.action).sort()).toEqual(['alert.list', 'history.list', 'household.read', 'timeline.read']);
    expect(row).toMatchObject({ userId: ids.anouk, organisationName: 'Wijkteam Noord', roles: ['professional'] });
    expect(row.firstAt <= row.lastAt).toBe(true);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('without a page view, groups by HTTP request; another user never joins a row, and a malformed page view id is ignored', async () => {
    await familyPage(anoukBrowser, ids.smit);
    const pageActions = ['alert.list', 'history.list', 'household.read', 'timeline.read'];
    const perRequest = (await log(`householdId=${ids.smit}&actorId=${ids.anouk}`)).data.filter((r) => r.events.some((e) => pageActions.includes(e.action)));
    expect(perRequest.map((r) => r.events.map((e) => e.action)).sort()).toEqual(pageActions.map((action) => [action]));

    // Marco sends Anouk's page view id: his look stays a row of his own.
    expect((await marcoBrowser(`/api/v1/households/${ids.bakker}`, pageView)).statusCode).toBe(200);
    const rows = (await log(`householdId=${ids.bakker}&action=household.read`)).data;
    const marcos = rows.filter((r) => r.userId === ids.marco);
    expect(marcos).toHaveLength(1);
    expect(marcos[0]!.events).toHaveLength(1);

    await marcoBrowser(`/api/v1/households/${ids.bakker}`, 'not-a-uuid');
    const last = await t.db.selectFrom('audit_events').select(['view_id', 'request_id']).where('user_id', '=', ids.marco).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last.view_id).toBeNull();
    expect(last.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the chain valid across events with and without request ids (events from before the migration)', async () => {
    await t.db.transaction().execute((tx) => audit(tx, { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null }, { action: 'audit.checkpoint', purpose: 'integrity', checks: systemChecks }));
    const old = await t.db.selectFrom('audit_events').select(['request_id', 'view_id']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(old).toEqual({ request_id: null, view_id: null });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('filters by actor (id or e-mail address), action and period, both days included', async () => {
    const today = dutchDay(new Date());
    const byMarco = (await log(`actorId=${ids.marco}`)).data;
    expect(byMarco.length).toBeGreaterThan(0);
    expect(byMarco.every((r) => r.userId === ids.marco)).toBe(true);
    const marcoEmail = (await t.db.selectFrom('users').select('email').where('id', '=', ids.marco).executeTakeFirstOrThrow()).email;
    // Marco did nothing since: the same rows, whichever way he is named (the address in any capitals).
    expect((await log(`actorEmail=${encodeURIComponent(marcoEmail.toUpperCase())}`)).data.map((r) => r.id)).toEqual(byMarco.map((r) => r.id));
    const timelineOnly = (await log('action=timeline.read')).data;
    expect(timelineOnly.length).toBeGreaterThan(0);
    expect(timelineOnly.flatMap((r) => r.events).every((e) => e.action === 'timeline.read')).toBe(true);
    expect((await log(`from=${today}&to=${today}`)).data.length).toBeGreaterThan(0);
    expect((await log('from=2020-01-01&to=2020-12-31')).data).toEqual([]);
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    expect((await log(`from=${dutchDay(tomorrow)}`)).data).toEqual([]);
  });

  it('refuses a date that does not exist, a period that ends before it starts and an unknown action, naming the field', async () => {
    for (const [query, field] of [['from=2026-02-30', 'from'], ['from=2026-12-02&to=2026-12-01', 'to'], ['action=household.peek', 'action'], ['actorId=42', 'actorId'], ['cursor=abc', 'cursor']] as const) {
      const response = await privacy.get(`/api/v1/audit?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(JSON.stringify(response.json().errors), query).toContain(field);
      expect((await privacy.get(`/api/v1/audit/events.csv?${query.replace('cursor=abc', 'to=2026-13-01')}`)).statusCode, query).toBe(400);
    }
  });

  it('pages with a cursor: every request once, none twice, newest first', async () => {
    const all = (await log('limit=500')).data.map((r) => r.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: AuditRequestView[]; nextCursor: string | null } = await log(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.data.length).toBeLessThanOrEqual(3);
      paged.push(...page.data.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    // Each look at the log is itself logged, as a newer row: up to the first answer, the pages agree with it.
    expect(all.length).toBeGreaterThan(6);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.filter((id) => BigInt(id) <= BigInt(all[0]!))).toEqual(all);
    expect([...paged].sort((a, b) => Number(BigInt(b) - BigInt(a)))).toEqual(paged);
  });

  it('exports the same filter as CSV, one line per event, with formulas defused, and logs the export', async () => {
    const response = await privacy.get(`/api/v1/audit/events.csv?householdId=${ids.bakker}&actorId=${ids.anouk}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="rondom-logboek-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq;occurred_at;request;user_id;user_name;user_email;roles;organisation;ip;session;action;action_code;purpose;outcome;household_ids;person_ids;checks');
    const events = await t.db.selectFrom('audit_events').select(['seq', 'action']).where('user_id', '=', ids.anouk)
      .where((eb) => eb('household_ids', '@>', eb.val([ids.bakker]).$castTo<string[]>())).orderBy('seq', 'desc').execute();
    expect(lines).toHaveLength(events.length + 1);
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(events.map((e) => String(e.seq)));
    // The name that starts with '=' is written as text, never as a formula.
    expect(lines.slice(1).every((line) => line.includes(`;"'=HYPERLINK(""http://evil.example"",""Anouk"")";`))).toBe(true);
    expect(lines.some((line) => /;=/.test(line))).toBe(false);
    expect(lines.find((line) => line.includes(';timeline.read;'))).toContain(pageView);

    const exported = await t.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(exported).toMatchObject({ action: 'audit.export', action_code: 'R', household_ids: [ids.bakker], details: { filter: { householdId: ids.bakker, actorId: ids.anouk }, events: events.length } });
  });

  it('is for the privacy officer only: others are refused, on screen and as CSV, and the refusal is logged', async () => {
    for (const client of [anouk, professionalOfOtherRole, administrator, overseer]) {
      for (const url of ['/api/v1/audit', '/api/v1/audit/events.csv']) {
        const response = await client.get(url);
        expect(response.statusCode, url).toBe(403);
        expect(response.body).not.toContain('household.read');
      }
    }
    const denied = await t.db.selectFrom('audit_events').select('action').where('outcome', '=', 'denied').where('action', '=', 'audit.export').execute();
    expect(denied).toHaveLength(4);
  });
});
