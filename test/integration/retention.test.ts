import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { dataFolder } from '../../src/cli/dataFolder.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import {
  familyScopedTables, foreignKeysToPersons, personReferences, tablesWithHouseholdId, unlistedFamilyData,
} from '../../src/db/queries/retention.ts';
import { defaultRetentionConfig } from '../../src/domain/retention.ts';
import { runRetention, type RetentionResult } from '../../src/jobs/retention.ts';
import { startRetentionSchedule } from '../../src/jobs/retentionSchedule.ts';
import { countRows, dataTables, tableState } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { childEnv, rondomBin } from '../support/serverProcess.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';
import { createPostgresDatabase, testDatabaseKind } from '../support/testDatabase.ts';

const config = defaultRetentionConfig; // 20 years
const quiet = { info: () => {}, error: () => {} };
const everything = [...dataTables, 'sessions', 'account_tokens', 'mail_outbox', 'audit_events'] as const;

describe('retention: closed families past their term and expired items are removed', () => {
  let t: TestApp;
  let team: Client;
  let school: Client;
  let teamUser: { id: string };
  /** Closed 21 years ago: removed. */
  let expired: string;
  /** Closed yesterday: kept. */
  let recent: string;
  /** Open, and home to a child of the expired family too: kept, with that child. */
  let open: string;
  let onlyInExpired: string;
  let sharedChild: string;
  let schoolHousehold: string;
  let lotteAtSchool: string;
  let dryRun: RetentionResult;

  const rowsOf = async (householdId: string) => {
    const counts: Record<string, number> = {};
    for (const table of await tablesWithHouseholdId(t.db)) {
      const row = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE household_id = ${householdId}`.execute(t.db)).rows[0]!;
      counts[table] = row.n;
    }
    return counts;
  };
  const closedAt = async (id: string) => (await t.db.selectFrom('households').select('closed_at').where('id', '=', id).executeTakeFirstOrThrow()).closed_at;
  const patch = async (id: string, body: Record<string, unknown>) => {
    const { version } = (await team.get(`/api/v1/households/${id}`)).json().data;
    const response = await team.patch(`/api/v1/households/${id}`, { version, ...body });
    expect(response.statusCode).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const teamOrg = await buildOrganisation(t.db, { name: 'Wijkteam Oost' });
    const schoolOrg = await buildOrganisation(t.db, { name: 'OBS De Esdoorn', kind: 'school' });
    const teamAccount = await buildUser(t.db, { roles: ['professional'], organisationId: teamOrg.id, name: 'Inge Visser' });
    const schoolAccount = await buildUser(t.db, { roles: ['professional'], organisationId: schoolOrg.id, name: 'Meester Joost' });
    teamUser = teamAccount;
    [team, school] = [await login(t.app, teamAccount), await login(t.app, schoolAccount)];

    const newFamily = async (name: string) => (await team.post('/api/v1/households', { name, municipality: 'Rondeel', address: { street: 'Esdoornlaan 1', city: 'Rondeel' } })).json().id as string;
    const addPerson = async (household: string, person: Record<string, unknown>, as = team) =>
      (await as.post(`/api/v1/households/${household}/persons`, { lastName: 'Verhoeven', role: 'child', ...person })).json().id as string;

    expired = await newFamily('Familie Verhoeven');
    onlyInExpired = await addPerson(expired, { firstName: 'Lotte', birthDate: '2014-04-04', bsn: '111222333' });
    sharedChild = await addPerson(expired, { firstName: 'Bram', birthDate: '2016-06-06', bsn: '123456782' });
    const mother = await addPerson(expired, { firstName: 'Karin', birthDate: '1985-01-01', role: 'parent' });
    const grandma = (await team.post(`/api/v1/households/${expired}/network`, { name: 'Oma Truus', relation: 'grootmoeder', doesWhat: 'Vangt de kinderen op' })).json().id;
    await team.post(`/api/v1/households/${expired}/persons/${onlyInExpired}/guardians`, { networkMemberId: grandma });
    await team.put(`/api/v1/households/${expired}/direction`, { userId: teamUser.id, mandate: 'Regie wijkteam' });
    await team.post(`/api/v1/households/${expired}/moves`, { street: 'Berkenlaan 9', city: 'Rondeel', municipality: 'Rondeel', since: '2026-01-01' });
    for (const observedAt of ['2026-02-01', '2026-05-01']) {
      const signal = await team.post(`/api/v1/households/${expired}/signals`, { personIds: [onlyInExpired, sharedChild, mother], kind: 'police_call_out', observedAt, note: 'Geheime notitie over Lotte' });
      expect(signal.statusCode).toBe(201);
    }
    // The school has a concern about Lotte too: a match between the two organisations.
    schoolHousehold = (await school.post('/api/v1/households', { name: 'Lotte (school)', municipality: 'Rondeel' })).json().id;
    lotteAtSchool = await addPerson(schoolHousehold, { firstName: 'Lotte', birthDate: '2014-04-04', bsn: '111222333' }, school);
    expect((await school.post(`/api/v1/households/${schoolHousehold}/signals`, { personIds: [lotteAtSchool], kind: 'child_withdrawn', observedAt: '2026-09-01' })).statusCode).toBe(201);
    expect(await countRows(t.db, 'matches')).toBeGreaterThan(0);

    // Bram also lives with his father now: the same person record in an open family (records linked before
    // typing a citizen number stopped linking them), named there only as a member.
    open = await newFamily('Familie Verhoeven (vader)');
    await t.db.insertInto('household_members').values({ household_id: open, id: randomUUID(), person_id: sharedChild, role: 'child', relation: null, since: '2026-06-01' }).execute();

    recent = await newFamily('Familie Kok');
    await addPerson(recent, { firstName: 'Mees', lastName: 'Kok', birthDate: '2018-08-08' });
  });
  afterAll(() => t.close());

  it('records when a family is closed, keeps that moment on later changes and forgets it on reopening', async () => {
    expect(await closedAt(recent)).toBeNull();
    await patch(recent, { status: 'closed' });
    const first = await closedAt(recent);
    expect(first).toBeInstanceOf(Date);
    await patch(recent, { name: 'Familie Kok-de Boer', status: 'closed' });
    expect(await closedAt(recent)).toEqual(first);
    await patch(recent, { status: 'active' });
    expect(await closedAt(recent)).toBeNull();
    await patch(recent, { status: 'closed' });
    expect(await closedAt(recent)).not.toBeNull();
  });

  it('knows every table with a household_id and every column that refers to a person (information_schema)', async () => {
    expect(await tablesWithHouseholdId(t.db)).toEqual([...familyScopedTables].sort());
    expect(await foreignKeysToPersons(t.db)).toEqual(personReferences.map((r) => `${r.table}.${r.column}`).sort());
    expect(await unlistedFamilyData(t.db)).toEqual([]);
  });

  it('changes nothing in a dry run, and reports what a run would remove', async () => {
    await patch(expired, { status: 'closed' });
    await t.db.updateTable('households').set({ closed_at: sql`now() - interval '21 years'` }).where('id', '=', expired).execute();
    // Expired and spent items besides families.
    await t.db.updateTable('match_entries').set({ expires_on: '2020-01-01' }).where('household_id', '=', schoolHousehold).execute();
    await t.db.insertInto('sessions').values([
      { sid: 'old', data: JSON.stringify({}), expires_at: new Date(Date.now() - 60_000) },
      { sid: 'live', data: JSON.stringify({}), expires_at: new Date(Date.now() + 3_600_000) },
    ]).execute();
    const daysAgo = (days: number) => sql<Date>`now() - make_interval(days => ${days})`;
    await t.db.insertInto('account_tokens').values([
      { id: randomUUID(), user_id: teamUser.id, purpose: 'activation', token_hash: 'used-long-ago', created_at: daysAgo(45), expires_at: daysAgo(44), used_at: daysAgo(44) },
      { id: randomUUID(), user_id: teamUser.id, purpose: 'password_reset', token_hash: 'used-last-week', created_at: daysAgo(8), expires_at: daysAgo(7), used_at: daysAgo(7) },
    ]).execute();
    await t.db.insertInto('mail_outbox').values([
      { id: randomUUID(), kind: 'activation', to_address: 'a@example.test', subject: 'Activeer', text_body: null, sent_at: daysAgo(31) },
      { id: randomUUID(), kind: 'activation', to_address: 'b@example.test', subject: 'Activeer', text_body: null, sent_at: daysAgo(2) },
      { id: randomUUID(), kind: 'activation', to_address: 'c@example.test', subject: 'Activeer', text_body: 'link' },
    ]).execute();

    const before = await tableState(t.db, everything);
    dryRun = await runRetention(t.db, { config, dryRun: true, via: 'cli', log: quiet });
    expect(await tableState(t.db, everything)).toEqual(before);
    expect(dryRun.families.map((f) => f.householdId)).toEqual([expired]);
    expect(dryRun.families[0]!.removed).toMatchObject({ households: 1, persons: 2, matches: 1 });
    expect(dryRun.expired).toEqual({ matchEntries: 1, matches: 0, sessions: 1, accountTokens: 1, mail: 1 });
  });

  it('removes a family closed longer ago than the term entirely, with one audit event that lists counts and no content', async () => {
    const expectedRows = await rowsOf(expired);
    const auditBefore = await t.db.selectFrom('audit_events').select('seq').where(sql<boolean>`household_ids @> ARRAY[${expired}]::uuid[]`).execute();
    const keptBefore = { recent: await rowsOf(recent), open: await rowsOf(open), school: await rowsOf(schoolHousehold) };

    const result = await runRetention(t.db, { config, via: 'schedule', log: quiet });

    expect(result.families).toEqual(dryRun.families);
    expect(result.expired).toEqual(dryRun.expired);
    expect(Object.values(await rowsOf(expired)).every((n) => n === 0)).toBe(true);
    expect(await t.db.selectFrom('households').select('id').where('id', '=', expired).executeTakeFirst()).toBeUndefined();
    const persons = (await t.db.selectFrom('persons').select('id').execute()).map((p) => p.id);
    expect(persons).not.toContain(onlyInExpired);
    expect(persons).toContain(sharedChild); // also a child of the open family
    expect(persons).toContain(lotteAtSchool); // the school's own record of her

    const events = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'retention.purge').execute();
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ action_code: 'D', household_ids: [expired], user_id: null, outcome: 'success' });
    expect(event!.person_ids).toContain(onlyInExpired);
    const details = event!.details as { closedAt: string; termYears: number; removed: Record<string, number> };
    expect(details.termYears).toBe(20);
    expect(new Date(details.closedAt).getTime()).toBeLessThan(Date.now() - 20 * 365 * 24 * 3600 * 1000);
    for (const [table, rows] of Object.entries(expectedRows)) expect(details.removed[table], table).toBe(rows);
    expect(details.removed).toMatchObject({ households: 1, persons: 2, matches: 1, signals: 2 });
    expect(JSON.stringify(event)).not.toMatch(/Verhoeven|Lotte|Geheime|Oma Truus|Berkenlaan|police_call_out/);
    // Audit events are kept, and the chain still holds.
    const auditAfter = await t.db.selectFrom('audit_events').select('seq').where(sql<boolean>`household_ids @> ARRAY[${expired}]::uuid[]`).execute();
    expect(auditAfter.length).toBe(auditBefore.length + 1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    expect({ recent: await rowsOf(recent), open: await rowsOf(open), school: await rowsOf(schoolHousehold) }).toEqual({
      ...keptBefore,
      school: { ...keptBefore.school, match_entries: 0 }, // its entry had expired
    });
  });

  it('removes expired matching entries and their matches, sessions, spent links and old mail, and keeps the rest', async () => {
    expect(await t.db.selectFrom('match_entries').select('id').where('expires_on', '<=', sql<string>`current_date`).execute()).toEqual([]);
    expect(await t.db.selectFrom('matches').select('id').execute()).toEqual([]); // its entry in the expired family is gone
    expect((await t.db.selectFrom('sessions').select('sid').where('sid', 'in', ['old', 'live']).execute()).map((s) => s.sid)).toEqual(['live']);
    expect((await t.db.selectFrom('account_tokens').select('token_hash').execute()).map((r) => r.token_hash)).toEqual(['used-last-week']);
    expect((await t.db.selectFrom('mail_outbox').select('to_address').orderBy('to_address').execute()).map((r) => r.to_address)).toEqual(['b@example.test', 'c@example.test']);
    const expiry = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'retention.expire').execute();
    expect(expiry).toHaveLength(1);
    expect(expiry[0]).toMatchObject({ action_code: 'D', details: { removed: { match_entries: 1, matches: 0 } }, person_ids: [lotteAtSchool] });
  });

  it('keeps a family closed recently, an open family, and a closed family without a closing moment', async () => {
    const undated = randomUUID();
    await t.db.insertInto('households').values({ id: undated, name: 'Oud gezin', municipality: 'Rondeel', status: 'closed', created_by: teamUser.id }).execute();
    const again = await runRetention(t.db, { config, via: 'schedule', log: quiet });
    expect(again).toMatchObject({ families: [], failed: [], closedWithoutDate: 1 });
    const left = (await t.db.selectFrom('households').select('id').execute()).map((h) => h.id);
    expect(left).toEqual(expect.arrayContaining([recent, open, schoolHousehold, undated]));
    // The same family just past a shorter term goes.
    await t.db.updateTable('households').set({ closed_at: sql`now() - interval '6 years'` }).where('id', '=', recent).execute();
    expect((await runRetention(t.db, { config: { closedHouseholdYears: 5 }, via: 'cli', log: quiet })).families.map((f) => f.householdId)).toEqual([recent]);
  });

  it('refuses to remove anything while a table with a household_id is unknown to it, and the schedule logs that without failing', async () => {
    const other = randomUUID();
    await t.db.insertInto('households').values({ id: other, name: 'Gezin X', municipality: 'Rondeel', status: 'closed', closed_at: sql`now() - interval '30 years'`, created_by: teamUser.id }).execute();
    await sql`CREATE TABLE household_notes (household_id uuid NOT NULL REFERENCES households(id), body text)`.execute(t.db);
    try {
      await expect(runRetention(t.db, { config, via: 'cli', log: quiet })).rejects.toThrow(/household_notes\.household_id/);
      const errors: unknown[] = [];
      const schedule = startRetentionSchedule(t.db, { config, log: { info: () => {}, error: (...args: unknown[]) => errors.push(args) } });
      const [first, overlapping] = await Promise.all([schedule.runNow(), schedule.runNow()]);
      schedule.stop();
      expect(first).toBeUndefined();
      expect(overlapping).toBeUndefined();
      expect(errors).toHaveLength(1);
      expect(await t.db.selectFrom('households').select('id').where('id', '=', other).executeTakeFirst()).toBeDefined();
    } finally {
      await sql`DROP TABLE household_notes`.execute(t.db);
    }
    const schedule = startRetentionSchedule(t.db, { config, log: quiet });
    expect((await schedule.runNow())?.families.map((f) => f.householdId)).toEqual([other]);
    schedule.stop();
  });
});

describe('rondom retention run', () => {
  it('prints what a dry run would remove and changes nothing, then removes it; refuses a term below the minimum', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rondom-retention-'));
    const postgres = testDatabaseKind === 'postgres' ? await createPostgresDatabase() : null;
    const open = () => openDatabase(postgres ? { kind: 'postgres', url: postgres.url, poolSize: 1 } : { kind: 'embedded', dataDir: dataFolder(dataDir).databaseDir });
    // The embedded database allows one process at a time: it is open here only while the command is not running.
    const count = async () => {
      const handle = await open();
      try { return (await handle.db.selectFrom('households').select('id').execute()).length; } finally { await handle.close(); }
    };
    try {
      const household = randomUUID();
      const handle = await open();
      try {
        await migrate(handle);
        const organisation = await buildOrganisation(handle.db);
        const user = await buildUser(handle.db, { roles: ['professional'], organisationId: organisation.id });
        await handle.db.insertInto('households').values({ id: household, name: 'Familie Oud', municipality: 'Rondeel', status: 'closed', closed_at: sql`now() - interval '25 years'`, created_by: user.id }).execute();
      } finally {
        await handle.close();
      }
      const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [rondomBin, 'retention', 'run', '--data', dataDir, ...args], {
        env: { ...childEnv(postgres?.url ?? null), ...env }, encoding: 'utf8', timeout: 150_000,
      });

      const refused = run(['--dry-run'], { RONDOM_RETENTION_YEARS: '2' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('RONDOM_RETENTION_YEARS=2 is refused');

      const dry = run(['--dry-run']);
      expect(dry.status, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('DRY RUN: nothing was changed');
      expect(dry.stdout).toContain(`${household}  closed `);

      const real = run([]);
      expect(real.status, real.stderr).toBe(0);
      expect(real.stdout.split('\n')[0]).toBe('Removed:');
      expect(real.stdout).toContain(`${household}  closed `); // so the dry run had left it
      expect(await count()).toBe(0);
    } finally {
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 360_000);
});
