/**
 * Matching at national scale (issue 3): register-and-match p99 ≤ 5 ms for `registerForMatching` of one
 * person, on a PostgreSQL matching index of 3.5 million persons and 10 million signals.
 *
 *  1. a fresh database `rondom_bench_matching` (MATCH_BENCH_DATABASE) with the app's migrations;
 *  2. set-based load (INSERT … SELECT generate_series): MATCH_BENCH_PERSONS persons (default 3,500,000) in
 *     households of one parent and two children, one `match_entries` row per person (children carry their
 *     parent's key as family key, 5 % expired), MATCH_BENCH_SIGNALS signals (default 10,000,000) with one
 *     `signal_persons` row each. Foreign-key triggers are off during the load only (the data is consistent by
 *     construction) and the secondary indexes are rebuilt afterwards from their own definitions;
 *  3. MATCH_BENCH_ITERATIONS (default 2,000) registrations, one transaction each, of a random child with a
 *     citizen number by a random professional: the call itself and the call including COMMIT are timed;
 *  4. EXPLAIN ANALYZE of the lookup, a JSON result in bench/results/matching-<date>.json.
 *
 * MATCH_BENCH_SKIP_GENERATE=1 reuses the database of the previous run. BENCH_PG_URL: server (default
 * postgres://postgres@127.0.0.1:5432). Not part of `npm test`; run alone with `npx tsx bench/matching.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { registerForMatching } from '../src/db/queries/matching.ts';
import { defaultMatchingConfig } from '../src/domain/matching.ts';
import { int } from './config.ts';
import { percentiles, timedSteps } from './stats.ts';


export interface MatchingBenchConfig {
  serverUrl: string; database: string; persons: number; signals: number; organisations: number; professionals: number;
  iterations: number; warmup: number; skipGenerate: boolean;
}

export function matchingBenchConfig(): MatchingBenchConfig {
  return {
    serverUrl: (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, ''),
    database: process.env.MATCH_BENCH_DATABASE ?? 'rondom_bench_matching',
    persons: int('MATCH_BENCH_PERSONS', 3_500_000),
    signals: int('MATCH_BENCH_SIGNALS', 10_000_000),
    organisations: int('MATCH_BENCH_ORGANISATIONS', 300),
    professionals: int('MATCH_BENCH_PROFESSIONALS', 20_000),
    iterations: int('MATCH_BENCH_ITERATIONS', 2_000),
    warmup: int('MATCH_BENCH_WARMUP', 200),
    skipGenerate: process.env.MATCH_BENCH_SKIP_GENERATE === '1',
  };
}

const bsnKey = 'bench-matching-bsn-key';
const log = (line: string) => console.log(line);


async function generate(config: MatchingBenchConfig): Promise<Record<string, number>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(config.database) || ['postgres', 'test', 'rondom_bench'].includes(config.database)) {
    throw new Error(`refusing to use database ${config.database}`);
  }
  const admin = new pg.Client({ connectionString: `${config.serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${config.database}`);
  await admin.end();
  const handle = await openDatabase({ kind: 'postgres', url: `${config.serverUrl}/${config.database}`, poolSize: 1 });
  await migrate(handle);
  await handle.close();

  const P = config.persons;
  const H = Math.ceil(P / 3);
  const O = config.organisations;
  const U = config.professionals;
  const S = config.signals;
  const client = new pg.Client({ connectionString: `${config.serverUrl}/${config.database}` });
  await client.connect();
  const { step, seconds } = timedSteps(client, log, 26);
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB';
    SET max_parallel_maintenance_workers = 2; SET session_replication_role = replica; SELECT setseed(0.17)`);
  await client.query(`CREATE FUNCTION pg_temp.bid(key text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT overlay(overlay(md5(key) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);
  // The secondary indexes are dropped for the load and rebuilt from their own definitions afterwards.
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename IN ('persons', 'household_members', 'signal_persons', 'match_entries')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  // Person i (1-based) lives in household (i+2)/3; position (i-1)%3 = 0 is the parent, 1 and 2 the children.
  // A person's subject key is its stored bsn_hash (90 % have one) or, without one, a name key.
  const subject = (i: string) => `(md5('bsn' || (${i})) || md5('nsb' || (${i})))`;
  const hasBsn = (i: string) => `((${i}) % 10 <> 7)`;
  await step('organisations, users', `
    INSERT INTO organisations (id, name, kind, municipality) SELECT pg_temp.bid('o' || o), 'Organisatie ' || o,
      (ARRAY['school','police','district_team','youth_health','safe_at_home','gp','mental_health'])[1 + o % 7], 'Gemeente ' || (o % 342)
    FROM generate_series(1, ${O}) o;
    INSERT INTO users (id, email, name, organisation_id, roles, phone, password_hash)
    SELECT pg_temp.bid('u' || u), 'prof' || u || '@bench.rondom.test', 'Professional ' || u, pg_temp.bid('o' || (1 + u % ${O})),
      ARRAY['professional'], '06-' || lpad(u::text, 8, '0'), 'not-a-hash' FROM generate_series(1, ${U}) u;`);
  await step('households', `
    INSERT INTO households (id, name, municipality, created_by)
    SELECT pg_temp.bid('h' || h), 'Gezin ' || h, 'Gemeente ' || (h % 342), pg_temp.bid('u' || (1 + h % ${U})) FROM generate_series(1, ${H}) h;`);
  await step('persons', `
    INSERT INTO persons (id, first_name, last_name, birth_date, bsn_hash, bsn_last3)
    SELECT pg_temp.bid('p' || i), 'Voornaam' || (i % 997), 'Achternaam' || ((i + 2) / 3 % 4999),
      CASE WHEN (i - 1) % 3 = 0 THEN current_date - 8000 - (i % 7000) ELSE current_date - 200 - (i % 6000) END,
      CASE WHEN ${hasBsn('i')} THEN ${subject('i')} END, CASE WHEN ${hasBsn('i')} THEN lpad((i % 1000)::text, 3, '0') END
    FROM generate_series(1, ${P}) i;`);
  await step('household_members', `
    INSERT INTO household_members (household_id, id, person_id, role, relation, since)
    SELECT pg_temp.bid('h' || ((i + 2) / 3)), pg_temp.bid('m' || i), pg_temp.bid('p' || i),
      CASE WHEN (i - 1) % 3 = 0 THEN 'parent' ELSE 'child' END, CASE WHEN (i - 1) % 3 = 0 THEN 'moeder' END, current_date - 3000
    FROM generate_series(1, ${P}) i;`);
  // One entry per person, registered by a professional of a pseudo-random organisation.
  await step('match_entries', `
    INSERT INTO match_entries (id, subject_key, family_keys, person_id, household_id, user_id, organisation_id,
                               first_registered_at, last_registered_at, expires_on)
    SELECT pg_temp.bid('e' || i), CASE WHEN ${hasBsn('i')} THEN ${subject('i')} ELSE 'name-' || i END,
      CASE WHEN (i - 1) % 3 = 0 THEN '{}'::text[]
           ELSE ARRAY[CASE WHEN ${hasBsn('i - (i - 1) % 3')} THEN ${subject('i - (i - 1) % 3')} ELSE 'name-' || (i - (i - 1) % 3) END] END,
      pg_temp.bid('p' || i), pg_temp.bid('h' || ((i + 2) / 3)), pg_temp.bid('u' || u), pg_temp.bid('o' || (1 + u % ${O})),
      now() - interval '300 days', now() - interval '30 days',
      CASE WHEN i % 20 = 0 THEN current_date - 1 - i % 300 ELSE current_date + 1 + i % 700 END
    FROM (SELECT i, 1 + (i::bigint * 7919) % ${U} AS u FROM generate_series(1, ${P}) i) s;`);
  const kinds = ['child_school_absence', 'child_withdrawn', 'police_call_out', 'report_to_safe_at_home', 'appointment_missed',
    'adult_debts', 'adult_addiction', 'help_started', 'move', 'school_change', 'child_seen_and_heard'];
  await step('signals', `
    INSERT INTO signals (household_id, id, kind, observed_at, severity, details, author_user_id, author_organisation_id)
    SELECT pg_temp.bid('h' || h), pg_temp.bid('s' || n), (ARRAY['${kinds.join("','")}'])[1 + n % ${kinds.length}],
      current_date - (n % 1500), 'medium', '{}', pg_temp.bid('u' || u), pg_temp.bid('o' || (1 + u % ${O}))
    FROM (SELECT n, 1 + (n::bigint * 2654435761) % ${H} AS h, 1 + (n::bigint * 40503) % ${U} AS u FROM generate_series(1, ${S}) n) s;`);
  await step('signal_persons', `
    INSERT INTO signal_persons (household_id, signal_id, person_id)
    SELECT pg_temp.bid('h' || h), pg_temp.bid('s' || n), pg_temp.bid('p' || (3 * (h - 1) + 1 + n % 3))
    FROM (SELECT n, 1 + (n::bigint * 2654435761) % ${H} AS h FROM generate_series(1, ${S}) n) s;`);
  await client.query('SET session_replication_role = origin');
  for (const index of indexes) await step(`index ${index.name}`, index.def);
  await step('vacuum analyze', 'VACUUM ANALYZE');
  await client.end();
  return seconds;
}

/** Runs the benchmark and returns its figures (also written to bench/results/). */
export async function benchMatching(
  config = matchingBenchConfig(), register: typeof registerForMatching = registerForMatching, name = 'matching',
): Promise<Record<string, unknown>> {
  const startedAt = new Date();
  log(`Matching bench: ${config.persons.toLocaleString('en')} persons, ${config.signals.toLocaleString('en')} signals, ${config.iterations} registrations`);
  let generateSeconds: Record<string, number> | null = null;
  if (!config.skipGenerate) {
    log('Generating the matching index…');
    generateSeconds = await generate(config);
  }
  const handle = await openDatabase({ kind: 'postgres', url: `${config.serverUrl}/${config.database}`, poolSize: 2 });
  const { db } = handle;
  const loadAverageAtStart = os.loadavg().map((v) => Math.round(v * 100) / 100);
  try {
    const counts = Object.fromEntries(await Promise.all(['persons', 'match_entries', 'signals', 'signal_persons', 'matches'].map(async (table) => {
      const { rows } = await sql<{ n: string }>`SELECT reltuples::bigint::text AS n FROM pg_class WHERE relname = ${table}`.execute(db);
      return [table, Number(rows[0]?.n ?? 0)] as const;
    })));
    const P = config.persons;
    const H = Math.ceil(P / 3);
    // Children with a citizen number and professionals, from MATCH_BENCH_SEED (default: the clock, so that a
    // rerun on the same database registers new pairs and creates matches rather than only refreshing entries).
    let state = int('MATCH_BENCH_SEED', Date.now() % 1_000_000_007);
    const next = (n: number) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state % n; };
    const pickChild = () => {
      for (;;) {
        const h = 1 + next(H);
        const i = 3 * (h - 1) + 2 + next(2);
        if (i <= P && i % 10 !== 7) return { h, i };
      }
    };
    const ids = async (keys: string[]) => (await sql<{ k: string; id: string }>`
      SELECT k, overlay(overlay(md5(k) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid::text AS id FROM unnest(${keys}::text[]) k`.execute(db)).rows;
    const total = config.warmup + config.iterations;
    const picks = Array.from({ length: total }, () => ({ ...pickChild(), u: 1 + next(config.professionals) }));
    const idRows = await ids(picks.flatMap((p) => [`h${p.h}`, `p${p.i}`, `u${p.u}`]));
    const idOf = new Map(idRows.map((row) => [row.k, row.id]));
    const orgs = new Map((await db.selectFrom('users').select(['id', 'organisation_id']).where('id', 'in', picks.map((p) => idOf.get(`u${p.u}`)!)).execute())
      .map((row) => [row.id, row.organisation_id]));

    // Baseline: one round trip to the server (SELECT 1) on the same pool. registerForMatching makes five
    // statements per person plus one per new match; on a busy machine every round trip waits for a core.
    const roundTrip: number[] = [];
    for (let n = 0; n < config.iterations; n += 1) {
      const started = performance.now();
      await sql`SELECT 1`.execute(db);
      roundTrip.push(performance.now() - started);
    }
    const call: number[] = [];
    const withCommit: number[] = [];
    let matchesCreated = 0;
    for (let n = 0; n < total; n += 1) {
      const pick = picks[n]!;
      const userId = idOf.get(`u${pick.u}`)!;
      const started = performance.now();
      let inside = 0;
      const created = await db.transaction().execute(async (tx) => {
        const t = performance.now();
        const result = await register(tx, {
          householdId: idOf.get(`h${pick.h}`)!, personIds: [idOf.get(`p${pick.i}`)!], userId, organisationId: orgs.get(userId)!,
          bsnKey, config: defaultMatchingConfig,
        });
        inside = performance.now() - t;
        return result;
      });
      const elapsed = performance.now() - started;
      if (n >= config.warmup) { call.push(inside); withCommit.push(elapsed); matchesCreated += created.length; }
    }

    // The plans behind the figures, for the report.
    const sample = picks[0]!;
    const key = (await db.selectFrom('persons').select('bsn_hash').where('id', '=', idOf.get(`p${sample.i}`)!).executeTakeFirstOrThrow()).bsn_hash!;
    const family = (await db.selectFrom('match_entries').select('family_keys').where('subject_key', '=', key).limit(1).executeTakeFirst())?.family_keys ?? [];
    const explain = async (text: ReturnType<typeof sql<Record<string, string>>>) =>
      (await text.execute(db)).rows.map((row) => Object.values(row)[0]).join('\n');
    const lookupPlan = await explain(sql`EXPLAIN (ANALYZE, BUFFERS) SELECT id, user_id, subject_key FROM match_entries
      WHERE organisation_id <> ${orgs.get(idOf.get(`u${sample.u}`)!)!} AND expires_on > current_date
        AND (subject_key = ${key} OR family_keys && ${family}::text[])`);
    const parentsPlan = await explain(sql`EXPLAIN (ANALYZE, BUFFERS) SELECT p.first_name, p.last_name, p.birth_date, p.bsn_hash
      FROM household_members m JOIN persons p ON p.id = m.person_id
      WHERE m.household_id = ${idOf.get(`h${sample.h}`)!} AND m.role IN ('parent', 'caregiver') AND m.until IS NULL`);
    const settings = (await sql<{ name: string; setting: string }>`SELECT name, setting FROM pg_settings
      WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'work_mem', 'server_version')`.execute(db)).rows;

    const result = {
      benchmark: name,
      startedAt: startedAt.toISOString(),
      scale: {
        persons: config.persons, households: H, signals: config.signals, organisations: config.organisations, professionals: config.professionals,
        national: config.persons >= 3_500_000 && config.signals >= 10_000_000,
      },
      rows: counts,
      generateSeconds,
      registerForMatching: {
        iterations: config.iterations, warmup: config.warmup, matchesCreated,
        callMs: percentiles(call), transactionWithCommitMs: percentiles(withCommit), selectOneRoundTripMs: percentiles(roundTrip),
        target: { p99Ms: 5, met: percentiles(call).p99 <= 5 },
      },
      plans: { lookup: lookupPlan, parents: parentsPlan },
      settings: Object.fromEntries(settings.map((row) => [row.name, row.setting])),
      machine: { cpus: os.cpus().length, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((v) => Math.round(v * 100) / 100) },
    };
    const dir = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}${name}-${startedAt.toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`;
    writeFileSync(file, JSON.stringify(result, null, 2));
    log(`registerForMatching: call p50 ${result.registerForMatching.callMs.p50} ms, p99 ${result.registerForMatching.callMs.p99} ms; `
      + `with commit p50 ${result.registerForMatching.transactionWithCommitMs.p50} ms, p99 ${result.registerForMatching.transactionWithCommitMs.p99} ms `
      + `(${matchesCreated} matches created); SELECT 1 round trip p50 ${result.registerForMatching.selectOneRoundTripMs.p50} ms, `
      + `p99 ${result.registerForMatching.selectOneRoundTripMs.p99} ms. Written to ${file}`);
    return result;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchMatching().catch((error) => { console.error(error); process.exitCode = 1; });
}
