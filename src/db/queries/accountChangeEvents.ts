import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Administration events on accounts and organisations, which the privacy officer reviews. */
export const accountChangeActions = [
  'user.create', 'user.update', 'user.deactivate', 'user.reactivate', 'user.activation_sent', 'user.activate', 'session.email_change',
  'organisation.create', 'team.create', 'team.update', 'identity_provider.propose', 'identity_provider.set', 'identity_provider.remove',
] as const;

export interface AccountChangeRow {
  seq: string; occurred_at: Date; action: string; outcome: string; actor_id: string | null; actor_name: string | null;
  subject_id: string | null; subject_name: string | null; subject_email: string | null; details: Record<string, unknown>;
}

export async function loadAccountChangeEvents(db: Kysely<Database>, options: { limit: number; actions?: readonly string[]; userId?: string }): Promise<AccountChangeRow[]> {
  const actions = [...(options.actions ?? accountChangeActions)];
  const result = await sql<AccountChangeRow>`
    SELECT e.seq, e.occurred_at, e.action, e.outcome, e.user_id AS actor_id, actor.name AS actor_name,
           subject.id AS subject_id, subject.name AS subject_name, subject.email AS subject_email, e.details
    FROM audit_events e
    LEFT JOIN users actor ON actor.id = e.user_id
    LEFT JOIN users subject ON subject.id::text = e.details->>'userId'
    WHERE e.action = ANY(${actions}::text[]) AND e.outcome = 'success'
      ${options.userId ? sql`AND (e.details->>'userId' = ${options.userId} OR e.user_id = ${options.userId})` : sql``}
    ORDER BY e.seq DESC LIMIT ${options.limit}`.execute(db);
  return result.rows;
}
