import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { canonicalJson } from './canonical.ts';
import { auditActions, type Actor, type AuditEventInput } from './types.ts';

export interface ChainedFields {
  seq: string; occurred_at: string; user_id: string | null; user_roles: string[]; organisation_id: string | null;
  session_id: string | null; ip: string | null; action_code: string; action: string; purpose: string;
  outcome: string; household_ids: string[]; person_ids: string[]; checks: unknown; details: unknown;
}

/** The hash of one link: the previous hash and the canonical form of everything the event says. */
export function linkHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends one audit event in the caller's transaction, so the event exists exactly when the access it
 * records was committed. The chain head row lock orders concurrent writers into one chain.
 */
export async function audit(tx: Transaction<Database>, actor: Actor, event: AuditEventInput): Promise<void> {
  const head = await sql<{ seq: string; hash: string }>`
    UPDATE audit_chain_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash`.execute(tx);
  const { seq, hash: prevHash } = head.rows[0]!;
  const fields: ChainedFields = {
    seq: String(seq),
    occurred_at: new Date().toISOString(),
    user_id: actor.userId,
    user_roles: actor.roles,
    organisation_id: actor.organisationId,
    session_id: actor.sessionId,
    ip: actor.ip,
    action_code: auditActions[event.action],
    action: event.action,
    purpose: event.purpose,
    outcome: event.outcome ?? 'success',
    household_ids: [...new Set(event.householdIds ?? [])],
    person_ids: [...new Set(event.personIds ?? [])],
    checks: event.checks,
    details: event.details ?? {},
  };
  const hash = linkHash(prevHash, fields);
  await tx.insertInto('audit_events').values({
    ...fields,
    checks: JSON.stringify(fields.checks),
    details: JSON.stringify(fields.details),
    prev_hash: prevHash,
    hash,
  }).execute();
  await tx.updateTable('audit_chain_head').set({ hash }).where('id', '=', 1).execute();
}
