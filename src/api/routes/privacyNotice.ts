import type { Transaction } from 'kysely';
import { enqueueMail } from '../../db/queries/mailOutbox.ts';
import type { Database } from '../../db/schema.ts';
import { accessChangeMail } from '../../mail/messages.ts';
import type { AppDeps } from '../app.ts';

/**
 * Tells the privacy officers that an administrator changed who can get into case content (an account with a
 * case role created, roles or team or address changed, a second factor reset, an identity provider proposed,
 * confirmed or removed). The mail says only that, and where to look: the change itself is in the audit trail.
 */
export async function notifyPrivacyOfficers(tx: Transaction<Database>, deps: AppDeps) {
  const officers = await tx.selectFrom('users').select(['email', 'name'])
    .where('disabled', '=', false).where('activated_at', 'is not', null)
    .where((eb) => eb('roles', '@>', eb.val(['privacy_officer']) as never)).execute();
  for (const officer of officers) await enqueueMail(tx, accessChangeMail(officer, `${deps.config.publicUrl}/privacy#account-changes`));
}
