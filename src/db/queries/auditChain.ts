import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { ChainHead } from '../../audit/checkpoint.ts';
import { linkKey, type RecordedPublication, type StoredTrail } from '../../audit/checkpointCompare.ts';
import type { Database } from '../schema.ts';

/**
 * The committed chain heads and the highest committed event, read in one snapshot of their own: a head
 * that an open transaction moved is not committed, and a checkpoint must never name it.
 */
export async function committedChainHeads(db: Kysely<Database>): Promise<{ chains: ChainHead[]; seq: string }> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
    const heads = await tx.selectFrom('audit_chain_head').select(['id', 'seq', 'hash']).orderBy('id').execute();
    const highest = await tx.selectFrom('audit_events').select(sql<string | null>`max(seq)::text`.as('seq')).executeTakeFirstOrThrow();
    return { chains: heads.map((head) => ({ chain: head.id, seq: String(head.seq), hash: head.hash })), seq: highest.seq ?? '0' };
  });
}

const BATCH = 2000;

/** What the database holds of the links and events that checkpoints name (see linksNamedBy). */
export async function storedTrail(db: Kysely<Database>, named: { links: Array<{ chain: number; seq: string }>; seqs: string[] }): Promise<StoredTrail> {
  const hashes = new Map<string, string>();
  for (let i = 0; i < named.links.length; i += BATCH) {
    const batch = named.links.slice(i, i + BATCH);
    const rows = await sql<{ chain: number; chain_seq: string; hash: string }>`
      SELECT e.chain, e.chain_seq::text AS chain_seq, e.hash
      FROM unnest(${batch.map((link) => link.chain)}::smallint[], ${batch.map((link) => link.seq)}::bigint[]) AS named(chain, chain_seq)
      JOIN audit_events e ON e.chain = named.chain AND e.chain_seq = named.chain_seq`.execute(db);
    for (const row of rows.rows) hashes.set(linkKey(row.chain, row.chain_seq), row.hash);
  }
  const reachRows = await sql<{ chain: number; reach: string | null }>`
    SELECT n AS chain, (SELECT max(chain_seq)::text FROM audit_events WHERE chain = n) AS reach
    FROM generate_series(1, 8) AS n`.execute(db);
  const reach = new Map(reachRows.rows.map((row) => [Number(row.chain), row.reach ?? '0']));
  const events = new Set<string>();
  for (let i = 0; i < named.seqs.length; i += BATCH) {
    const rows = await sql<{ seq: string }>`
      SELECT seq::text AS seq FROM audit_events WHERE seq = ANY(${named.seqs.slice(i, i + BATCH)}::bigint[])`.execute(db);
    for (const row of rows.rows) events.add(row.seq);
  }
  return { hashes, reach, events };
}

const publicationDetails = z.object({ file: z.string(), line: z.number().int(), lineHash: z.string() });

/** Every checkpoint publication the trail recorded, oldest first. */
export async function recordedPublications(db: Kysely<Database>): Promise<RecordedPublication[]> {
  const rows = await db.selectFrom('audit_events').select(['details', 'occurred_at']).where('action', '=', 'audit.checkpoint').orderBy('seq').execute();
  return rows.flatMap((row) => {
    const details = publicationDetails.safeParse(row.details);
    return details.success ? [{ ...details.data, occurredAt: new Date(row.occurred_at).toISOString() }] : [];
  });
}
