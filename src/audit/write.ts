import { createHash, randomInt } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { canonicalJson } from './canonical.ts';
import { auditActions, type Actor, type AuditEventInput } from './types.ts';

/** Parallel chains (see the migration): concurrent requests lock one of these heads, not all the same one. */
export const AUDIT_CHAINS = 8;

export interface ChainedFields {
  seq: string; chain: number; chain_seq: string; occurred_at: string; user_id: string | null; user_roles: string[];
  organisation_id: string | null; session_id: string | null; ip: string | null; action_code: string; action: string;
  purpose: string; outcome: string; household_ids: string[]; person_ids: string[]; checks: unknown; details: unknown;
  /**
   * Since migration 20261202_0015. Left out (undefined) when empty, so that canonicalJson leaves them out and an
   * event written before they existed hashes exactly as it did then.
   */
  request_id?: string; view_id?: string;
}

/** The grouping ids as they take part in the hash: only when the event has them. */
export function requestFields(requestId: string | null | undefined, viewId: string | null | undefined): Pick<ChainedFields, 'request_id' | 'view_id'> {
  return { ...(requestId ? { request_id: requestId.toLowerCase() } : {}), ...(viewId ? { view_id: viewId.toLowerCase() } : {}) };
}

/**
 * One chain per transaction: a transaction that writes two events locks one head, never two in an order
 * that another transaction could reverse (a deadlock).
 */
const chainOfTransaction = new WeakMap<Transaction<Database>, number>();
function chainOf(tx: Transaction<Database>): number {
  let chain = chainOfTransaction.get(tx);
  if (chain === undefined) {
    chain = randomInt(1, AUDIT_CHAINS + 1);
    chainOfTransaction.set(tx, chain);
  }
  return chain;
}

/** The hash of one link: the previous hash and the canonical form of everything the event says. */
export function linkHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends one audit event in the caller's transaction, so the event exists exactly when the access it
 * records was committed. The lock on the chosen chain head orders the writers of that chain; it is held
 * from here until the caller commits, so audit() is the last thing a handler does.
 */
export async function audit(tx: Transaction<Database>, actor: Actor, event: AuditEventInput): Promise<void> {
  const chain = chainOf(tx);
  const head = await sql<{ chain_seq: string; hash: string; seq: string }>`
    UPDATE audit_chain_head SET seq = seq + 1 WHERE id = ${chain}
    RETURNING seq AS chain_seq, hash, nextval('audit_events_seq') AS seq`.execute(tx);
  const { chain_seq: chainSeq, hash: prevHash, seq } = head.rows[0]!;
  const fields: ChainedFields = {
    seq: String(seq),
    chain,
    chain_seq: String(chainSeq),
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
    // The database stores uuids in lower case; hash what will be stored, whatever case the request used.
    household_ids: [...new Set((event.householdIds ?? []).map((id) => id.toLowerCase()))],
    person_ids: [...new Set((event.personIds ?? []).map((id) => id.toLowerCase()))],
    checks: event.checks,
    details: event.details ?? {},
    ...requestFields(actor.requestId, actor.viewId),
  };
  const hash = linkHash(prevHash, fields);
  // One round trip: store the event and move the chain head on.
  await sql`
    WITH event AS (
      INSERT INTO audit_events (seq, chain, chain_seq, occurred_at, user_id, user_roles, organisation_id, session_id, ip, action_code,
        action, purpose, outcome, household_ids, person_ids, checks, details, request_id, view_id, prev_hash, hash)
      VALUES (${fields.seq}, ${chain}, ${fields.chain_seq}, ${fields.occurred_at}, ${fields.user_id}, ${fields.user_roles}::text[],
        ${fields.organisation_id}, ${fields.session_id}, ${fields.ip}, ${fields.action_code}, ${fields.action}, ${fields.purpose},
        ${fields.outcome}, ${fields.household_ids}::uuid[], ${fields.person_ids}::uuid[], ${JSON.stringify(fields.checks)}::jsonb,
        ${JSON.stringify(fields.details)}::jsonb, ${fields.request_id ?? null}::uuid, ${fields.view_id ?? null}::uuid, ${prevHash}, ${hash})
      RETURNING 1)
    UPDATE audit_chain_head SET hash = ${hash} WHERE id = ${chain} AND EXISTS (SELECT 1 FROM event)`.execute(tx);
}
