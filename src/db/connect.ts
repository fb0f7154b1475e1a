import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.ts';

/** OIDs whose text form we keep as is, so both drivers hand the code the same JavaScript values. */
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const keepText = (value: string) => value;

/** current_date in SQL and today() in code must agree: a family's day ends at midnight in the Netherlands. */
const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Runs a script of several statements (migrations); parameters are not supported here. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` undefined means in memory (tests). */
  | { kind: 'embedded'; dataDir?: string };

export interface DatabaseOptions {
  /** Called with every statement Kysely runs (tests count them to compare the cost of two paths). */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(location: DatabaseLocation, options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  return location.kind === 'postgres' ? openPostgres(location.url, location.poolSize, options) : openEmbedded(location.dataDir, options);
}

const logOption = (options: DatabaseOptions) =>
  options.onQuery ? { log: (event: { query: { sql: string } }) => options.onQuery!(event.query.sql) } : {};

async function openEmbedded(dataDir: string | undefined, options: DatabaseOptions): Promise<DatabaseHandle> {
  const client = new PGlite(dataDir);
  await client.waitReady;
  await client.exec(`SET TIME ZONE '${DUTCH_TIME_ZONE}'`);
  const parsers = { [DATE_OID]: keepText, [INT8_OID]: keepText, [NUMERIC_OID]: keepText };
  // PGlite 0.3 applies parsers per query only, so the dialect gets a client that always passes them.
  const parsingClient = {
    query: (text: string, params?: unknown[]) => client.query(text, params, { parsers }),
    close: () => client.close(),
  } as unknown as PGlite;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(parsingClient), ...logOption(options) });
  return {
    kind: 'embedded',
    db,
    exec: async (script) => { await client.exec(script); },
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, poolSize = 10, options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID || oid === INT8_OID || oid === NUMERIC_OID ? keepText : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, options: `-c timezone=${DUTCH_TIME_ZONE}` });
  // An idle connection that the server ends (restart, failover) must not take the process down; the pool reconnects.
  pool.on('error', (error) => { if ((error as { code?: string }).code !== '57P01') console.warn(`PostgreSQL connection lost: ${error.message}`); });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...logOption(options) });
  return {
    kind: 'postgres',
    db,
    exec: async (script) => { await pool.query(script); },
    close: () => db.destroy(),
  };
}

/** Where the configuration says the data lives: PostgreSQL when DATABASE_URL is set, else the local folder. */
export function locationFromEnv(env: NodeJS.ProcessEnv, dataDir: string): DatabaseLocation {
  return env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'embedded', dataDir };
}
