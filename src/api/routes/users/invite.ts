import type { Transaction } from 'kysely';
import { issueAccountToken } from '../../../db/queries/accountTokens.ts';
import { enqueueMail } from '../../../db/queries/mailOutbox.ts';
import type { Database } from '../../../db/schema.ts';
import { activationMail, secondFactorResetMail } from '../../../mail/messages.ts';
import type { AppDeps } from '../../app.ts';

/** Links in mail carry the token after '#': browsers do not send that part to any server, so it is in no log. */
export const tokenLink = (deps: AppDeps, page: 'activeren' | 'wachtwoord-herstellen', token: string) =>
  `${deps.config.publicUrl.replace(/\/+$/, '')}/${page}#token=${token}`;

/** Queues the activation mail to the account's own address, with a fresh one-time link; earlier links stop working. */
export async function queueActivation(tx: Transaction<Database>, deps: AppDeps, account: { id: string; email: string; name: string; organisationName: string },
  reason: 'new_account' | 'second_factor_reset' = 'new_account') {
  const { token, expiresAt } = await issueAccountToken(tx, account.id, 'activation', deps.config.activationHours);
  const link = tokenLink(deps, 'activeren', token);
  await enqueueMail(tx, reason === 'second_factor_reset' ? secondFactorResetMail(account, link, expiresAt) : activationMail(account, link, expiresAt));
  return { expiresAt };
}
