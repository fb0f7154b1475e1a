import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret } from '../../src/api/auth/totp.ts';
import { systemChecks } from '../../src/audit/types.ts';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { audit } from '../../src/audit/write.ts';
import { openDatabase, type DatabaseLocation } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { buildOrganisation, buildTeam, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';
import { createPostgresDatabase, testDatabaseKind } from '../support/testDatabase.ts';

const eventsAbout = (db: Kysely<Database>, where: { householdId?: string; action?: string; userId?: string }) => {
  let query = db.selectFrom('audit_events').selectAll().orderBy('seq');
  if (where.householdId) query = query.where(sql<boolean>`household_ids @> ARRAY[${where.householdId}]::uuid[]`);
  if (where.action) query = query.where('action', '=', where.action);
  if (where.userId) query = query.where('user_id', '=', where.userId);
  return query.execute();
};

const lastEvent = async (db: Kysely<Database>) =>
  db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();

describe('the audit trail records every look at a family (NEN 7513)', () => {
  let t: TestApp;
  let anouk: Client; let marco: Client; let lead: Client; let privacy: Client;
  const ids = { anouk: '', marco: '', lead: '', privacy: '', organisation: '', bakker: '', sanne: '', petra: '', smit: '', daan: '' };

  beforeAll(async () => {
    t = await createTestApp();
    const districtTeam = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const school = await buildOrganisation(t.db, { name: 'Basisschool De Linde', kind: 'school' });
    const team = await buildTeam(t.db, districtTeam.id);
    const anoukAccount = await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, teamId: team.id, name: 'Anouk Jansen' });
    const marcoAccount = await buildUser(t.db, { roles: ['professional'], organisationId: school.id, name: 'Marco de Vries' });
    const leadAccount = await buildUser(t.db, { roles: ['professional', 'team_lead'], organisationId: districtTeam.id, teamId: team.id, name: 'Teamleider Iris' });
    const totpSecret = newTotpSecret();
    const privacyAccount = await buildUser(t.db, { roles: ['privacy_officer'], organisationId: districtTeam.id, name: 'FG Pieter', totpSecret });
    Object.assign(ids, { anouk: anoukAccount.id, marco: marcoAccount.id, lead: leadAccount.id, privacy: privacyAccount.id, organisation: districtTeam.id });
    [anouk, marco, lead, privacy] = await Promise.all([
      login(t.app, anoukAccount), login(t.app, marcoAccount), login(t.app, leadAccount),
      login(t.app, { ...privacyAccount, totp: currentTotp(totpSecret) }),
    ]);
    ids.bakker = (await anouk.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel' })).json().id;
    ids.sanne = (await anouk.post(`/api/v1/households/${ids.bakker}/persons`, { firstName: 'Sanne', lastName: 'Bakker', birthDate: '2016-03-02', role: 'child' })).json().id;
    ids.petra = (await anouk.post(`/api/v1/households/${ids.bakker}/persons`, { firstName: 'Petra', lastName: 'Bakker', birthDate: '1988-01-01', role: 'parent' })).json().id;
    await anouk.post(`/api/v1/households/${ids.bakker}/involvements`, { userId: ids.marco, reason: 'Verzuim van Sanne', domain: 'education' });
    ids.smit = (await anouk.post('/api/v1/households', { name: 'Familie Smit', municipality: 'Rondeel' })).json().id;
    ids.daan = (await anouk.post(`/api/v1/households/${ids.smit}/persons`, { firstName: 'Daan', lastName: 'Smit', birthDate: '2019-10-11', role: 'child' })).json().id;
  });
  afterAll(() => t.close());

  it('records who read a family page, which persons, the action code, from where and which checks allowed it', async () => {
    const before = await eventsAbout(t.db, { householdId: ids.bakker, action: 'household.read' });
    expect((await anouk.get(`/api/v1/households/${ids.bakker}`)).statusCode).toBe(200);
    expect((await anouk.get(`/api/v1/households/${ids.bakker}`)).statusCode).toBe(200);
    const reads = (await eventsAbout(t.db, { householdId: ids.bakker, action: 'household.read' })).slice(before.length);
    expect(reads).toHaveLength(2); // every read, not just the first
    const event = reads[1]!;
    expect(event).toMatchObject({
      user_id: ids.anouk, user_roles: ['professional'], organisation_id: ids.organisation, action_code: 'R', action: 'household.read',
      purpose: 'care coordination', outcome: 'success', household_ids: [ids.bakker], ip: '127.0.0.1',
      checks: { authorisation: 'role', involvement: 'involved', consent: 'not_required', emergencyAccess: false },
    });
    expect([...event.person_ids].sort()).toEqual([ids.sanne, ids.petra].sort());
    expect(event.session_id).toMatch(/^[0-9a-f]{32}$/); // a hash of the session id, not the id itself
    expect(Date.now() - new Date(event.occurred_at).getTime()).toBeLessThan(60_000);
  });

  it('records that a team lead looked through their team member\'s involvement', async () => {
    expect((await lead.get(`/api/v1/households/${ids.bakker}`)).statusCode).toBe(200);
    expect(await lastEvent(t.db)).toMatchObject({ user_id: ids.lead, action: 'household.read', checks: { involvement: 'team_lead' } });
  });

  it('records which families and which children appeared in a list', async () => {
    const response = await anouk.get('/api/v1/households');
    expect(response.statusCode).toBe(200);
    const event = await lastEvent(t.db);
    expect(event).toMatchObject({ user_id: ids.anouk, action: 'household.list', action_code: 'R', outcome: 'success' });
    expect([...event.household_ids].sort()).toEqual([ids.bakker, ids.smit].sort());
    expect([...event.person_ids].sort()).toEqual([ids.sanne, ids.daan].sort());
    // Marco sees only the family he is involved in, and the trail says exactly that.
    await marco.get('/api/v1/households');
    expect(await lastEvent(t.db)).toMatchObject({ user_id: ids.marco, action: 'household.list', household_ids: [ids.bakker], person_ids: [ids.sanne] });
  });

  it('records every write with its action code, in the same transaction as the write', async () => {
    const network = await anouk.post(`/api/v1/households/${ids.bakker}/network`, { name: 'Oma Riet', relation: 'grootmoeder' });
    expect(network.statusCode).toBe(201);
    expect(await lastEvent(t.db)).toMatchObject({ user_id: ids.anouk, action: 'network.add', action_code: 'C', household_ids: [ids.bakker] });
    const assigned = await anouk.put(`/api/v1/households/${ids.bakker}/direction`, { userId: ids.anouk, mandate: 'Regie vanuit het wijkteam' });
    expect(assigned.statusCode).toBe(201);
    expect(await lastEvent(t.db)).toMatchObject({ action: 'direction.assign', action_code: 'C', details: { directionId: assigned.json().id } });
    // A refused command writes nothing, so it leaves no event of a change that never happened.
    const count = (await eventsAbout(t.db, {})).length;
    const refused = await marco.put(`/api/v1/households/${ids.bakker}/direction`, { userId: ids.marco, mandate: 'Ook regie' });
    expect(refused.statusCode).toBe(409);
    expect((await eventsAbout(t.db, {})).length).toBe(count);
  });

  it('tells the privacy officer who looked at this child, and when — and records that question too', async () => {
    await marco.get(`/api/v1/households/${ids.bakker}`);
    await anouk.get(`/api/v1/households/${ids.smit}`);
    const response = await privacy.get(`/api/v1/audit?personId=${ids.sanne}`);
    expect(response.statusCode).toBe(200);
    // One row per request; each row holds the events of that request that are about Sanne.
    const rows: Array<{ userId: string; userName: string; events: Array<{ action: string; occurredAt: string; personIds: string[]; actionCode: string }> }> = response.json().data;
    const entries = rows.flatMap((row) => row.events.map((e) => ({ ...e, userId: row.userId, userName: row.userName })));
    expect(entries.every((e) => e.personIds.includes(ids.sanne))).toBe(true);
    const lookedAt = entries.filter((e) => e.action === 'household.read' || e.action === 'household.list');
    expect(new Set(lookedAt.map((e) => e.userName))).toEqual(new Set(['Anouk Jansen', 'Marco de Vries', 'Teamleider Iris']));
    expect(lookedAt[0]).toMatchObject({ userId: ids.marco, action: 'household.read', actionCode: 'R' }); // newest first
    expect(new Date(lookedAt[0]!.occurredAt).toISOString()).toBe(lookedAt[0]!.occurredAt);
    // Daan's family page was read, but that is not a look at Sanne.
    expect(entries.some((e) => e.personIds.includes(ids.daan) && !e.personIds.includes(ids.sanne))).toBe(false);

    expect(await lastEvent(t.db)).toMatchObject({
      user_id: ids.privacy, action: 'audit.query', action_code: 'R', purpose: 'privacy review', person_ids: [ids.sanne],
    });
    const again = (await privacy.get(`/api/v1/audit?personId=${ids.sanne}`)).json().data;
    expect(again[0]).toMatchObject({ userId: ids.privacy, events: [{ action: 'audit.query' }] });
  });

  it('answers the same question per household', async () => {
    const rows: Array<{ events: Array<{ householdIds: string[] }> }> = (await privacy.get(`/api/v1/audit?householdId=${ids.smit}`)).json().data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.events.length > 0 && row.events.every((e) => e.householdIds.includes(ids.smit)))).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit events in the database itself', async () => {
    const first = await t.db.selectFrom('audit_events').selectAll().where('seq', '=', '1').executeTakeFirstOrThrow();
    await expect(sql`UPDATE audit_events SET purpose = 'nothing to see' WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await t.db.selectFrom('audit_events').selectAll().where('seq', '=', '1').executeTakeFirstOrThrow()).toEqual(first);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});

/** A fresh trail with some activity: six families created and read, and a list (14 events). */
async function appWithActivity(): Promise<TestApp> {
  const t = await createTestApp();
  const user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
  const client = await login(t.app, user);
  for (const name of ['Familie A', 'Familie B', 'Familie C', 'Familie D', 'Familie E', 'Familie F']) {
    const id = (await client.post('/api/v1/households', { name, municipality: 'Rondeel' })).json().id;
    await client.get(`/api/v1/households/${id}`);
  }
  await client.get('/api/v1/households');
  return t;
}

/** What only someone with full database rights can do: bypass the append-only triggers. */
async function tamper(db: Kysely<Database>, statement: ReturnType<typeof sql>) {
  await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(db);
  await statement.execute(db);
  await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(db);
}

describe('verifying the hash chain', () => {
  let t: TestApp;
  beforeAll(async () => { t = await appWithActivity(); });
  afterAll(() => t.close());

  it('reports an intact chain with every event checked', async () => {
    const total = (await t.db.selectFrom('audit_events').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    expect(total).toBe(14);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: total });
  });

  it('reports the rewritten event as the first broken link', async () => {
    await tamper(t.db, sql`UPDATE audit_events SET purpose = 'nothing to see' WHERE seq = 6`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: '6', reason: 'hash_mismatch' });
  });

  it('still reports the earliest broken link when later events were removed as well', async () => {
    await tamper(t.db, sql`DELETE FROM audit_events WHERE seq > 9`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: '6', reason: 'hash_mismatch' });
  });
});

describe('verifying a trail whose newest event was removed', () => {
  let t: TestApp;
  beforeAll(async () => { t = await appWithActivity(); });
  afterAll(() => t.close());

  it('notices the missing event instead of reporting an intact trail', async () => {
    await tamper(t.db, sql`DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, reason: 'gap' });
  });
});

describe('verifying a trail with an event removed from the middle', () => {
  let t: TestApp;
  beforeAll(async () => { t = await appWithActivity(); });
  afterAll(() => t.close());

  it('reports a gap', async () => {
    await tamper(t.db, sql`DELETE FROM audit_events WHERE seq = 3`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, reason: 'gap' });
  });
});

describe('rondom audit verify', () => {
  const bin = fileURLToPath(new URL('../../bin/rondom.mjs', import.meta.url));
  let location: DatabaseLocation;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testDatabaseKind === 'postgres') {
      const database = await createPostgresDatabase();
      location = { kind: 'postgres', url: database.url };
      cleanup = database.drop;
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), 'rondom-audit-'));
      location = { kind: 'embedded', dataDir };
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
    const handle = await openDatabase(location);
    await migrate(handle);
    for (let i = 0; i < 4; i += 1) {
      await handle.db.transaction().execute((tx) => audit(tx, { userId: null, roles: [], organisationId: null, sessionId: null, ip: null }, {
        action: 'organisation.create', purpose: 'administration', checks: systemChecks, details: { n: i },
      }));
    }
    await handle.close();
  });
  afterAll(() => cleanup());

  const runVerify = () => {
    const dataDir = location.kind === 'embedded' ? location.dataDir! : tmpdir();
    const env = { ...process.env, ...(location.kind === 'postgres' ? { DATABASE_URL: location.url } : {}) };
    if (location.kind === 'embedded') delete env.DATABASE_URL;
    // Opening the embedded database in a new process takes a while on a busy machine.
    return spawnSync(process.execPath, [bin, 'audit', 'verify', '--data', dataDir], { env, encoding: 'utf8', timeout: 150_000 });
  };

  it('exits 0 on an intact trail and 1 naming the first broken event after tampering', async () => {
    const intact = runVerify();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain('4 events');
    expect(intact.stderr).toContain('Warning: no checkpoint file at'); // so a cut-off end cannot be detected

    const handle = await openDatabase(location);
    await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(handle.db);
    await sql`UPDATE audit_events SET details = '{"n": 99}' WHERE seq = 2`.execute(handle.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(handle.db);
    await handle.close();

    const broken = runVerify();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('BROKEN at event 2');
  }, 330_000);
});

describe('the privacy officer finds the child a request is about', () => {
  it('finds a child by citizen number or by last name and birth date, and logs the search', async () => {
    const t = await createTestApp({ demo: true }); // demo: the privacy officer logs in without a second factor
    try {
      const organisationId = (await buildOrganisation(t.db)).id;
      const professional = await login(t.app, await buildUser(t.db, { roles: ['professional'], organisationId }));
      const officer = await login(t.app, await buildUser(t.db, { roles: ['privacy_officer'], organisationId }));
      const householdId = (await professional.post('/api/v1/households', { name: 'Familie Smit', municipality: 'Rondeel' })).json().id;
      const childId = (await professional.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Jesse', lastName: 'Smit', birthDate: '2014-07-07', role: 'child', bsn: '111222333' })).json().id;

      const byBsn = await officer.get('/api/v1/audit/subjects?bsn=111222333');
      expect(byBsn.json().data).toEqual([{ personId: childId, firstName: 'Jesse', lastName: 'Smit', birthDate: '2014-07-07', bsnLast3: '333' }]);
      const byName = await officer.get('/api/v1/audit/subjects?lastName=smit&birthDate=2014-07-07');
      expect(byName.json().data.map((s: { personId: string }) => s.personId)).toEqual([childId]);
      expect((await officer.get('/api/v1/audit/subjects?bsn=123456789')).statusCode).toBe(400);
      expect((await professional.get('/api/v1/audit/subjects?bsn=111222333')).statusCode).toBe(403);

      const lookups = await t.db.selectFrom('audit_events').select(['action', 'outcome', 'person_ids']).where('action', '=', 'audit.subject_lookup').execute();
      expect(lookups).toHaveLength(2);
      expect(lookups[0]!.person_ids).toEqual([childId]);
    } finally {
      await t.close();
    }
  });
});
