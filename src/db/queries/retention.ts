import { sql, type Kysely, type QueryResult, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Every table with a household_id column, in an order in which a family's rows can be deleted (rows that
 * refer to others first). A test compares this list with information_schema, and the job refuses to run
 * when they differ, so a family-scoped table added later cannot be forgotten.
 */
export const familyScopedTables = [
  'history_shares', 'history_requests', 'match_entries', 'signal_persons', 'signals', 'alert_notes', 'household_alerts', 'safety_guardians',
  'direction_proposals', 'directions',
  'involvements', 'network_members', 'household_addresses', 'household_members',
] as const satisfies ReadonlyArray<keyof Database>;

/**
 * Every column that refers to a person (compared with the foreign keys to persons in the same way). A person
 * is removed with a family only when none of these names them any more: a child who also lives elsewhere stays.
 */
export const personReferences = [
  { table: 'household_members', column: 'person_id' },
  { table: 'involvements', column: 'person_id' },
  { table: 'safety_guardians', column: 'child_id' },
  { table: 'directions', column: 'person_id' },
  { table: 'direction_proposals', column: 'to_person_id' },
  { table: 'signal_persons', column: 'person_id' },
  { table: 'match_entries', column: 'person_id' },
  { table: 'history_requests', column: 'person_id' },
  { table: 'history_requests', column: 'source_person_id' },
  { table: 'history_shares', column: 'person_id' },
  { table: 'history_shares', column: 'source_person_id' },
] as const;

/** Rows of other families that point at this one as the source of a child's earlier history. */
export const sourceReferences = [
  { table: 'history_shares', column: 'source_household_id' },
  { table: 'history_requests', column: 'source_household_id' },
] as const;

/** Base tables of this schema with a household_id column. */
export async function tablesWithHouseholdId(db: Executor): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.column_name = 'household_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name`.execute(db);
  return result.rows.map((row) => row.table_name);
}

/** "table.column" for every foreign-key column that refers to persons. */
export async function foreignKeysToPersons(db: Executor): Promise<string[]> {
  const result = await sql<{ reference: string }>`
    SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS reference
    FROM information_schema.referential_constraints rc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = rc.constraint_schema AND kcu.constraint_name = rc.constraint_name
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_schema = rc.unique_constraint_schema AND ccu.constraint_name = rc.unique_constraint_name
    WHERE ccu.table_name = 'persons' AND ccu.table_schema = current_schema()
    ORDER BY reference`.execute(db);
  return result.rows.map((row) => row.reference);
}

/** What the database holds that the two lists above do not know about (empty when they are complete). */
export async function unlistedFamilyData(db: Executor): Promise<string[]> {
  const [tables, references] = await Promise.all([tablesWithHouseholdId(db), foreignKeysToPersons(db)]);
  const listedTables = new Set<string>(familyScopedTables);
  const listedReferences = new Set<string>(personReferences.map((r) => `${r.table}.${r.column}`));
  return [
    ...tables.filter((table) => !listedTables.has(table)).map((table) => `${table}.household_id`),
    ...references.filter((reference) => !listedReferences.has(reference)),
  ];
}

const olderThanYears = (column: string, years: number) => sql<boolean>`${sql.ref(column)} < now() - make_interval(years => ${years})`;

/** Closed families whose term has passed, in id order from `after`. */
export async function householdsDue(db: Executor, options: { termYears: number; after: string | null; limit: number }) {
  let query = db.selectFrom('households').select('id')
    .where('status', '=', 'closed').where(olderThanYears('closed_at', options.termYears))
    .orderBy('id').limit(options.limit);
  if (options.after !== null) query = query.where('id', '>', options.after);
  return (await query.execute()).map((row) => row.id);
}

/** Closed families without a closing moment: never removed, so that an operator can look into them. */
export async function closedWithoutDate(db: Executor): Promise<number> {
  const row = await db.selectFrom('households').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('status', '=', 'closed').where('closed_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PurgedRows {
  closedAt: Date;
  /** Rows removed per table, including matches, persons and the household itself. */
  removed: Record<string, number>;
  personIds: string[];
}

const affected = (result: QueryResult<unknown>) => Number(result.numAffectedRows ?? 0n);

/**
 * Removes one family: everything with its household_id, the matches on its matching entries, the persons
 * nobody else refers to, and the household. Checks again, under a lock, that the family is still closed and
 * due (it may have been reopened since it was selected); null when not.
 */
export async function purgeHousehold(tx: Transaction<Database>, options: { householdId: string; termYears: number }): Promise<PurgedRows | null> {
  const { householdId } = options;
  const household = await tx.selectFrom('households').select('closed_at').where('id', '=', householdId)
    .where('status', '=', 'closed').where(olderThanYears('closed_at', options.termYears)).forUpdate().executeTakeFirst();
  if (!household?.closed_at) return null;

  const inFamilyRows = personReferences.filter((r) => (familyScopedTables as readonly string[]).includes(r.table));
  const candidates = (await sql<{ id: string }>`${sql.join(inFamilyRows.map((r) =>
    sql`SELECT ${sql.ref(r.column)} AS id FROM ${sql.table(r.table)} WHERE household_id = ${householdId} AND ${sql.ref(r.column)} IS NOT NULL`),
  sql` UNION `)}`.execute(tx)).rows.map((row) => row.id);

  const removed: Record<string, number> = {};
  const entries = sql`SELECT id FROM match_entries WHERE household_id = ${householdId}`;
  // Two statements, so that each side uses its own index.
  removed.matches = affected(await sql`DELETE FROM matches WHERE entry_a IN (${entries})`.execute(tx))
    + affected(await sql`DELETE FROM matches WHERE entry_b IN (${entries})`.execute(tx));
  // What other families received from this one, or asked of it, goes with it: its records are gone.
  for (const reference of sourceReferences) {
    removed[`${reference.table} (as earlier family)`] = affected(await sql`DELETE FROM ${sql.table(reference.table)} WHERE ${sql.ref(reference.column)} = ${householdId}`.execute(tx));
  }
  for (const table of familyScopedTables) {
    removed[table] = affected(await sql`DELETE FROM ${sql.table(table)} WHERE household_id = ${householdId}`.execute(tx));
  }
  const personIds = candidates.length === 0 ? [] : (await sql<{ id: string }>`
    DELETE FROM persons p WHERE p.id = ANY(${candidates}::uuid[])
      AND ${sql.join(personReferences.map((r) => sql`NOT EXISTS (SELECT 1 FROM ${sql.table(r.table)} WHERE ${sql.ref(r.column)} = p.id)`), sql` AND `)}
    RETURNING p.id`.execute(tx)).rows.map((row) => row.id);
  removed.persons = personIds.length;
  removed.households = affected(await sql`DELETE FROM households WHERE id = ${householdId}`.execute(tx));
  return { closedAt: new Date(household.closed_at), removed, personIds };
}

/** Matching entries that no longer match (see registerForMatching): expires_on is today or earlier. */
const expiredEntry = sql<boolean>`expires_on <= current_date`;

/** Removes up to `limit` expired matching entries and their matches. */
export async function removeExpiredMatchEntries(tx: Transaction<Database>, limit: number) {
  // Locked first: a registration about the same person meanwhile waits, then makes a fresh entry.
  const expired = (await sql<{ id: string; person_id: string }>`
    SELECT id, person_id FROM match_entries WHERE ${expiredEntry} ORDER BY id LIMIT ${limit} FOR UPDATE`.execute(tx)).rows;
  if (expired.length === 0) return { entries: 0, matches: 0, personIds: [] as string[] };
  const ids = expired.map((row) => row.id);
  const matches = affected(await sql`DELETE FROM matches WHERE entry_a = ANY(${ids}::uuid[])`.execute(tx))
    + affected(await sql`DELETE FROM matches WHERE entry_b = ANY(${ids}::uuid[])`.execute(tx));
  const entries = affected(await sql`DELETE FROM match_entries WHERE id = ANY(${ids}::uuid[])`.execute(tx));
  return { entries, matches, personIds: [...new Set(expired.map((row) => row.person_id))] };
}

export async function countExpiredMatchEntries(db: Executor) {
  const row = (await sql<{ entries: number; matches: number }>`
    SELECT (SELECT count(*)::int FROM match_entries WHERE ${expiredEntry}) AS entries,
           (SELECT count(*)::int FROM matches m WHERE EXISTS (
              SELECT 1 FROM match_entries e WHERE e.id IN (m.entry_a, m.entry_b) AND e.expires_on <= current_date)) AS matches`.execute(db)).rows[0]!;
  return row;
}

interface SpentItems { table: 'sessions' | 'account_tokens' | 'mail_outbox'; key: string; condition: RawBuilder<boolean> }

/** What is removed daily besides families: none of it is about a family, so it is not audited, only counted. */
export function spentItems(days: number): Record<'sessions' | 'accountTokens' | 'mail', SpentItems> {
  const cutoff = sql`now() - make_interval(days => ${days})`;
  return {
    sessions: { table: 'sessions', key: 'sid', condition: sql<boolean>`expires_at < now()` },
    accountTokens: { table: 'account_tokens', key: 'id', condition: sql<boolean>`(used_at < ${cutoff} OR expires_at < ${cutoff})` },
    // Mail that was delivered, or given up on; either way its address and link have done their work.
    mail: { table: 'mail_outbox', key: 'id', condition: sql<boolean>`coalesce(sent_at, failed_at) < ${cutoff}` },
  };
}

export async function removeSpentBatch(db: Executor, items: SpentItems, limit: number): Promise<number> {
  const { table, key, condition } = items;
  return affected(await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(key)} IN (
    SELECT ${sql.ref(key)} FROM ${sql.table(table)} WHERE ${condition} LIMIT ${limit})`.execute(db));
}

export async function countSpent(db: Executor, items: SpentItems): Promise<number> {
  const row = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(items.table)} WHERE ${items.condition}`.execute(db)).rows[0]!;
  return row.n;
}
