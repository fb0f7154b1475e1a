import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegion } from '../cli/demo/loadDemoRegion.ts';
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { refreshHouseholdAlerts } from '../db/queries/alerts.ts';
import { loadHouseholdContext, loadHouseholdEvents } from '../db/queries/patternInputs.ts';
import { today as amsterdamToday } from '../clock.ts';
import { dayToIso, parseDay } from '../domain/patterns/dates.ts';
import { alertKey, defaultPatternConfig, evaluatePatterns } from '../domain/patterns/index.ts';
import { loadContextsForHouseholds, loadEventsForHouseholds } from './patternInputsBatch.ts';
import { scanAllHouseholds } from './patternScan.ts';
import { startPatternScanSchedule } from './scheduler.ts';

const today = amsterdamToday();
const options = { password: 'x', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', bsnKey: 'scan-test-key' };

describe('pattern scan', () => {
  let handle: DatabaseHandle;
  let householdIds: string[];
  const db = () => handle.db;
  const storedKeys = async () => (await db().selectFrom('household_alerts').select(['household_id', 'alert_key']).execute())
    .map((row) => `${row.household_id}#${row.alert_key}`).sort();
  /** What refreshHouseholdAlerts would store for every household, from the single-household loaders. */
  const expectedKeys = async (on: string) => {
    const keys: string[] = [];
    for (const id of householdIds) {
      const context = (await loadHouseholdContext(db(), id, on))!;
      for (const alert of evaluatePatterns(await loadHouseholdEvents(db(), id), context, defaultPatternConfig)) keys.push(`${id}#${alertKey(alert)}`);
    }
    return keys.sort();
  };

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'embedded' });
    await migrate(handle);
    await loadDemoRegion(handle.db, { ...options, households: 40, seed: 7 });
    // Lisa also lives part-time in a second household now, whose record of her received her family's history
    // (a request its regisseur accepted).
    const lisa = await db().selectFrom('persons as p').innerJoin('household_members as m', 'm.person_id', 'p.id')
      .select(['p.id', 'p.last_name', 'p.birth_date', 'm.household_id']).where('p.first_name', '=', 'Lisa').executeTakeFirstOrThrow();
    const creator = await db().selectFrom('users').select('id').where('email', '=', 'anouk.jansen@demo.rondom.test').executeTakeFirstOrThrow();
    const second = randomUUID();
    const lisaThere = randomUUID();
    await db().insertInto('households').values({ id: second, name: 'Tante Marloes', municipality: 'Rondeel', created_by: creator.id }).execute();
    await db().insertInto('persons').values({ id: lisaThere, first_name: 'Lisa', last_name: lisa.last_name, birth_date: lisa.birth_date, bsn_hash: null, bsn_last3: null, school: null }).execute();
    await db().insertInto('household_members').values({ household_id: second, id: randomUUID(), person_id: lisaThere, role: 'child', since: '2026-10-01' }).execute();
    await db().insertInto('history_shares').values({
      household_id: second, id: randomUUID(), person_id: lisaThere, source_household_id: lisa.household_id, source_person_id: lisa.id, until: today, request_id: randomUUID(),
    }).execute();
    householdIds = (await db().selectFrom('households').select('id').orderBy('id').execute()).map((row) => row.id);
  });
  afterAll(async () => { await handle.close(); });

  it('loads the same events and contexts in one go as the single-household loaders', async () => {
    const events = await loadEventsForHouseholds(db(), householdIds);
    const contexts = await loadContextsForHouseholds(db(), householdIds, today);
    const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    let withHistory = 0;
    for (const id of householdIds) {
      const single = await loadHouseholdEvents(db(), id);
      expect(byId(events.get(id)!), id).toEqual(byId(single));
      const context = (await loadHouseholdContext(db(), id, today))!;
      expect({ ...contexts.get(id)!, children: byId(contexts.get(id)!.children) }).toEqual({ ...context, children: byId(context.children) });
      if (single.length > 0 && (await db().selectFrom('signals').select('id').where('household_id', '=', id).execute()).length === 0) withHistory += 1;
    }
    expect(withHistory).toBe(1); // the second household sees Lisa's signals from her family
    expect(await loadEventsForHouseholds(db(), [])).toEqual(new Map());
  });

  it('stores exactly the alerts refreshHouseholdAlerts stores, in any batch size, and is idempotent', async () => {
    await db().deleteFrom('household_alerts').execute();
    const first = await scanAllHouseholds(db(), { config: defaultPatternConfig, today, batchSize: 7 });
    expect(first).toMatchObject({ households: householdIds.length, batches: Math.ceil(householdIds.length / 7), removed: 0 });
    expect(first.added).toBe(first.alerts);
    expect(first.alerts).toBeGreaterThan(20);
    const scanned = await storedKeys();
    expect(scanned).toEqual(await expectedKeys(today));

    await db().deleteFrom('household_alerts').execute();
    for (const id of householdIds) await refreshHouseholdAlerts(db(), id, defaultPatternConfig, today);
    expect(await storedKeys()).toEqual(scanned);

    const again = await scanAllHouseholds(db(), { config: defaultPatternConfig, today, batchSize: 1000 });
    expect(again).toMatchObject({ households: householdIds.length, batches: 1, added: 0, removed: 0, alerts: first.alerts });
  });

  it('raises time-based alerts without new events, and keeps acknowledgements of alerts that still hold', async () => {
    await scanAllHouseholds(db(), { config: defaultPatternConfig, today });
    const held = await db().selectFrom('household_alerts').select(['household_id', 'id']).where('rule', '=', 'kindcheck_missing').executeTakeFirstOrThrow();
    const anouk = await db().selectFrom('users').select('id').where('email', '=', 'anouk.jansen@demo.rondom.test').executeTakeFirstOrThrow();
    await db().updateTable('household_alerts').set({ acknowledged_by: anouk.id, acknowledged_at: new Date(), acknowledgement_note: 'besproken' })
      .where('household_id', '=', held.household_id).where('id', '=', held.id).execute();
    const outOfView = async () => (await db().selectFrom('household_alerts').select('id').where('rule', '=', 'child_out_of_view').execute()).length;
    const before = await outOfView();

    const later = dayToIso(parseDay(today) + 120);
    const progress: number[] = [];
    const result = await scanAllHouseholds(db(), { config: defaultPatternConfig, today: later, batchSize: 10, onProgress: (p) => progress.push(p.households) });
    expect(result.added).toBeGreaterThan(0);
    expect(await outOfView()).toBeGreaterThan(before);
    expect(await storedKeys()).toEqual(await expectedKeys(later));
    expect(progress.at(-1)).toBe(householdIds.length);
    const kept = await db().selectFrom('household_alerts').select(['acknowledgement_note']).where('household_id', '=', held.household_id).where('id', '=', held.id).executeTakeFirst();
    expect(kept?.acknowledgement_note).toBe('besproken');
  });

  it('removes alerts whose evidence is gone', async () => {
    await scanAllHouseholds(db(), { config: defaultPatternConfig, today });
    const alert = await db().selectFrom('household_alerts').select(['household_id', 'event_ids']).where('rule', '=', 'kindcheck_missing').executeTakeFirstOrThrow();
    const signal = await db().selectFrom('signals').select(['author_user_id', 'author_organisation_id']).where('household_id', '=', alert.household_id).where('id', '=', alert.event_ids[0]!).executeTakeFirstOrThrow();
    const persons = await db().selectFrom('signal_persons').select('person_id').where('household_id', '=', alert.household_id).where('signal_id', 'in', alert.event_ids).execute();
    const id = randomUUID();
    await db().insertInto('signals').values({ household_id: alert.household_id, id, kind: 'kindcheck_done', observed_at: today, details: '{}', ...signal }).execute();
    await db().insertInto('signal_persons').values([...new Set(persons.map((p) => p.person_id))].map((person_id) => ({ household_id: alert.household_id, signal_id: id, person_id }))).execute();
    const result = await scanAllHouseholds(db(), { config: defaultPatternConfig, today });
    expect(result.removed).toBeGreaterThanOrEqual(1);
    const left = await db().selectFrom('household_alerts').select('id').where('household_id', '=', alert.household_id).where('rule', '=', 'kindcheck_missing').execute();
    expect(left).toEqual([]);
  });

  it('runs on a schedule that logs errors instead of throwing', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`ERROR ${line}`) };
    const schedule = startPatternScanSchedule(db(), { config: defaultPatternConfig, intervalMs: 3_600_000, log, today: () => today });
    const result = await schedule.runNow();
    expect(result?.households).toBe(householdIds.length);
    expect(lines.at(-1)).toMatch(/^pattern scan: \d+ households/);
    schedule.stop();

    const broken = startPatternScanSchedule(db(), { config: defaultPatternConfig, log, today: () => 'not-a-date' });
    expect(await broken.runNow()).toBeUndefined();
    expect(lines.at(-1)).toBe('ERROR pattern scan failed');
    broken.stop();
  });
});
