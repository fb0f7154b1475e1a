import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface OutgoingMail { kind: string; to: string; subject: string; text: string }
export interface ClaimedMail { id: string; kind: string; to_address: string; subject: string; text_body: string | null; attempts: number }

/** Queues a mail in the caller's transaction: it goes out only if what it tells about was committed. */
export async function enqueueMail(tx: Transaction<Database>, mail: OutgoingMail): Promise<string> {
  const id = randomUUID();
  await tx.insertInto('mail_outbox').values({ id, kind: mail.kind, to_address: mail.to, subject: mail.subject, text_body: mail.text }).execute();
  return id;
}

/**
 * Takes up to `limit` due mails, leasing each for `leaseMinutes`: a sender that dies mid-way leaves them
 * to be tried again after the lease, and two senders never take the same mail. No transaction is held
 * while the mail is being sent (the embedded database has a single connection).
 */
export async function claimDueMail(db: Kysely<Database>, limit: number, leaseMinutes = 5): Promise<ClaimedMail[]> {
  const result = await sql<ClaimedMail>`
    UPDATE mail_outbox SET next_attempt_at = now() + make_interval(mins => ${leaseMinutes}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, to_address, subject, text_body, attempts`.execute(db);
  return result.rows;
}

/** Sent: the body (which may hold a one-time link) is emptied; what was sent to whom, and when, stays. */
export async function markMailSent(db: Kysely<Database>, id: string) {
  await db.updateTable('mail_outbox').set({ sent_at: sql`now()`, text_body: null, last_error: null }).where('id', '=', id).execute();
}

/** Not sent: try again after `retryMinutes`, or give up (and empty the body) when `giveUp`. */
export async function markMailFailed(db: Kysely<Database>, id: string, error: string, retryMinutes: number, giveUp: boolean) {
  await db.updateTable('mail_outbox').set({
    last_error: error.slice(0, 1000),
    next_attempt_at: sql`now() + make_interval(mins => ${retryMinutes})`,
    ...(giveUp ? { failed_at: sql`now()`, text_body: null } : {}),
  }).where('id', '=', id).execute();
}

export interface OutboxFigures { waiting: number; failed: number }

export async function outboxFigures(db: Kysely<Database>): Promise<OutboxFigures> {
  const row = await sql<OutboxFigures>`
    SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL)::int AS waiting,
           count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed
    FROM mail_outbox`.execute(db);
  return row.rows[0]!;
}
