/**
 * Findings of an outside probe: malformed dates gave 500s (to anonymous callers too), some refusals were
 * not logged, and a refused attempt on something that exists cost more than one on something that does not.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { anonymousClient, createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const malformedDates = ['abc', '2023-1-1', '99999-01-01', '2023-01-01T00:00:00Z', '2023-02-30', '2023-01-01T00:00:00.000+01:00', ''];

describe('input and refusals', () => {
  let t: TestApp;
  let statements = 0;
  let anouk: Client;
  let jeroen: Client;
  let admin: Client;
  let privacy: Client;
  let householdId: string;
  let childId: string;
  let involvementId: string;
  let otherHouseholdId: string;

  beforeAll(async () => {
    t = await createTestApp({ demo: true }, { database: { onQuery: () => { statements += 1; } } });
    const districtTeam = await buildOrganisation(t.db, { name: 'Wijkteam West' });
    const school = await buildOrganisation(t.db, { name: 'De Regenboog', kind: 'school' });
    const municipality = await buildOrganisation(t.db, { name: 'Gemeente', kind: 'municipality' });
    anouk = await login(t.app, await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id }));
    const jeroenAccount = await buildUser(t.db, { roles: ['professional'], organisationId: school.id });
    jeroen = await login(t.app, jeroenAccount);
    admin = await login(t.app, await buildUser(t.db, { roles: ['administrator'], organisationId: municipality.id }));
    privacy = await login(t.app, await buildUser(t.db, { roles: ['privacy_officer'], organisationId: municipality.id }));
    householdId = (await anouk.post('/api/v1/households', { name: 'Familie Peters', municipality: 'Rondeel' })).json().id;
    childId = (await anouk.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Noor', lastName: 'Peters', birthDate: '2015-04-04', role: 'child' })).json().id;
    involvementId = (await anouk.post(`/api/v1/households/${householdId}/involvements`, { userId: jeroenAccount.id, reason: 'Leerkracht', domain: 'education' })).json().id;
    otherHouseholdId = (await jeroen.post('/api/v1/households', { name: 'Familie Smit', municipality: 'Rondeel' })).json().id;
  });
  afterAll(() => t.close());

  const deniedEvents = (action: string) => t.db.selectFrom('audit_events').select(['user_id', 'household_ids', 'details', 'outcome'])
    .where('action', '=', action).where('outcome', '=', 'denied').orderBy('seq').execute();

  describe('malformed dates', () => {
    const dateCases = (f: { householdId: string; childId: string; involvementId: string }) => [
      { method: 'GET', url: (d: string) => `/api/v1/households/${f.householdId}/timeline?from=${encodeURIComponent(d)}`, field: 'from' },
      { method: 'GET', url: (d: string) => `/api/v1/households/${f.householdId}/timeline?to=${encodeURIComponent(d)}`, field: 'to' },
      { method: 'GET', url: (d: string) => `/api/v1/persons/${f.childId}/timeline?from=${encodeURIComponent(d)}`, field: 'from' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/persons`, body: (d: string) => ({ firstName: 'A', lastName: 'B', birthDate: d, role: 'child' }), field: 'birthDate' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/persons`, body: (d: string) => ({ firstName: 'A', lastName: 'B', birthDate: '2016-01-01', role: 'child', since: d }), field: 'since' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/moves`, body: (d: string) => ({ street: 'Kade 1', city: 'Rondeel', municipality: 'Rondeel', since: d }), field: 'since' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/involvements`, body: (d: string) => ({ userId: randomUUID(), reason: 'x', domain: 'other', since: d }), field: 'since' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/involvements/${f.involvementId}/end`, body: (d: string) => ({ until: d }), field: 'until' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/persons/${f.childId}/leave`, body: (d: string) => ({ until: d }), field: 'until' },
      { method: 'POST', url: () => `/api/v1/households/${f.householdId}/signals`, body: (d: string) => ({ personIds: [f.childId], kind: 'child_school_absence', observedAt: d }), field: 'observedAt' },
      { method: 'POST', url: () => '/api/v1/households', body: (d: string) => ({ name: 'Familie X', municipality: 'Rondeel', address: { street: 'Kade 2', city: 'Rondeel', since: d } }), field: 'address.since' },
    ] as const;

    it('answers 401 to anonymous callers, whatever the date, and logs the attempt', async () => {
      const anonymous = anonymousClient(t.app);
      const before = (await deniedEvents('timeline.read')).length;
      for (const c of dateCases({ householdId, childId, involvementId })) {
        for (const date of malformedDates) {
          const response = await anonymous.request(c.method, c.url(date), 'body' in c ? c.body(date) : undefined);
          expect({ url: c.url(date), date, status: response.statusCode, code: response.json().code }).toEqual({ url: c.url(date), date, status: 401, code: 'UNAUTHENTICATED' });
        }
      }
      const logged = (await deniedEvents('timeline.read')).slice(before);
      expect(logged.length).toBe(2 * malformedDates.length);
      expect(logged.every((event) => event.user_id === null && event.household_ids.includes(householdId))).toBe(true);
    });

    it('answers 400 naming the field to a signed-in professional, never 500', async () => {
      for (const c of dateCases({ householdId, childId, involvementId })) {
        for (const date of malformedDates) {
          const response = await anouk.request(c.method, c.url(date), 'body' in c ? c.body(date) : undefined);
          expect({ url: c.url(date), date, status: response.statusCode }).toEqual({ url: c.url(date), date, status: 400 });
          expect(response.json().errors.map((e: { path: string }) => e.path), date).toContain(c.field);
        }
      }
      for (const date of malformedDates) {
        const response = await privacy.get(`/api/v1/audit/subjects?lastName=Peters&birthDate=${encodeURIComponent(date)}`);
        expect(response.statusCode, date).toBe(400);
      }
    });
  });

  it('logs a server error even when request logging is off', async () => {
    const lines: string[] = [];
    const broken = await createTestApp({ logger: false, logStream: { write: (line) => { lines.push(line); } } });
    try {
      const organisationId = (await buildOrganisation(broken.db)).id;
      const client = await login(broken.app, await buildUser(broken.db, { roles: ['professional'], organisationId }));
      await sql`DROP TABLE household_alerts CASCADE`.execute(broken.db);
      const response = await client.get('/api/v1/alerts');
      expect([response.statusCode, response.json().code]).toEqual([500, 'INTERNAL']);
      const logged = lines.map((line) => JSON.parse(line) as { level: number; err?: { message: string } });
      expect(logged.some((entry) => entry.level >= 50 && /household_alerts/.test(entry.err?.message ?? ''))).toBe(true);
    } finally {
      await broken.close();
    }
  });

  describe('refusals', () => {
    const openAlert = async (inHousehold: string) => {
      const id = randomUUID();
      await t.db.insertInto('household_alerts').values({
        household_id: inHousehold, id, alert_key: `test:${id}`, rule: 'crisis_after_crisis', variant: null, severity: 'high',
        explanation: JSON.stringify({ nl: 'x', en: 'x' }), event_ids: [], person_ids: [],
      }).execute();
      return id;
    };

    it('logs a refused acknowledgement, of an alert that does not exist and of another family\'s alert alike, at the same cost', async () => {
      const foreignAlert = await openAlert(otherHouseholdId);
      const madeUp = randomUUID();
      const before = (await deniedEvents('alert.acknowledge')).length;
      const cost = async (alertId: string) => {
        statements = 0;
        const response = await anouk.post(`/api/v1/alerts/${alertId}/acknowledge`, { note: 'Gezien' });
        return { status: response.statusCode, body: response.json(), statements };
      };
      const existing = await cost(foreignAlert);
      const missing = await cost(madeUp);
      expect(existing.status).toBe(404);
      expect(missing).toEqual(existing);
      const logged = (await deniedEvents('alert.acknowledge')).slice(before);
      expect(logged.map((event) => (event.details as { alertId: string }).alertId)).toEqual([foreignAlert, madeUp]);
      expect(logged[0]!.household_ids).toEqual([otherHouseholdId]);
      expect(await t.db.selectFrom('household_alerts').select('acknowledged_at').where('id', '=', foreignAlert).executeTakeFirstOrThrow()).toEqual({ acknowledged_at: null });
    });

    it('logs an attempt to coordinate someone else\'s match', async () => {
      const before = (await deniedEvents('match.coordinate')).length;
      const response = await admin.post(`/api/v1/matches/${randomUUID()}/coordinate`, { centralContactUserId: randomUUID() });
      expect(response.statusCode).toBe(404);
      const byProfessional = await jeroen.post(`/api/v1/matches/${randomUUID()}/coordinate`, { centralContactUserId: randomUUID() });
      expect(byProfessional.statusCode).toBe(404);
      expect((await deniedEvents('match.coordinate')).length).toBe(before + 2);
    });

    it('logs 401s and 403s on routes with personal data, and not on the session itself', async () => {
      const anonymous = anonymousClient(t.app);
      const [reads, lists, total] = [(await deniedEvents('household.read')).length, (await deniedEvents('household.list')).length, await countDenied()];
      expect((await anonymous.get(`/api/v1/households/${householdId}`)).statusCode).toBe(401);
      expect((await admin.get('/api/v1/households')).statusCode).toBe(403);
      expect((await anonymous.get('/api/v1/session')).statusCode).toBe(401);
      expect((await anonymous.get('/api/v1/organisations')).statusCode).toBe(401);
      expect((await deniedEvents('household.read')).length).toBe(reads + 1);
      expect((await deniedEvents('household.list')).length).toBe(lists + 1);
      expect(await countDenied()).toBe(total + 2);
    });
  });

  const countDenied = async () => Number((await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<string>().as('n')).where('outcome', '=', 'denied').executeTakeFirstOrThrow()).n);
});
