import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { linkHash, type ChainedFields } from './write.ts';

export type VerifyResult =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: string; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap' };

const PAGE = 5000;

/** Walks the chain from the first event and reports the first link that does not hold. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<VerifyResult> {
  let prevHash = 'genesis';
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll()
      .where('seq', '>=', String(expectedSeq)).orderBy('seq').limit(PAGE).execute();
    for (const row of rows) {
      if (BigInt(row.seq) !== expectedSeq) return { ok: false, events: checked, brokenAt: String(expectedSeq), reason: 'gap' };
      if (row.prev_hash !== prevHash) return { ok: false, events: checked, brokenAt: row.seq, reason: 'prev_hash_mismatch' };
      const fields: ChainedFields = {
        seq: row.seq, occurred_at: new Date(row.occurred_at).toISOString(), user_id: row.user_id,
        user_roles: row.user_roles, organisation_id: row.organisation_id, session_id: row.session_id, ip: row.ip,
        action_code: row.action_code, action: row.action, purpose: row.purpose, outcome: row.outcome,
        household_ids: row.household_ids, person_ids: row.person_ids, checks: row.checks, details: row.details,
      };
      if (linkHash(prevHash, fields) !== row.hash) return { ok: false, events: checked, brokenAt: row.seq, reason: 'hash_mismatch' };
      prevHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (rows.length < PAGE) return { ok: true, events: checked };
  }
}
