import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export interface PendingSsoLogin { organisationId: string; state: string; nonce: string; codeVerifier: string }

/** Keeps a login that is under way at an identity provider; forgets the ones that were never finished. */
export async function storeSsoLogin(db: Kysely<Database>, handleHash: string, login: PendingSsoLogin, expiresAt: Date) {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('sso_logins').where('expires_at', '<', sql<Date>`now()`).execute();
    await tx.insertInto('sso_logins').values({
      handle_hash: handleHash, organisation_id: login.organisationId, state: login.state, nonce: login.nonce,
      code_verifier: login.codeVerifier, expires_at: expiresAt,
    }).execute();
  });
}

/** Takes a pending login out, so that it is used once at most; undefined when unknown or expired. */
export async function takeSsoLogin(db: Kysely<Database>, handleHash: string): Promise<PendingSsoLogin | undefined> {
  const row = await db.deleteFrom('sso_logins').where('handle_hash', '=', handleHash)
    .returning(['organisation_id', 'state', 'nonce', 'code_verifier', 'expires_at']).executeTakeFirst();
  if (!row || new Date(row.expires_at) <= new Date()) return undefined;
  return { organisationId: row.organisation_id, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier };
}

export interface ProviderLoginAccount {
  id: string; organisation_id: string; roles: string[]; disabled: boolean; totp_required: boolean; has_totp_secret: boolean;
}

/** The account with this e-mail address, in whatever organisation: the caller decides whether it may be used. */
export async function accountByEmail(db: Kysely<Database>, email: string): Promise<ProviderLoginAccount | undefined> {
  return db.selectFrom('users')
    .select(['id', 'organisation_id', 'roles', 'disabled', 'totp_required', sql<boolean>`totp_secret IS NOT NULL`.as('has_totp_secret')])
    .where('email', '=', email.toLowerCase()).executeTakeFirst();
}

/**
 * The first login through the organisation's identity provider is the account's activation. A start
 * password that the administrator knew stops working: from now on this account logs in at its provider.
 */
export async function recordProviderLogin(tx: Transaction<Database>, userId: string) {
  await tx.updateTable('users').set({
    activated_at: sql`coalesce(activated_at, now())`,
    password_hash: sql`CASE WHEN password_change_required THEN NULL ELSE password_hash END`,
    password_change_required: false,
  }).where('id', '=', userId).execute();
}
