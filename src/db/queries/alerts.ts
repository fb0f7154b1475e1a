import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { alertKey, evaluatePatterns, type PatternConfig } from '../../domain/patterns/index.ts';
import type { Database } from '../schema.ts';
import { loadHouseholdContext, loadHouseholdEvents } from './patternInputs.ts';

/**
 * Re-evaluates the pattern rules for one household and brings the stored alerts in line: new alerts are
 * added, alerts whose evidence no longer holds are removed, acknowledged ones keep their acknowledgement.
 */
export async function refreshHouseholdAlerts(db: Kysely<Database>, householdId: string, config: PatternConfig, today: string) {
  const context = await loadHouseholdContext(db, householdId, today);
  if (!context) return { added: 0, removed: 0 };
  const alerts = evaluatePatterns(await loadHouseholdEvents(db, householdId), context, config);
  const wanted = new Map(alerts.map((alert) => [alertKey(alert), alert]));
  const stored = await db.selectFrom('household_alerts').select(['id', 'alert_key']).where('household_id', '=', householdId).execute();
  const storedKeys = new Set(stored.map((row) => row.alert_key));
  const gone = stored.filter((row) => !wanted.has(row.alert_key)).map((row) => row.id);
  if (gone.length > 0) await db.deleteFrom('household_alerts').where('household_id', '=', householdId).where('id', 'in', gone).execute();
  const fresh = [...wanted].filter(([key]) => !storedKeys.has(key));
  if (fresh.length > 0) {
    await db.insertInto('household_alerts').values(fresh.map(([key, alert]) => ({
      household_id: householdId, id: randomUUID(), alert_key: key, rule: alert.rule, variant: alert.variant ?? null,
      severity: alert.severity, explanation: JSON.stringify(alert.explanation), event_ids: alert.eventIds, person_ids: alert.personIds,
    }))).onConflict((conflict) => conflict.columns(['household_id', 'alert_key']).doNothing()).execute();
  }
  return { added: fresh.length, removed: gone.length };
}
