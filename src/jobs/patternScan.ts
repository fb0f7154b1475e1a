import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { alertKey, evaluatePatterns, type PatternAlert, type PatternConfig } from '../domain/patterns/index.ts';
import { loadContextsForHouseholds, loadEventsForHouseholds } from './patternInputsBatch.ts';

/**
 * The pattern scan: re-evaluates the rules for every household and brings the stored alerts in line, as
 * `refreshHouseholdAlerts` does for one household after a new signal. It is needed because some rules
 * change with time alone: a child falls "out of view" after 90 days without any new event, and a
 * closure or an arrival drops out of its window.
 *
 * Households go in batches (keyset order by id), each batch in its own transaction with a fixed number
 * of queries: events, context, stored alerts, one delete, one insert. Per household the outcome is the
 * same as refreshHouseholdAlerts: new alerts are added, alerts whose evidence no longer holds are
 * removed, and acknowledged alerts that still hold keep their acknowledgement.
 */

export interface PatternScanOptions {
  config: PatternConfig;
  /** The evaluation date, 'YYYY-MM-DD' (the Netherlands' date: `today()` from src/clock.ts). */
  today: string;
  /** Households per transaction (default 500). */
  batchSize?: number;
  onProgress?: (progress: { households: number; added: number; removed: number }) => void;
}

export interface PatternScanResult {
  households: number;
  batches: number;
  /** Alerts that hold after the scan. */
  alerts: number;
  added: number;
  removed: number;
  milliseconds: number;
}

export async function scanAllHouseholds(db: Kysely<Database>, options: PatternScanOptions): Promise<PatternScanResult> {
  const started = performance.now();
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
  const result: PatternScanResult = { households: 0, batches: 0, alerts: 0, added: 0, removed: 0, milliseconds: 0 };
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom('households').select('id').orderBy('id').limit(batchSize);
    if (after !== null) query = query.where('id', '>', after);
    const ids = (await query.execute()).map((row) => row.id);
    if (ids.length === 0) break;
    const counts = await db.transaction().execute((tx) => refreshAlertsForHouseholds(tx, ids, options.config, options.today));
    result.households += ids.length;
    result.batches += 1;
    result.alerts += counts.alerts;
    result.added += counts.added;
    result.removed += counts.removed;
    options.onProgress?.({ households: result.households, added: result.added, removed: result.removed });
    after = ids[ids.length - 1]!;
    if (ids.length < batchSize) break;
  }
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}

const INSERT_ROWS = 1000;

/**
 * refreshHouseholdAlerts for a set of households, in the caller's transaction. Also usable on its own,
 * e.g. after a bulk import.
 */
export async function refreshAlertsForHouseholds(
  tx: Transaction<Database> | Kysely<Database>, householdIds: readonly string[], config: PatternConfig, today: string,
): Promise<{ alerts: number; added: number; removed: number }> {
  if (householdIds.length === 0) return { alerts: 0, added: 0, removed: 0 };
  const [low, high] = [...householdIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).filter((_, i, all) => i === 0 || i === all.length - 1);
  const [contexts, events, stored] = await Promise.all([
    loadContextsForHouseholds(tx, householdIds, today),
    loadEventsForHouseholds(tx, householdIds),
    tx.selectFrom('household_alerts').select(['household_id', 'id', 'alert_key']).where('household_id', 'in', [...householdIds])
      .where(sql<boolean>`household_id BETWEEN ${low}::uuid AND ${high ?? low}::uuid`).execute(),
  ]);
  const storedOf = new Map<string, Array<{ id: string; alert_key: string }>>();
  for (const row of stored) {
    const list = storedOf.get(row.household_id) ?? [];
    list.push(row);
    storedOf.set(row.household_id, list);
  }

  const gone: Array<{ householdId: string; id: string }> = [];
  const fresh: Array<{ householdId: string; key: string; alert: PatternAlert }> = [];
  let alerts = 0;
  for (const householdId of householdIds) {
    const context = contexts.get(householdId);
    if (!context) continue; // deleted meanwhile: refreshHouseholdAlerts also leaves it alone
    const wanted = new Map(evaluatePatterns(events.get(householdId) ?? [], context, config).map((alert) => [alertKey(alert), alert]));
    alerts += wanted.size;
    const storedRows = storedOf.get(householdId) ?? [];
    const storedKeys = new Set(storedRows.map((row) => row.alert_key));
    for (const row of storedRows) if (!wanted.has(row.alert_key)) gone.push({ householdId, id: row.id });
    for (const [key, alert] of wanted) if (!storedKeys.has(key)) fresh.push({ householdId, key, alert });
  }

  if (gone.length > 0) {
    await sql`DELETE FROM household_alerts WHERE (household_id, id) IN (
      SELECT * FROM unnest(${gone.map((row) => row.householdId)}::uuid[], ${gone.map((row) => row.id)}::uuid[]))`.execute(tx);
  }
  for (let start = 0; start < fresh.length; start += INSERT_ROWS) {
    await tx.insertInto('household_alerts').values(fresh.slice(start, start + INSERT_ROWS).map(({ householdId, key, alert }) => ({
      household_id: householdId, id: randomUUID(), alert_key: key, rule: alert.rule, variant: alert.variant ?? null,
      severity: alert.severity, explanation: JSON.stringify(alert.explanation), event_ids: alert.eventIds, person_ids: alert.personIds,
    })))
      // A signal registered meanwhile may have stored the same alert already: keep that one.
      .onConflict((conflict) => conflict.columns(['household_id', 'alert_key']).doNothing())
      .execute();
  }
  return { alerts, added: fresh.length, removed: gone.length };
}
