import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks, type Actor } from '../../audit/types.ts';
import { today as amsterdamToday } from '../../clock.ts';
import type { Database } from '../../db/schema.ts';
import { defaultMatchingConfig } from '../../domain/matching.ts';
import { defaultPatternConfig } from '../../domain/patterns/index.ts';
import { refreshAlertsForHouseholds } from '../../jobs/patternScan.ts';
import type { DemoContext, HouseholdDraft, UserRef } from './draft.ts';
import { buildCoParentFamily, buildHandWrittenFamilies } from './families.ts';
import { generateHouseholds } from './generate.ts';
import { registerDemoMatching } from './matching.ts';
import { sprinkleSignals } from './signals.ts';
import { Rng, startOfTodayUtc } from './random.ts';
import { organisationSpecs, teamSpecs, userSpecs } from './region.ts';

/**
 * The demo region (`rondom serve --demo`): the fictional municipality Rondeel with organisations of every
 * kind, their professionals, five hand-written families modelled on the source documents (and the mother's household of
 * one of them, where the children live every other week) and a few hundred generated households, each with signals (timelines) about its members. In the same transaction
 * the stored pattern alerts of every household are computed and the matching index is filled, so the
 * alerts inbox and the matches list have content from the first login. Deterministic for a seed (apart
 * from the ids of alerts and matches); loads once (a database that already has organisations is left alone).
 */

export interface DemoLogin { email: string; name: string; roles: string[]; organisation: string }

export interface LoadDemoRegionOptions {
  /** The shared demo password (only used by the caller to print it; users get `passwordHash`). */
  password: string;
  /** argon2id hash of `password`, computed once by the caller. */
  passwordHash: string;
  /** Key of the keyed BSN hash (the instance secret). */
  bsnKey: string;
  /** Generated households besides the five hand-written families (default 220). */
  households?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadDemoRegionResult { loaded: boolean; logins: DemoLogin[] }

export const defaultDemoSeed = 20261129;
export const defaultDemoHouseholds = 220;

const systemActor: Actor = { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null };
const purpose = 'demo data load';
/** Households per batch: one audit event each; rows go in multi-row inserts of at most ROWS_PER_INSERT. */
const HOUSEHOLDS_PER_BATCH = 50;
const ROWS_PER_INSERT = 1000;

export async function loadDemoRegion(db: Kysely<Database>, options: LoadDemoRegionOptions): Promise<LoadDemoRegionResult> {
  const seed = options.seed ?? defaultDemoSeed;
  const generatedCount = options.households ?? defaultDemoHouseholds;
  const rng = new Rng(seed);
  const ids = new Rng(seed ^ 0x5bd1e995);
  const today = startOfTodayUtc();

  // Region, families and households: all or nothing, so a start that is killed half-way leaves no half
  // region behind and the next start loads it again.
  const loaded = await db.transaction().execute(async (tx) => {
    // Serialise concurrent starters on PostgreSQL; then re-check under the lock.
    await sql`SELECT pg_advisory_xact_lock(20261130)`.execute(tx);
    const existing = await tx.selectFrom('organisations').select('id').limit(1).execute();
    if (existing.length > 0) return false;

    const users = await insertRegion(tx, ids, options.passwordHash);
    const ctx: DemoContext = {
      rng, ids, signalIds: new Rng(seed ^ 0x68e31da4), today, bsnKey: options.bsnKey, users, usedBsns: new Set(), mobileSerial: { next: 101 },
    };
    const handWritten = buildHandWrittenFamilies(ctx);
    const generated = generateHouseholds(ctx, generatedCount);
    sprinkleSignals(generated, new Rng(seed ^ 0x2c1b3c6d));
    const drafts = [...handWritten, ...generated, buildCoParentFamily(ctx, handWritten)];

    let done = 0;
    for (let start = 0; start < drafts.length; start += HOUSEHOLDS_PER_BATCH) {
      const batch = drafts.slice(start, start + HOUSEHOLDS_PER_BATCH);
      await insertHouseholds(tx, batch);
      await audit(tx, systemActor, {
        action: 'household.create', purpose, checks: systemChecks,
        householdIds: batch.map((draft) => draft.id),
        personIds: batch.flatMap((draft) => draft.personIds),
        details: { source: 'demo', seed, batch: start / HOUSEHOLDS_PER_BATCH + 1, households: batch.length },
      });
      const signals = batch.flatMap((draft) => draft.rows.signals);
      if (signals.length > 0) {
        await audit(tx, systemActor, {
          action: 'signal.create', purpose, checks: systemChecks,
          householdIds: batch.filter((draft) => draft.rows.signals.length > 0).map((draft) => draft.id),
          personIds: [...new Set(batch.flatMap((draft) => draft.rows.signalPersons.map((link) => link.person_id)))],
          details: { source: 'demo', seed, batch: start / HOUSEHOLDS_PER_BATCH + 1, signals: signals.length },
        });
      }
      done += batch.length;
      options.onProgress?.(done, drafts.length);
    }

    // Derived state, as the API would have left it: the stored alerts of every household (evaluated on
    // today's date in the Netherlands) and the matching index with its matches.
    // refreshAlertsForHouseholds stores exactly what refreshHouseholdAlerts would per household
    // (src/jobs/patternScan.test.ts), in a handful of queries instead of six per household.
    await refreshAlertsForHouseholds(tx, drafts.map((draft) => draft.id), defaultPatternConfig, amsterdamToday());
    const matching = await registerDemoMatching(tx, drafts, { bsnKey: options.bsnKey, config: defaultMatchingConfig, ids: new Rng(seed ^ 0x1b873593) });
    if (matching.matches > 0) {
      await audit(tx, systemActor, {
        action: 'match.create', purpose: 'matching', checks: systemChecks,
        details: { source: 'demo', seed, entries: matching.entries, matches: matching.matches },
      });
    }
    return true;
  });

  return { loaded, logins: await readLogins(db) };
}

/** Organisations, teams and users, with one audit event each kind. Returns the users by key. */
async function insertRegion(tx: Transaction<Database>, ids: Rng, passwordHash: string): Promise<Map<string, UserRef>> {
  const organisationIds = new Map(organisationSpecs.map((spec) => [spec.key, ids.uuid()]));
  const teamIds = new Map(teamSpecs.map((spec) => [spec.key, ids.uuid()]));
  const idOf = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`unknown demo key ${key}`);
    return id;
  };

  await tx.insertInto('organisations').values(organisationSpecs.map((spec) => ({
    id: idOf(organisationIds, spec.key), name: spec.name, kind: spec.kind, municipality: spec.municipality,
    offers: spec.offers, phone: spec.phone, email: spec.email,
  }))).execute();
  await tx.insertInto('teams').values(teamSpecs.map((spec) => ({
    id: idOf(teamIds, spec.key), organisation_id: idOf(organisationIds, spec.organisationKey), name: spec.name,
  }))).execute();

  const users = new Map<string, UserRef>();
  const rows = userSpecs.map((spec) => {
    const ref: UserRef = {
      key: spec.key, id: ids.uuid(), organisationId: idOf(organisationIds, spec.organisationKey), name: spec.name,
      teamKey: spec.teamKey, title: spec.title,
    };
    users.set(spec.key, ref);
    return {
      id: ref.id, email: spec.email, name: spec.name, organisation_id: ref.organisationId,
      team_id: spec.teamKey ? idOf(teamIds, spec.teamKey) : null, roles: spec.roles, phone: spec.phone,
      password_hash: passwordHash, totp_secret: null, activated_at: new Date(),
    };
  });
  await tx.insertInto('users').values(rows).execute();

  const details = { source: 'demo' };
  await audit(tx, systemActor, { action: 'organisation.create', purpose, checks: systemChecks, details: { ...details, count: organisationSpecs.length } });
  await audit(tx, systemActor, { action: 'team.create', purpose, checks: systemChecks, details: { ...details, count: teamSpecs.length } });
  await audit(tx, systemActor, { action: 'user.create', purpose, checks: systemChecks, details: { ...details, count: rows.length } });
  return users;
}

/** One batch of households: every table in foreign-key order, each as few multi-row inserts. */
async function insertHouseholds(tx: Transaction<Database>, batch: readonly HouseholdDraft[]): Promise<void> {
  await insertChunked(tx, 'households', batch.map((draft) => draft.rows.household));
  await insertChunked(tx, 'persons', batch.flatMap((draft) => draft.rows.persons));
  await insertChunked(tx, 'household_members', batch.flatMap((draft) => draft.rows.members));
  await insertChunked(tx, 'household_addresses', batch.flatMap((draft) => draft.rows.addresses));
  await insertChunked(tx, 'involvements', batch.flatMap((draft) => draft.rows.involvements));
  await insertChunked(tx, 'network_members', batch.flatMap((draft) => draft.rows.network));
  await insertChunked(tx, 'safety_guardians', batch.flatMap((draft) => draft.rows.guardians));
  await insertChunked(tx, 'directions', batch.flatMap((draft) => draft.rows.directions));
  await insertChunked(tx, 'signals', batch.flatMap((draft) => draft.rows.signals));
  await insertChunked(tx, 'signal_persons', batch.flatMap((draft) => draft.rows.signalPersons));
}

async function insertChunked<T extends keyof Database & string>(tx: Transaction<Database>, table: T, rows: ReadonlyArray<Insertable<Database[T]>>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    // Kysely cannot relate a generic table name to its row type; the rows are typed by the caller.
    await tx.insertInto(table).values(rows.slice(start, start + ROWS_PER_INSERT) as never).execute();
  }
}

const loginRank = (roles: string[], email: string) =>
  roles.includes('administrator') ? 0 : roles.includes('privacy_officer') ? 1 : roles.includes('overseer') ? 2
    : email.startsWith('anouk.jansen@') ? 3 : roles.includes('team_lead') ? 4 : 5;

/** The demo logins as stored: the fixed accounts first, then Anouk, the team leads and the other professionals. */
export async function readLogins(db: Kysely<Database>): Promise<DemoLogin[]> {
  const rows = await db.selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.email', 'users.name', 'users.roles', 'organisations.name as organisation'])
    .where('users.disabled', '=', false)
    .execute();
  return rows
    .map((row) => ({ email: row.email, name: row.name, roles: row.roles, organisation: row.organisation }))
    .sort((a, b) => loginRank(a.roles, a.email) - loginRank(b.roles, b.email) || a.email.localeCompare(b.email));
}
