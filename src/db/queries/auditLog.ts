import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';

/** What the privacy officer narrows the log to. Dates are Dutch calendar days, both ends included. */
export interface AuditLogFilter {
  personId?: string; householdId?: string; actorId?: string; actorEmail?: string; action?: string; from?: string; to?: string;
}

export interface AuditLogEventRow {
  seq: string; occurred_at: Date; user_id: string | null; user_name: string | null; user_email: string | null; user_roles: string[];
  organisation_id: string | null; organisation_name: string | null; ip: string | null; session_id: string | null;
  action_code: string; action: string; purpose: string; outcome: string; household_ids: string[]; person_ids: string[]; checks: unknown;
  request_id: string | null; view_id: string | null;
}

/** One request as the privacy officer reads it: who, and every event (matching the filter) that it wrote. */
export interface AuditLogRequestRow {
  last_seq: string; user_id: string | null; user_name: string | null; user_email: string | null; session_id: string | null;
  events: AuditLogEventRow[];
}

const dayStart = (day: string) => sql`(${day}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The filter as SQL on `audit_events e`. Each part is a plain condition, so the reviewer sees what narrows the log. */
function where(filter: AuditLogFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`TRUE`];
  if (filter.personId) parts.push(sql`e.person_ids @> ARRAY[${filter.personId}]::uuid[]`);
  if (filter.householdId) parts.push(sql`e.household_ids @> ARRAY[${filter.householdId}]::uuid[]`);
  if (filter.actorId) parts.push(sql`e.user_id = ${filter.actorId}::uuid`);
  if (filter.actorEmail) parts.push(sql`e.user_id IN (SELECT id FROM users WHERE email = ${filter.actorEmail.toLowerCase()})`);
  if (filter.action) parts.push(sql`e.action = ${filter.action}`);
  if (filter.from) parts.push(sql`e.occurred_at >= ${dayStart(filter.from)}`);
  // Up to and including the last day: before the start of the day after it.
  if (filter.to) parts.push(sql`e.occurred_at < ${dayStart(filter.to)} + interval '1 day'`);
  return sql.join(parts, sql` AND `);
}

/**
 * The events that one request wrote belong together: those of one page view of the web app (the family, its
 * timeline, its alerts…) or, without one, of one HTTP request. Only one user's events in one session are ever
 * grouped, so a page view id sent by the browser cannot fold anyone else's events into a row. Events from before
 * request ids existed stand alone.
 */
const requestKey = sql`coalesce(e.view_id::text, e.request_id::text, 'event ' || e.seq::text)`;

const eventColumns = sql`e.seq, e.occurred_at, e.user_id, u.name AS user_name, u.email AS user_email, e.user_roles, e.organisation_id,
  o.name AS organisation_name, e.ip, e.session_id, e.action_code, e.action, e.purpose, e.outcome, e.household_ids, e.person_ids,
  e.checks, e.request_id, e.view_id`;

/**
 * One page of the log, one row per request, newest first. Paged by the highest seq of a request (`before`): a
 * request is whole on the page it is shown on.
 */
export async function loadAuditRequests(db: Kysely<Database>, filter: AuditLogFilter, page: { limit: number; before?: string }): Promise<AuditLogRequestRow[]> {
  const result = await sql<{ last_seq: string; user_id: string | null; session_id: string | null; seqs: string[] }>`
    SELECT max(e.seq)::text AS last_seq, e.user_id, e.session_id, array_agg(e.seq::text ORDER BY e.seq) AS seqs
    FROM audit_events e
    WHERE ${where(filter)}
    GROUP BY e.user_id, e.session_id, ${requestKey}
    ${page.before ? sql`HAVING max(e.seq) < ${page.before}::bigint` : sql``}
    ORDER BY max(e.seq) DESC
    LIMIT ${page.limit}`.execute(db);
  if (result.rows.length === 0) return [];
  const events = await sql<AuditLogEventRow>`
    SELECT ${eventColumns}
    FROM audit_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = e.organisation_id
    WHERE e.seq = ANY(${result.rows.flatMap((row) => row.seqs)}::bigint[])
    ORDER BY e.seq`.execute(db);
  const bySeq = new Map(events.rows.map((event) => [String(event.seq), event]));
  return result.rows.map((row) => {
    const own = row.seqs.map((seq) => bySeq.get(seq)!);
    const first = own[0]!;
    return { last_seq: row.last_seq, user_id: row.user_id, user_name: first.user_name, user_email: first.user_email, session_id: row.session_id, events: own };
  });
}

/** Every event that matches, newest first, from `before` on (keyset paging for the CSV export). */
export async function loadAuditEvents(db: Kysely<Database>, filter: AuditLogFilter, page: { limit: number; before?: string }): Promise<AuditLogEventRow[]> {
  const result = await sql<AuditLogEventRow>`
    SELECT ${eventColumns}
    FROM audit_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN organisations o ON o.id = e.organisation_id
    WHERE ${where(filter)} ${page.before ? sql`AND e.seq < ${page.before}::bigint` : sql``}
    ORDER BY e.seq DESC
    LIMIT ${page.limit}`.execute(db);
  return result.rows;
}
