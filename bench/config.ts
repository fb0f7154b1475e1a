/** Benchmark settings, from the environment with the defaults. */

/** A positive whole number from the environment, or the fallback. */
export const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

export interface BenchConfig {
  /** Server URL without the database: the bench creates and drops its own database there. */
  serverUrl: string;
  database: string;
  households: number;
  persons: number;
  professionals: number;
  organisations: number;
  /** Concurrent clients (HTTP connections / raw SQL workers). */
  connections: number;
  /** pg pool size, in the app and in the raw baseline alike. */
  poolSize: number;
  /** Professionals that log in over HTTP and generate the load. */
  loginUsers: number;
  warmupSeconds: number;
  measureSeconds: number;
  listMeasureSeconds: number;
  keepDatabase: boolean;
  skipGenerate: boolean;
}

export function loadConfig(): BenchConfig {
  const households = int('BENCH_HOUSEHOLDS', 50_000);
  return {
    serverUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432',
    database: process.env.BENCH_DATABASE ?? 'rondom_bench',
    households,
    persons: int('BENCH_PERSONS', households * 4),
    professionals: int('BENCH_PROFESSIONALS', 500),
    organisations: int('BENCH_ORGANISATIONS', 30),
    connections: int('BENCH_CONNECTIONS', 32),
    poolSize: int('BENCH_POOL', 16),
    loginUsers: int('BENCH_LOGIN_USERS', 32),
    warmupSeconds: int('BENCH_WARMUP_SECONDS', 8),
    measureSeconds: int('BENCH_SECONDS', 25),
    listMeasureSeconds: int('BENCH_LIST_SECONDS', 15),
    keepDatabase: process.env.BENCH_KEEP_DB === '1',
    skipGenerate: process.env.BENCH_SKIP_GENERATE === '1',
  };
}

export const databaseUrl = (config: BenchConfig, database = config.database) => `${config.serverUrl.replace(/\/+$/, '')}/${database}`;
