import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { cancelAccountTokens } from '../../db/queries/accountTokens.ts';
import { emailInUse, endSessionsOf } from '../../db/queries/accounts.ts';
import { enqueueMail } from '../../db/queries/mailOutbox.ts';
import { RondomError } from '../../errors.ts';
import { emailChangedMail } from '../../mail/messages.ts';
import { checkCurrentPassword } from '../auth/currentPassword.ts';
import { recordLoginFailure } from '../auth/login.ts';
import { matchSealedTotp } from '../auth/secondFactor.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { emailChangeBody } from '../contract.ts';
import type { Routes } from './index.ts';

/**
 * The owner changes their own e-mail address: the address decides where the links that open the account
 * go, so only the owner changes it once the account is theirs — with the password, and the code when a
 * second factor is set up. The old address hears of it; outstanding links and other sessions end.
 */
export const ownEmailRoutes: Routes = (app, deps) => {
  app.post('/session/email', {
    schema: { body: emailChangeBody, tags: ['session'], summary: 'Change your own e-mail address (password, and the code when you have a second factor)' },
    config: { policy: 'authenticated', rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const email = request.body.email.toLowerCase();
    await checkCurrentPassword(deps, request, user.id, request.body.currentPassword);
    const account = await deps.db.selectFrom('users').select(['totp_secret']).where('id', '=', user.id).executeTakeFirstOrThrow();
    if (account.totp_secret) {
      const step = request.body.totp ? matchSealedTotp(deps.secrets.encryptionKey, account.totp_secret, request.body.totp) : null;
      const claimed = step !== null && await deps.db.updateTable('users').set({ totp_last_step: String(step) }).where('id', '=', user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))])).returning('id').executeTakeFirst();
      if (!claimed) {
        await recordLoginFailure(deps, { actor: actorOf(request), countTowardsLockout: user.id, details: { factor: 'totp', route: request.routeOptions.url } });
        throw new RondomError('TOTP_INVALID', 'The code is not correct or has expired', [{ path: 'totp', message: 'Not correct' }]);
      }
    }
    if (email === user.email) return reply.status(204).send();
    await deps.db.transaction().execute(async (tx) => {
      if (await emailInUse(tx, email, user.id)) throw new RondomError('ALREADY_EXISTS', 'An account with this email address exists', [{ path: 'email', message: 'Already in use' }]);
      await tx.updateTable('users').set({ email }).where('id', '=', user.id).execute();
      await cancelAccountTokens(tx, user.id);
      await endSessionsOf(tx, user.id, request.session.sessionId);
      await enqueueMail(tx, emailChangedMail({ email: user.email, name: user.name }, email));
      await audit(tx, actorOf(request), { action: 'session.email_change', purpose: 'authentication', checks: systemChecks, details: { userId: user.id, changes: { email: { from: user.email, to: email } } } });
    });
    deps.mailer?.wake();
    return reply.status(204).send();
  });
};
