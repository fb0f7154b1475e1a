import { sql, type Kysely, type Transaction } from 'kysely';
import { systemChecks, type Actor } from '../audit/types.ts';
import { audit } from '../audit/write.ts';
import {
  closedWithoutDate, countExpiredMatchEntries, countSpent, householdsDue, purgeHousehold, removeExpiredMatchEntries,
  removeSpentBatch, spentItems, unlistedFamilyData,
} from '../db/queries/retention.ts';
import type { Database } from '../db/schema.ts';
import { SPENT_ITEM_DAYS, type RetentionConfig } from '../domain/retention.ts';

/**
 * The retention job (docs/retention.md): removes closed families whose term has passed, one transaction and
 * one audit event per family, then what has expired: matching entries, sessions, spent account links and
 * delivered mail. Audit events are never removed.
 *
 * A dry run does the same work in one transaction that is rolled back, so that it reports exactly what a
 * run would remove (a person shared by two due families included) and changes nothing. It writes no audit
 * events (they would hold the audit chain for the whole run) and only counts the expired items.
 */

export interface RetentionRunOptions {
  config: RetentionConfig;
  dryRun?: boolean;
  /** Families selected per query and rows removed per statement (default 500). */
  batchSize?: number;
  /** Recorded in the audit events: who started the run. */
  via: 'schedule' | 'cli';
  log?: Pick<Console, 'info' | 'error'>;
}

export interface PurgedFamily { householdId: string; closedAt: string; removed: Record<string, number> }

export interface RetentionResult {
  dryRun: boolean;
  termYears: number;
  families: PurgedFamily[];
  /** Rows per table over all families. */
  familyRows: Record<string, number>;
  failed: Array<{ householdId: string; error: string }>;
  expired: { matchEntries: number; matches: number; sessions: number; accountTokens: number; mail: number };
  /** Closed families without a closing moment; they are never removed (see the migration that added closed_at). */
  closedWithoutDate: number;
  milliseconds: number;
}

const systemActor: Actor = { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null };

class DryRunRollback extends Error {}

/** Runs `work` as one unit: its own transaction, or a savepoint of the dry run's transaction. */
type Unit = <T>(work: (tx: Transaction<Database>) => Promise<T>) => Promise<T>;

export async function runRetention(db: Kysely<Database>, options: RetentionRunOptions): Promise<RetentionResult> {
  const started = performance.now();
  const unlisted = await unlistedFamilyData(db);
  if (unlisted.length > 0) {
    throw new Error(`retention: ${unlisted.join(', ')} not known to the retention job (src/db/queries/retention.ts); nothing removed`);
  }
  let result: RetentionResult | undefined;
  if (options.dryRun) {
    await db.transaction().execute(async (outer) => {
      const savepoint: Unit = async (work) => {
        await sql`SAVEPOINT retention_unit`.execute(outer);
        try {
          const value = await work(outer);
          await sql`RELEASE SAVEPOINT retention_unit`.execute(outer);
          return value;
        } catch (error) {
          await sql`ROLLBACK TO SAVEPOINT retention_unit`.execute(outer);
          throw error;
        }
      };
      result = await runWith(outer, savepoint, options);
      throw new DryRunRollback();
    }).catch((error: unknown) => { if (!(error instanceof DryRunRollback)) throw error; });
  } else {
    result = await runWith(db, (work) => db.transaction().execute(work), options);
  }
  return { ...result!, milliseconds: Math.round(performance.now() - started) };
}

async function runWith(db: Kysely<Database> | Transaction<Database>, unit: Unit, options: RetentionRunOptions): Promise<RetentionResult> {
  const log = options.log ?? console;
  const dryRun = options.dryRun ?? false;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
  const termYears = options.config.closedHouseholdYears;
  const result: RetentionResult = {
    dryRun, termYears, families: [], familyRows: {}, failed: [],
    expired: { matchEntries: 0, matches: 0, sessions: 0, accountTokens: 0, mail: 0 }, closedWithoutDate: 0, milliseconds: 0,
  };

  let after: string | null = null;
  for (;;) {
    const ids = await householdsDue(db, { termYears, after, limit: batchSize });
    for (const householdId of ids) {
      try {
        const family = await unit(async (tx) => {
          const purged = await purgeHousehold(tx, { householdId, termYears });
          if (purged && !dryRun) {
            await audit(tx, systemActor, {
              action: 'retention.purge', purpose: 'retention', householdIds: [householdId], personIds: purged.personIds, checks: systemChecks,
              details: { closedAt: purged.closedAt.toISOString(), termYears, removed: purged.removed, via: options.via },
            });
          }
          return purged;
        });
        if (!family) continue; // reopened meanwhile
        result.families.push({ householdId, closedAt: family.closedAt.toISOString(), removed: family.removed });
        for (const [table, rows] of Object.entries(family.removed)) result.familyRows[table] = (result.familyRows[table] ?? 0) + rows;
      } catch (error) {
        // One family that cannot be removed (a row the job does not know of) must not keep the others.
        log.error(`retention: family ${householdId} could not be removed`, error);
        result.failed.push({ householdId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (ids.length > 0) log.info(`retention: ${result.families.length} closed families ${dryRun ? 'would be removed' : 'removed'} so far`);
    if (ids.length < batchSize) break;
    after = ids[ids.length - 1]!;
  }

  if (dryRun) {
    const expired = await countExpiredMatchEntries(db);
    result.expired.matchEntries = expired.entries;
    result.expired.matches = expired.matches;
  } else {
    for (;;) {
      const batch = await unit(async (tx) => {
        const removed = await removeExpiredMatchEntries(tx, batchSize);
        if (removed.entries > 0) {
          await audit(tx, systemActor, {
            action: 'retention.expire', purpose: 'retention', personIds: removed.personIds, checks: systemChecks,
            details: { removed: { match_entries: removed.entries, matches: removed.matches }, via: options.via },
          });
        }
        return removed;
      });
      result.expired.matchEntries += batch.entries;
      result.expired.matches += batch.matches;
      if (batch.entries < batchSize) break;
    }
  }

  const spent = spentItems(SPENT_ITEM_DAYS);
  for (const name of ['sessions', 'accountTokens', 'mail'] as const) {
    const items = spent[name];
    if (dryRun) { result.expired[name] = await countSpent(db, items); continue; }
    for (;;) {
      const removed = await removeSpentBatch(db, items, batchSize);
      result.expired[name] += removed;
      if (removed < batchSize) break;
    }
  }
  result.closedWithoutDate = await closedWithoutDate(db);
  return result;
}
