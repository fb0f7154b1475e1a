/**
 * `npm run bench`: the family page under load on PostgreSQL (issue 2).
 *
 *  1. a fresh database `rondom_bench` with the app's migrations and a synthetic region
 *     (BENCH_HOUSEHOLDS, default 50,000 households / 200,000 persons);
 *  2. the real app in a child process, 32 professionals logged in over HTTP, autocannon with 32
 *     connections on GET /api/v1/households/{id} (households the user is involved in);
 *  3. "my families" (GET /api/v1/households) for a professional with a median caseload (report only);
 *  4. the raw SQL baseline: the same transaction on a pool of the same size from 32 workers;
 *  5. a table on stdout, bench/results/family-page-<date>.json and bench/results/latest.md.
 *
 * Environment: BENCH_HOUSEHOLDS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_LIST_SECONDS, BENCH_CONNECTIONS,
 * BENCH_POOL, BENCH_LOGIN_USERS, BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432),
 * BENCH_DATABASE (default rondom_bench), BENCH_KEEP_DB=1 keeps the database afterwards,
 * BENCH_SKIP_GENERATE=1 reuses the database of the previous run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { databaseUrl, loadConfig } from './config.ts';
import { benchPassword, generate, type GenerateResult } from './generate.ts';
import { login, runHttp, type HttpRunResult, type LoadTarget, type Session } from './http.ts';
import { runRaw, type RawRunResult } from './raw.ts';
import { renderMarkdown, renderTable } from './report.ts';
import { CpuWindow, postgresPids } from './stats.ts';

const config = loadConfig();
const log = (line: string) => console.log(line);
const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

async function main() {
  const startedAt = new Date();
  log(`Rondom bench: ${config.households} households, ${config.connections} connections, pool ${config.poolSize}, ${config.measureSeconds} s measured`);

  let generated: GenerateResult | null = null;
  if (!config.skipGenerate) {
    log('Generating the region…');
    generated = await generate(config, log);
    log(`  ${JSON.stringify(generated.counts)} in ${generated.seconds.toFixed(1)} s`);
  }
  const url = databaseUrl(config);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const environment = await describeEnvironment(client);

  // The professionals who generate the load: plain professionals with a current caseload, spread over the id order.
  const caseloads = (await client.query<{ id: string; email: string; n: number }>(`
    SELECT u.id, u.email, count(DISTINCT i.household_id)::int AS n
    FROM users u JOIN involvements i ON i.user_id = u.id AND (i.until IS NULL OR i.until >= current_date)
    WHERE u.roles = ARRAY['professional'] GROUP BY u.id, u.email ORDER BY u.email`)).rows;
  const stride = Math.max(1, Math.floor(caseloads.length / config.loginUsers));
  const chosen = caseloads.filter((_, i) => i % stride === 0).slice(0, config.loginUsers);
  const householdsOf = new Map<string, string[]>();
  for (const user of chosen) {
    const rows = await client.query<{ household_id: string }>(
      `SELECT DISTINCT household_id FROM involvements WHERE user_id = $1 AND (until IS NULL OR until >= current_date)`, [user.id]);
    householdsOf.set(user.id, rows.rows.map((r) => r.household_id));
  }
  const sortedLoads = [...caseloads].sort((a, b) => a.n - b.n);
  const typical = sortedLoads[Math.floor(sortedLoads.length / 2)]!;
  const caseload = { min: sortedLoads[0]!.n, median: typical.n, max: sortedLoads.at(-1)!.n };
  log(`Caseloads (current households per professional): min ${caseload.min}, median ${caseload.median}, max ${caseload.max}`);

  log('Starting the app…');
  const server = await startServer(url);
  const base = `http://127.0.0.1:${server.port}`;
  let family: HttpRunResult, list: HttpRunResult, familyCpu, listCpu;
  const sessions: Session[] = [];
  try {
    for (const user of chosen) sessions.push(await login(base, user.email, benchPassword, user.id));
    const typicalSession = chosen.some((u) => u.id === typical.id) ? sessions.find((s) => s.userId === typical.id)! : await login(base, typical.email, benchPassword, typical.id);
    log(`Logged in ${sessions.length} professionals over HTTP`);

    const targets: LoadTarget[] = sessions.map((session) => ({ session, paths: householdsOf.get(session.userId)!.map((id) => `/api/v1/households/${id}`) }));
    log(`Family page: warming up ${config.warmupSeconds} s…`);
    await runHttp(base, targets, { connections: config.connections, seconds: config.warmupSeconds });
    log(`Family page: measuring ${config.measureSeconds} s…`);
    let cpu = new CpuWindow({ app: [server.child.pid!], postgres: postgresPids(), bench: [process.pid] });
    family = await runHttp(base, targets, { connections: config.connections, seconds: config.measureSeconds });
    familyCpu = cpu.finish();
    log(`  p50 ${family.latency.p50} ms, p95 ${family.latency.p95} ms, p99 ${family.latency.p99} ms, ${family.requestsPerSecond} req/s, non-2xx ${family.non2xx}, errors ${family.errors}`);

    const listTargets: LoadTarget[] = [{ session: typicalSession, paths: ['/api/v1/households'] }];
    log(`My families (${typical.n} households): warming up 3 s, measuring ${config.listMeasureSeconds} s…`);
    await runHttp(base, listTargets, { connections: config.connections, seconds: 3 });
    cpu = new CpuWindow({ app: [server.child.pid!], postgres: postgresPids(), bench: [process.pid] });
    list = await runHttp(base, listTargets, { connections: config.connections, seconds: config.listMeasureSeconds });
    listCpu = cpu.finish();
    log(`  p50 ${list.latency.p50} ms, p95 ${list.latency.p95} ms, p99 ${list.latency.p99} ms, ${list.requestsPerSecond} req/s, non-2xx ${list.non2xx}`);
  } finally {
    await server.stop();
  }

  const rawTargets = sessions.map((s) => ({ userId: s.userId, sid: s.sid, householdIds: householdsOf.get(s.userId)! }));
  const raw: Record<string, RawRunResult & { cpu?: unknown }> = {};
  for (const mode of ['family', 'family+session'] as const) {
    log(`Raw SQL baseline (${mode}): ${family.requests} requests from ${config.connections} workers on a pool of ${config.poolSize}…`);
    const cpu = new CpuWindow({ postgres: postgresPids(), bench: [process.pid] });
    raw[mode] = await runRaw(url, rawTargets, { mode, poolSize: config.poolSize, workers: config.connections, requests: family.requests, warmupSeconds: 3 });
    raw[mode]!.cpu = cpu.finish();
    log(`  p50 ${raw[mode]!.latency.p50} ms, p95 ${raw[mode]!.latency.p95} ms, p99 ${raw[mode]!.latency.p99} ms, ${raw[mode]!.requestsPerSecond} req/s, errors ${raw[mode]!.errors}`);
  }
  const auditCount = Number((await client.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_events')).rows[0]!.n);
  await client.end();

  const baseline = raw.family!;
  const ratioP95 = round(family.latency.p95 / baseline.latency.p95);
  const ratioP50 = round(family.latency.p50 / baseline.latency.p50);
  const report = {
    benchmark: 'family-page', startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(),
    environment, config: { ...config, serverUrl: undefined },
    data: { generated: generated?.counts ?? null, generateSeconds: generated ? round(generated.seconds) : null, caseload, auditEventsAfterRun: auditCount },
    familyPage: { ...family, cpu: familyCpu },
    myFamilies: { householdsInList: typical.n, ...list, cpu: listCpu },
    raw,
    ratio: { p95: ratioP95, p50: ratioP50, p95VsRawWithSession: round(family.latency.p95 / raw['family+session']!.latency.p95) },
    targets: { p95Ms: 30, ratio: 2, p95Met: family.latency.p95 <= 30, ratioMet: ratioP95 <= 2, zeroErrors: family.non2xx + family.errors === 0 },
  };
  mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const jsonPath = `${resultsDir}family-page-${stamp}.json`;
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(`${resultsDir}latest.md`, renderMarkdown(report));
  log('');
  log(renderTable(report));
  log(`Written ${jsonPath.replace(root, '')} and bench/results/latest.md`);

  if (!config.keepDatabase) {
    const admin = new pg.Client({ connectionString: databaseUrl(config, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${config.database} WITH (FORCE)`);
    await admin.end();
  }
  if (family.non2xx + family.errors > 0) process.exitCode = 1;
}

export type BenchReport = {
  environment: Awaited<ReturnType<typeof describeEnvironment>>;
  config: Record<string, unknown>;
  data: { generated: Record<string, number> | null; generateSeconds: number | null; caseload: { min: number; median: number; max: number }; auditEventsAfterRun: number };
  familyPage: HttpRunResult & { cpu: unknown };
  myFamilies: HttpRunResult & { householdsInList: number; cpu: unknown };
  raw: Record<string, RawRunResult & { cpu?: unknown }>;
  ratio: { p95: number; p50: number; p95VsRawWithSession: number };
  targets: { p95Ms: number; ratio: number; p95Met: boolean; ratioMet: boolean; zeroErrors: boolean };
  startedAt: string;
};

const round = (v: number) => Math.round(v * 100) / 100;

async function describeEnvironment(client: pg.Client) {
  const setting = async (name: string) => (await client.query<{ v: string }>(`SELECT current_setting($1) AS v`, [name])).rows[0]!.v;
  const settings = async (names: string[]) => {
    const out: Record<string, string> = {};
    for (const name of names) out[name] = await setting(name);
    return out;
  };
  return {
    cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, platform: `${os.type()} ${os.release()}`,
    postgres: await setting('server_version'),
    postgresSettings: await settings(['shared_buffers', 'synchronous_commit', 'fsync', 'max_connections', 'work_mem']),
  };
}

async function startServer(url: string): Promise<{ port: number; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./server.ts', import.meta.url))], {
    cwd: root, env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_POOL: String(config.poolSize), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /READY (\d+)/.exec(buffered);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000).unref();
  });
  return {
    port, child,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
