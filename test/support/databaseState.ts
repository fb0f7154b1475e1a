import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** The tables that hold what users create and change; sessions and the audit trail are checked on their own. */
export const dataTables = [
  'organisations', 'teams', 'users', 'persons', 'households', 'household_members', 'household_addresses',
  'involvements', 'network_members', 'safety_guardians', 'directions',
  'signals', 'signal_persons', 'household_alerts', 'match_entries', 'matches', 'account_tokens', 'mail_outbox', 'identity_providers', 'identity_provider_proposals', 'history_requests', 'history_shares',
  'direction_proposals', 'alert_notes',
] as const satisfies ReadonlyArray<keyof Database>;

export type TableState = Record<string, { rows: number; digest: string }>;

/**
 * Row count and a digest of every row's content per table: equal states mean nothing was inserted,
 * updated or deleted in between (row counts alone would miss an UPDATE).
 */
export async function tableState(db: Kysely<Database>, tables: readonly (keyof Database)[] = dataTables): Promise<TableState> {
  // One round trip for all tables: this runs twice for every cell of the policy matrix.
  const parts = tables.map((table) => sql`
    SELECT ${table} AS name, count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest
    FROM ${sql.table(table)} t`);
  const result = await sql<{ name: string; rows: number; digest: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return Object.fromEntries(result.rows.map(({ name, rows, digest }) => [name, { rows, digest }]));
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const result = await sql<{ rows: number }>`SELECT count(*)::int AS rows FROM ${sql.table(table)}`.execute(db);
  return result.rows[0]!.rows;
}

/** The tables whose digest differs between two states. */
export function changedTables(before: TableState, after: TableState): string[] {
  return Object.keys(after).filter((table) => before[table]?.digest !== after[table]!.digest || before[table]?.rows !== after[table]!.rows);
}

export async function currentDirections(db: Kysely<Database>, householdId: string) {
  return db.selectFrom('directions').select(['id', 'user_id', 'person_id']).where('household_id', '=', householdId).where('until', 'is', null).execute();
}
