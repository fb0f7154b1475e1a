import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export type TokenPurpose = 'activation' | 'password_reset';

/** Only a hash is stored: a copy of the database holds no link that opens an account. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new one-time token for the account; earlier unused tokens of the same purpose stop working, so only the
 * newest link opens it. Returns the token itself, which goes into a mail and nowhere else.
 */
export async function issueAccountToken(tx: Transaction<Database>, userId: string, purpose: TokenPurpose, validHours: number): Promise<{ token: string; expiresAt: Date }> {
  await tx.updateTable('account_tokens').set({ used_at: sql`now()` })
    .where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + validHours * 3_600_000);
  await tx.insertInto('account_tokens').values({ id: randomUUID(), user_id: userId, purpose, token_hash: hashToken(token), expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

export interface UsableToken {
  id: string; purpose: TokenPurpose; user_id: string; expires_at: Date; pending_totp_secret: string | null;
  email: string; name: string; roles: string[]; disabled: boolean; activated_at: Date | null; totp_secret: string | null;
  totp_required: boolean; organisation_name: string; locked_until: Date | null;
}

/** The token's account, while the token is unused, unexpired and the account not deactivated; locked when `forUpdate`. */
export async function findUsableToken(db: Kysely<Database>, token: string, forUpdate = false): Promise<UsableToken | undefined> {
  const result = await sql<UsableToken>`
    SELECT t.id, t.purpose, t.user_id, t.expires_at, t.pending_totp_secret, u.email, u.name, u.roles, u.disabled, u.activated_at,
           u.totp_secret, u.totp_required, o.name AS organisation_name, u.locked_until
    FROM account_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
    WHERE t.token_hash = ${hashToken(token)} AND t.used_at IS NULL AND t.expires_at > now() AND NOT u.disabled
    ${forUpdate ? sql`FOR UPDATE OF t` : sql``}`.execute(db);
  return result.rows[0];
}

export async function setPendingSecondFactor(db: Kysely<Database>, tokenId: string, sealedSecret: string) {
  await db.updateTable('account_tokens').set({ pending_totp_secret: sealedSecret }).where('id', '=', tokenId).execute();
}

export async function markTokenUsed(tx: Transaction<Database>, tokenId: string) {
  await tx.updateTable('account_tokens').set({ used_at: sql`now()`, pending_totp_secret: null }).where('id', '=', tokenId).execute();
}

/** Every outstanding link of the account stops working (deactivation, a new address). */
export async function cancelAccountTokens(tx: Transaction<Database>, userId: string) {
  await tx.updateTable('account_tokens').set({ used_at: sql`now()`, pending_totp_secret: null }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
