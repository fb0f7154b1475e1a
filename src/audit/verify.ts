import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AUDIT_CHAINS, linkHash, requestFields, type ChainedFields } from './write.ts';

export type BrokenReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'gap';

export type VerifyResult =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: string; chain: number; reason: BrokenReason };

const PAGE = 5000;

/**
 * Walks every chain from its first event and reports the first link that does not hold (the broken
 * event with the lowest seq when several chains are broken). A deleted event shows as a gap.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<VerifyResult> {
  let events = 0;
  let firstBroken: Extract<VerifyResult, { ok: false }> | null = null;
  for (let chain = 1; chain <= AUDIT_CHAINS; chain++) {
    const result = await verifyChain(db, chain);
    events += result.events;
    if (result.broken && (!firstBroken || orderOf(result.broken.brokenAt) < orderOf(firstBroken.brokenAt))) {
      firstBroken = { ok: false, events: 0, chain, ...result.broken };
    }
  }
  return firstBroken ? { ...firstBroken, events } : { ok: true, events };
}

/** A missing tail has no seq of its own; it sorts after every event that is still there. */
const orderOf = (brokenAt: string) => (/^\d+$/.test(brokenAt) ? BigInt(brokenAt) : BigInt(Number.MAX_SAFE_INTEGER));

async function verifyChain(db: Kysely<Database>, chain: number): Promise<{ events: number; broken?: { brokenAt: string; reason: BrokenReason } }> {
  let prevHash = 'genesis';
  let expected = 1n;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('chain', '=', chain)
      .where('chain_seq', '>=', String(expected)).orderBy('chain_seq').limit(PAGE).execute();
    for (const row of rows) {
      if (BigInt(row.chain_seq) !== expected) return { events: checked, broken: { brokenAt: row.seq, reason: 'gap' } };
      if (row.prev_hash !== prevHash) return { events: checked, broken: { brokenAt: row.seq, reason: 'prev_hash_mismatch' } };
      const fields: ChainedFields = {
        seq: row.seq, chain: row.chain, chain_seq: row.chain_seq, occurred_at: new Date(row.occurred_at).toISOString(), user_id: row.user_id,
        user_roles: row.user_roles, organisation_id: row.organisation_id, session_id: row.session_id, ip: row.ip,
        action_code: row.action_code, action: row.action, purpose: row.purpose, outcome: row.outcome,
        household_ids: row.household_ids, person_ids: row.person_ids, checks: row.checks, details: row.details,
        ...requestFields(row.request_id, row.view_id),
      };
      if (linkHash(prevHash, fields) !== row.hash) return { events: checked, broken: { brokenAt: row.seq, reason: 'hash_mismatch' } };
      prevHash = row.hash;
      expected += 1n;
      checked += 1;
    }
    if (rows.length < PAGE) {
      // A deleted last event leaves the head ahead of the chain — unless an event was committed meanwhile.
      const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', chain).executeTakeFirstOrThrow();
      if (BigInt(head.seq) === expected - 1n && head.hash === prevHash) return { events: checked };
      const arrived = await db.selectFrom('audit_events').select('seq').where('chain', '=', chain).where('chain_seq', '=', String(expected)).executeTakeFirst();
      if (!arrived) return { events: checked, broken: { brokenAt: `chain ${chain} #${expected}`, reason: 'gap' } };
    }
  }
}
