/**
 * Retention job speed at the scale of a region: the 50,000-household region of bench/generate.ts (in its own
 * database, BENCH_DATABASE default `rondom_bench_retention`) plus a signal per family and matching entries
 * for the children; half of the closed families (3 % of all) closed 25 years ago and due. Times a dry run, then
 * the real run, then a second run that finds nothing (the daily steady state).
 * Writes bench/results/retention-<date>.json. Not part of `npm test`; run alone with `npx tsx bench/retention.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../src/db/connect.ts';
import { defaultRetentionConfig } from '../src/domain/retention.ts';
import { runRetention, type RetentionResult } from '../src/jobs/retention.ts';
import { databaseUrl, loadConfig } from './config.ts';
import { generate } from './generate.ts';
import { timedSteps } from './stats.ts';

const log = (line: string) => console.log(line);
const config = { ...loadConfig(), database: process.env.BENCH_DATABASE ?? 'rondom_bench_retention' };

if (!config.skipGenerate) {
  await generate(config, log);
  const client = new pg.Client({ connectionString: databaseUrl(config) });
  await client.connect();
  const { step } = timedSteps(client, log);
  await step('signals', `
    INSERT INTO signals (household_id, id, kind, observed_at, note, author_user_id, author_organisation_id)
    SELECT i.household_id, md5('s' || i.household_id)::uuid, 'police_call_out', current_date - 100, 'bench', i.user_id, i.organisation_id
    FROM (SELECT DISTINCT ON (household_id) household_id, user_id, organisation_id FROM involvements ORDER BY household_id, id) i;
    INSERT INTO signal_persons (household_id, signal_id, person_id)
    SELECT m.household_id, md5('s' || m.household_id)::uuid, m.person_id FROM household_members m WHERE m.until IS NULL
    ON CONFLICT DO NOTHING;`);
  await step('matching entries', `
    INSERT INTO match_entries (id, subject_key, person_id, household_id, user_id, organisation_id, expires_on)
    SELECT md5('e' || m.id || m.household_id)::uuid, m.person_id::text, m.person_id, m.household_id, i.user_id, i.organisation_id,
           current_date + (random() * 700)::int - 30
    FROM household_members m
    JOIN (SELECT DISTINCT ON (household_id) household_id, user_id, organisation_id FROM involvements ORDER BY household_id, id) i USING (household_id)
    WHERE m.role = 'child' AND m.until IS NULL
    ON CONFLICT DO NOTHING;
    INSERT INTO matches (id, basis, subject_key, entry_a, entry_b, user_a, user_b)
    SELECT gen_random_uuid(), 'person', a.subject_key, a.id, b.id, a.user_id, b.user_id
    FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM match_entries) a
    JOIN (SELECT *, row_number() OVER (ORDER BY id) AS n FROM match_entries) b ON b.n = a.n + 1
    WHERE a.n % 10 = 0;`);
  await step('closing moments', `
    UPDATE households SET closed_at = CASE WHEN random() < 0.5 THEN now() - interval '25 years' ELSE now() - interval '2 years' END
    WHERE status = 'closed';`);
  await step('vacuum analyze', 'VACUUM (ANALYZE)');
  await client.end();
}

const handle = await openDatabase({ kind: 'postgres', url: databaseUrl(config), poolSize: 2 });
const quiet = { info: () => {}, error: (...args: unknown[]) => console.error(...args) };
const runs: Record<string, RetentionResult> = {};
for (const [name, dryRun] of [['dry run', true], ['run', false], ['steady state', false]] as const) {
  const result = await runRetention(handle.db, { config: defaultRetentionConfig, dryRun, via: 'cli', log: quiet });
  runs[name] = result;
  log(`${name.padEnd(14)} ${String(result.families.length).padStart(5)} families, ${JSON.stringify(result.familyRows)}, expired ${JSON.stringify(result.expired)}: ${result.milliseconds} ms`);
}
await handle.close();

const results = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(results, { recursive: true });
const file = `${results}retention-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`;
writeFileSync(file, JSON.stringify({
  households: config.households,
  runs: Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, { families: r.families.length, rows: r.familyRows, expired: r.expired, milliseconds: r.milliseconds }])),
}, null, 2));
log(`written to ${file}`);
