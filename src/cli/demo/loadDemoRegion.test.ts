import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/verify.ts';
import { openDatabase, type DatabaseHandle } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { isValidBsn } from '../../domain/bsn.ts';
import { organisationKinds } from '../../domain/roles.ts';
import { coParentFamilyName, handWrittenFamilyNames } from './families.ts';
import { loadDemoRegion, type LoadDemoRegionResult } from './loadDemoRegion.ts';

const options = { password: 'demo-wachtwoord', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', bsnKey: 'test-bsn-key' };
const anouk = 'anouk.jansen@demo.rondom.test';
const tables = [
  'organisations', 'teams', 'users', 'persons', 'households', 'household_members', 'household_addresses',
  'involvements', 'network_members', 'safety_guardians', 'directions', 'audit_events',
  'signals', 'signal_persons', 'household_alerts', 'match_entries', 'matches',
] as const;

describe('demo region', () => {
  let handle: DatabaseHandle;
  let first: LoadDemoRegionResult;
  const progress: Array<[number, number]> = [];

  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(handle.db)).rows;
  const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => {
    const [row] = await rows(sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(table)}`);
    return [table, Number(row!.n)] as const;
  })));
  /** Households in which a user is currently involved. */
  const householdsOf = async (email: string) => rows(sql<{ name: string }>`
    SELECT DISTINCT h.id, h.name FROM households h
    JOIN involvements i ON i.household_id = h.id AND i.until IS NULL
    JOIN users u ON u.id = i.user_id WHERE u.email = ${email}`);

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'embedded' });
    await migrate(handle);
    first = await loadDemoRegion(handle.db, { ...options, onProgress: (done, total) => progress.push([done, total]) });
  });
  afterAll(async () => { await handle.close(); });

  it('loads organisations of every kind, with offers and contact details', async () => {
    expect(first.loaded).toBe(true);
    const organisations = await handle.db.selectFrom('organisations').selectAll().execute();
    expect(new Set(organisations.map((org) => org.kind))).toEqual(new Set(organisationKinds));
    expect(organisations.filter((org) => org.kind === 'district_team').length).toBeGreaterThanOrEqual(2);
    expect(organisations.filter((org) => org.kind === 'school').length).toBeGreaterThanOrEqual(2);
    for (const org of organisations) {
      expect(org.offers.length, org.name).toBeGreaterThan(0);
      expect(org.email, org.name).toMatch(/\.test$/);
      expect(org.phone, org.name).toBeTruthy();
    }
  });

  it('has the fixed logins, at least 20 professionals and a team lead with a district team', async () => {
    const users = await handle.db.selectFrom('users').selectAll().execute();
    const byEmail = new Map(users.map((user) => [user.email, user]));
    expect(byEmail.get('beheer@demo.rondom.test')?.roles).toEqual(['administrator']);
    expect(byEmail.get('privacy@demo.rondom.test')?.roles).toEqual(['privacy_officer']);
    expect(byEmail.get('toezicht@demo.rondom.test')?.roles).toEqual(['overseer']);
    expect(byEmail.get(anouk)?.roles).toEqual(['professional']);
    expect(users.filter((user) => user.roles.includes('professional')).length).toBeGreaterThanOrEqual(20);
    for (const user of users) {
      expect(user.email).toMatch(/@demo\.rondom\.test$/);
      expect(user.password_hash).toBe(options.passwordHash);
      expect(user.totp_secret).toBeNull();
    }

    const lead = users.find((user) => user.roles.includes('team_lead') && user.team_id !== null)!;
    expect(lead.roles).toEqual(['professional', 'team_lead']);
    const team = users.filter((user) => user.team_id === lead.team_id && user.id !== lead.id);
    expect(team.length).toBeGreaterThanOrEqual(3);
    expect(team.map((user) => user.email)).toContain(anouk);

    expect(first.logins.slice(0, 4).map((login) => login.email))
      .toEqual(['beheer@demo.rondom.test', 'privacy@demo.rondom.test', 'toezicht@demo.rondom.test', anouk]);
    expect(first.logins).toHaveLength(users.length);
    expect(first.logins[3]).toMatchObject({ name: 'Anouk Jansen', roles: ['professional'], organisation: 'Sociaal Wijkteam Rondeel-Noord' });
  });

  it('has at least 200 households, and the five hand-written families', async () => {
    const c = await counts();
    expect(c.households).toBeGreaterThanOrEqual(200);
    // 5 hand-written, 220 generated, and the mother's household where two hand-written children live every other week.
    expect(c.households).toBe(226);
    expect(await handle.db.selectFrom('households').select('id').where('name', '=', coParentFamilyName).execute()).toHaveLength(1);
    for (const name of handWrittenFamilyNames) {
      const found = await handle.db.selectFrom('households').select('id').where('name', '=', name).execute();
      expect(found, name).toHaveLength(1);
    }
    expect(progress.at(-1)).toEqual([226, 226]);
  });

  it('lets Anouk see all five hand-written families and some, not all, generated ones', async () => {
    const names = (await householdsOf(anouk)).map((row) => row.name);
    for (const name of handWrittenFamilyNames) expect(names, name).toContain(name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names.length).toBeLessThanOrEqual(35);
    const leads = await rows(sql<{ name: string }>`
      SELECT h.name FROM directions d JOIN households h ON h.id = d.household_id JOIN users u ON u.id = d.user_id
      WHERE u.email = ${anouk} AND d.until IS NULL`);
    expect(leads.map((row) => row.name)).toEqual(expect.arrayContaining(['Gezin Verhoeven', 'Gezin Hofstede', 'Gezin Vermeulen']));
  });

  it('involves a professional in every household, 1 to 4 in generated ones', async () => {
    const perHousehold = await rows(sql<{ name: string; n: number }>`
      SELECT h.name, count(i.id)::int AS n FROM households h
      LEFT JOIN involvements i ON i.household_id = h.id AND i.until IS NULL GROUP BY h.id, h.name`);
    for (const row of perHousehold) {
      expect(row.n, row.name).toBeGreaterThanOrEqual(1);
      if (!(handWrittenFamilyNames as readonly string[]).includes(row.name)) expect(row.n, row.name).toBeLessThanOrEqual(4);
    }
  });

  it('never has two current regisseurs, and about 60% of households have one', async () => {
    const doubles = await rows(sql<{ household_id: string }>`
      SELECT household_id FROM directions WHERE until IS NULL GROUP BY household_id HAVING count(*) > 1`);
    expect(doubles).toEqual([]);
    const [led] = await rows(sql<{ n: number }>`SELECT count(DISTINCT household_id)::int AS n FROM directions WHERE until IS NULL`);
    expect(led!.n / 225).toBeGreaterThan(0.45);
    expect(led!.n / 225).toBeLessThan(0.75);
    const [handedOver] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM directions WHERE until IS NOT NULL AND handover_note IS NOT NULL`);
    expect(handedOver!.n).toBeGreaterThan(10);
  });

  it('leaves some children without a safety guardian, and has moves and network', async () => {
    const [unguarded] = await rows(sql<{ n: number }>`
      SELECT count(DISTINCT m.household_id)::int AS n FROM household_members m
      WHERE m.role = 'child' AND m.until IS NULL AND NOT EXISTS (
        SELECT 1 FROM safety_guardians g WHERE g.household_id = m.household_id AND g.child_id = m.person_id AND g.until IS NULL)`);
    expect(unguarded!.n).toBeGreaterThan(10);
    expect(unguarded!.n).toBeLessThan(225);
    const [moved] = await rows(sql<{ n: number }>`SELECT count(DISTINCT household_id)::int AS n FROM household_addresses WHERE municipality <> 'Rondeel'`);
    expect(moved!.n).toBeGreaterThan(20);
    const pronkAddresses = await rows(sql<{ municipality: string }>`
      SELECT a.municipality FROM household_addresses a JOIN households h ON h.id = a.household_id
      WHERE h.name = 'Gezin Pronk' ORDER BY a.valid_from`);
    expect(pronkAddresses.map((row) => row.municipality)).toEqual(['Lindewaard', 'Kreekmonde', 'Dijkerveen', 'Rondeel']);
    const grandmother = await rows(sql<{ relation: string }>`
      SELECT n.relation FROM network_members n JOIN households h ON h.id = n.household_id
      WHERE h.name = 'Gezin Hofstede' AND n.until IS NULL AND n.name = 'Truus van Dam'`);
    expect(grandmother).toHaveLength(1);
  });

  it('gives children ages 0 to 17 and 1 to 5 children per generated household', async () => {
    const ages = await rows(sql<{ min: number; max: number }>`
      SELECT min(date_part('year', age(p.birth_date)))::int AS min, max(date_part('year', age(p.birth_date)))::int AS max
      FROM persons p JOIN household_members m ON m.person_id = p.id WHERE m.role = 'child'`);
    expect(ages[0]).toEqual({ min: 0, max: 17 });
    const [range] = await rows(sql<{ min: number; max: number }>`
      SELECT min(n)::int AS min, max(n)::int AS max FROM (
        SELECT count(*) AS n FROM household_members WHERE role = 'child' GROUP BY household_id) counts`);
    expect(range).toEqual({ min: 1, max: 5 });
  });

  it('stores citizen numbers only as a keyed hash and the last three digits', async () => {
    const persons = await handle.db.selectFrom('persons').select(['bsn_hash', 'bsn_last3']).execute();
    const withBsn = persons.filter((person) => person.bsn_hash !== null);
    expect(withBsn.length).toBeGreaterThan(100);
    expect(withBsn.length).toBeLessThan(persons.length);
    for (const person of withBsn) {
      expect(person.bsn_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(person.bsn_last3).toMatch(/^\d{3}$/);
    }
    expect(new Set(withBsn.map((person) => person.bsn_hash)).size).toBe(withBsn.length);
    // No nine-digit number that passes the eleven-test appears anywhere (hashes and uuids aside).
    for (const table of tables) {
      const all = await rows(sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`);
      const text = JSON.stringify(all).replace(/[0-9a-f]{64}/g, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '');
      const candidates = (text.match(/\d{9,}/g) ?? []).filter((digits) => digits.length === 9 && isValidBsn(digits));
      expect(candidates, table).toEqual([]);
    }
  });

  it('writes one audit event per batch, covering every household, on an intact chain', async () => {
    const events = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'household.create').execute();
    expect(events.length).toBe(Math.ceil(226 / 50));
    const covered = new Set(events.flatMap((event) => event.household_ids));
    expect(covered.size).toBe(226);
    for (const event of events) {
      expect(event).toMatchObject({ purpose: 'demo data load', user_id: null, user_roles: ['system'], action_code: 'C', outcome: 'success' });
      expect(event.checks).toMatchObject({ authorisation: 'role', involvement: 'not_applicable' });
    }
    const signalEvents = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'signal.create').execute();
    expect(signalEvents.reduce((sum, event) => sum + Number((event.details as { signals: number }).signals), 0)).toBe((await counts()).signals);
    const matchEvents = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'match.create').execute();
    expect(matchEvents).toHaveLength(1);
    expect(matchEvents[0]!.details).toMatchObject({ source: 'demo', matches: (await counts()).matches! });
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('gives every hand-written family a timeline of signals by professionals involved in it', async () => {
    const perFamily = await rows(sql<{ name: string; signals: number; organisations: number; notes: number }>`
      SELECT h.name, count(*)::int AS signals, count(DISTINCT s.author_organisation_id)::int AS organisations, count(s.note)::int AS notes
      FROM signals s JOIN households h ON h.id = s.household_id GROUP BY h.id, h.name`);
    const byName = new Map(perFamily.map((row) => [row.name, row]));
    expect(Object.fromEntries(handWrittenFamilyNames.map((name) => [name, byName.get(name)?.signals])))
      .toEqual({ 'Gezin Verhoeven': 14, 'Gezin Kramer': 15, 'Gezin Hofstede': 14, 'Gezin Pronk': 24, 'Gezin Vermeulen': 14 });
    for (const name of handWrittenFamilyNames) {
      expect(byName.get(name)!.organisations, name).toBeGreaterThanOrEqual(4);
      expect(byName.get(name)!.notes, name).toBeGreaterThanOrEqual(5);
    }
    const c = await counts();
    expect(c.signals).toBe(perFamily.reduce((sum, row) => sum + row.signals, 0));
    expect(c.signals).toBeGreaterThan(300);
    expect(c.signal_persons).toBeGreaterThan(c.signals!);
    // Concerns (not only a contact with the children) in roughly 30 % of the generated households.
    const [concerned] = await rows(sql<{ n: number }>`
      SELECT count(DISTINCT s.household_id)::int AS n FROM signals s JOIN households h ON h.id = s.household_id
      WHERE s.kind <> 'child_seen_and_heard' AND h.name NOT IN (${sql.join([...handWrittenFamilyNames])})`);
    expect(concerned!.n / 220).toBeGreaterThan(0.2);
    expect(concerned!.n / 220).toBeLessThan(0.45);
    // The author is (or was) involved in the household, and registers for their own organisation.
    const strangers = await rows(sql<{ id: string }>`
      SELECT s.id FROM signals s JOIN users u ON u.id = s.author_user_id
      WHERE u.organisation_id <> s.author_organisation_id OR NOT EXISTS (
        SELECT 1 FROM involvements i WHERE i.household_id = s.household_id AND i.user_id = s.author_user_id)`);
    expect(strangers).toEqual([]);
    // Every signal is about members (current or former) of its household, none dated in the future.
    const outsiders = await rows(sql<{ id: string }>`
      SELECT sp.signal_id AS id FROM signal_persons sp WHERE NOT EXISTS (
        SELECT 1 FROM household_members m WHERE m.household_id = sp.household_id AND m.person_id = sp.person_id)`);
    expect(outsiders).toEqual([]);
    const [future] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM signals WHERE observed_at > current_date + 1`);
    expect(future!.n).toBe(0);
  });

  it('stores the pattern alerts the seed documents describe in the hand-written families', async () => {
    const alerts = await rows(sql<{ name: string; rule: string; variant: string | null; person_ids: string[]; explanation: { nl: string; en: string } }>`
      SELECT h.name, a.rule, a.variant, a.person_ids, a.explanation FROM household_alerts a JOIN households h ON h.id = a.household_id
      WHERE h.name IN (${sql.join([...handWrittenFamilyNames])})`);
    const rulesOf = (name: string) => new Set(alerts.filter((a) => a.name === name).map((a) => a.variant ? `${a.rule}:${a.variant}` : a.rule));
    expect(rulesOf('Gezin Verhoeven')).toEqual(new Set(['repeated_domestic_violence', 'crisis_after_crisis', 'child_out_of_view']));
    expect(rulesOf('Gezin Kramer')).toEqual(new Set(['repeated_domestic_violence', 'crisis_after_crisis', 'arrived_with_history']));
    expect(rulesOf('Gezin Hofstede')).toEqual(new Set(['care_avoidance:missed_appointments', 'care_avoidance:help_refused', 'child_out_of_view']));
    expect(rulesOf('Gezin Pronk')).toEqual(new Set(['arrived_with_history', 'care_avoidance:school_changes', 'care_avoidance:help_refused',
      'care_avoidance:earlier_helpers_refused', 'care_avoidance:missed_appointments', 'care_avoidance:only_non_threatening_help']));
    expect(rulesOf('Gezin Vermeulen')).toEqual(new Set(['repeated_domestic_violence', 'crisis_after_crisis', 'kindcheck_missing', 'child_out_of_view']));
    const outOfView = alerts.filter((a) => a.rule === 'child_out_of_view').map((a) => a.explanation.nl);
    expect(outOfView.some((text) => text.includes('Tim'))).toBe(true);
    expect(outOfView.some((text) => text.includes('Sophie'))).toBe(true);
    expect(outOfView.some((text) => text.includes('Daan'))).toBe(true);
    // Every household was evaluated, and the generated ones show the other rules too.
    const [all] = await rows(sql<{ rules: string[] }>`SELECT array_agg(DISTINCT rule) AS rules FROM household_alerts`);
    expect(new Set(all!.rules)).toEqual(new Set(['repeated_domestic_violence', 'crisis_after_crisis', 'care_avoidance', 'closed_while_unresolved',
      'child_out_of_view', 'kindcheck_missing', 'arrived_with_history']));
  });

  it('matches only organisations that do not already work together on the child: the two homes of Sophie and Milan', async () => {
    // Everywhere else the organisations around a child are involved in the same family, so they know each other already.
    const [colleagues] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM matches m JOIN match_entries a ON a.id = m.entry_a JOIN match_entries b ON b.id = m.entry_b
      WHERE EXISTS (SELECT 1 FROM household_members hm
        JOIN involvements ia ON ia.household_id = hm.household_id AND ia.user_id = m.user_a AND ia.until IS NULL
        JOIN involvements ib ON ib.household_id = hm.household_id AND ib.user_id = m.user_b AND ib.until IS NULL
        WHERE hm.person_id IN (a.person_id, b.person_id) AND hm.until IS NULL)`);
    expect(colleagues!.n).toBe(0);
    const pairs = await rows(sql<{ child: string; a: string; b: string; basis: string }>`
      SELECT p.first_name AS child, ua.name AS a, ub.name AS b, m.basis FROM matches m
      JOIN match_entries ea ON ea.id = m.entry_a JOIN persons p ON p.id = ea.person_id
      JOIN users ua ON ua.id = m.user_a JOIN users ub ON ub.id = m.user_b`);
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs.map((pair) => pair.child))).toEqual(new Set(['Sophie', 'Milan']));
    // Anouk (father's side) and Lotte Smit (mother's side) both worry about Milan without knowing of each other.
    expect(pairs.filter((pair) => [pair.a, pair.b].includes('Anouk Jansen')).map((pair) => [pair.child, [pair.a, pair.b].sort(), pair.basis]))
      .toEqual([['Milan', ['Anouk Jansen', 'Lotte Smit'], 'person']]);
    // Never two entries of one organisation matched; entries live until 24 months from now at most.
    const [same] = await rows(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM matches m JOIN match_entries a ON a.id = m.entry_a JOIN match_entries b ON b.id = m.entry_b
      WHERE a.organisation_id = b.organisation_id`);
    expect(same!.n).toBe(0);
    const [late] = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM match_entries WHERE expires_on > current_date + interval '24 months'`);
    expect(late!.n).toBe(0);
  });

  it('loads only once: a second call inserts nothing and returns the same logins', async () => {
    const before = await counts();
    const second = await loadDemoRegion(handle.db, { ...options, seed: 99 });
    expect(second.loaded).toBe(false);
    expect(second.logins).toEqual(first.logins);
    expect(await counts()).toEqual(before);
  });
});

describe('demo region determinism', () => {
  it('builds the same region for the same seed', async () => {
    const load = async () => {
      const handle = await openDatabase({ kind: 'embedded' });
      try {
        await migrate(handle);
        await loadDemoRegion(handle.db, { ...options, households: 12, seed: 42 });
        return await handle.db.selectFrom('households').select(['id', 'name']).orderBy('id').execute();
      } finally {
        await handle.close();
      }
    };
    const [a, b] = [await load(), await load()];
    expect(a).toHaveLength(18);
    expect(b).toEqual(a);
  });
});
