import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import { audit } from '../../../audit/write.ts';
import { systemChecks } from '../../../audit/types.ts';
import { emailInUse, endSessionsOf, familiesLedBy, findAccount, teamLeadsOf, teamOfOrganisation } from '../../../db/queries/accounts.ts';
import { cancelAccountTokens } from '../../../db/queries/accountTokens.ts';
import { enqueueMail } from '../../../db/queries/mailOutbox.ts';
import { accountChanges, widensAccess } from '../../../domain/accountChanges.ts';
import { organisationHasIdentityProvider } from '../../../db/queries/identityProviders.ts';
import { mustLogInThroughProvider } from '../../../domain/singleSignOn.ts';
import { RondomError, notFound } from '../../../errors.ts';
import { regisseurDeactivatedMail } from '../../../mail/messages.ts';
import { notifyPrivacyOfficers } from '../privacyNotice.ts';
import { actorOf, requireUser } from '../../auth/sessionUser.ts';
import { idParam, userUpdateBody } from '../../contract.ts';
import { canOnUsers, type UserAction } from '../../policies/user.ts';
import { authorize } from '../../policies/policy.ts';
import type { Routes } from '../index.ts';
import { queueActivation } from './invite.ts';

const emptyBody = z.strictObject({});

type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export const userAccountRoutes: Routes = (app, deps) => {
  /** The common steps: administrator only, the account locked for the change, never one's own roles or status. */
  const onAccount = async <T>(request: FastifyRequest, action: UserAction, id: string,
    work: (tx: Transaction<Database>, account: Account) => Promise<T>) => {
    const user = requireUser(request);
    authorize(canOnUsers(user, action), 'forbidden', { details: { userId: id } });
    const result = await deps.db.transaction().execute(async (tx) => {
      const account = await findAccount(tx, id, true);
      if (!account) throw notFound('Account');
      return work(tx, account);
    });
    deps.mailer?.wake();
    return result;
  };

  app.patch('/users/:id', {
    schema: { params: idParam, body: userUpdateBody, tags: ['administration'], summary: 'Change an account: name, e-mail, phone, roles, team, second factor (administrator)' },
    config: { policy: 'user.update' },
  }, async (request) => onAccount(request, 'update', request.params.id, async (tx, account) => {
    const body = request.body;
    const self = account.id === request.user!.id;
    if (self && (body.roles !== undefined || body.teamId !== undefined)) {
      throw new RondomError('NOT_ON_OWN_ACCOUNT', 'Another administrator changes your own roles', [{ path: 'roles', message: 'Not on your own account' }]);
    }
    const email = body.email?.toLowerCase();
    // Links that open an account go to its address: once its owner activated it, only the owner changes
    // that address (Mijn account, with their password). Otherwise an administrator could send the
    // password link to a mailbox of their own.
    if (email && email !== account.email && account.status !== 'invited') {
      throw new RondomError('EMAIL_CHANGED_BY_OWNER', 'The owner of an activated account changes its e-mail address in Mijn account', [{ path: 'email', message: 'Changed by the owner' }]);
    }
    if (email && email !== account.email && (await emailInUse(tx, email, account.id))) {
      throw new RondomError('ALREADY_EXISTS', 'An account with this email address exists', [{ path: 'email', message: 'Already in use' }]);
    }
    const team = body.teamId ? await teamOfOrganisation(tx, body.teamId, account.organisationId) : null;
    if (body.teamId && !team) throw new RondomError('INVALID_REFERENCE', 'Unknown team of this organisation', [{ path: 'teamId', message: 'No such team in the organisation' }]);
    const changes = accountChanges(
      { name: account.name, email: account.email, phone: account.phone, roles: account.roles, team: account.teamId ? { id: account.teamId, name: account.teamName ?? '' } : null, secondFactor: account.secondFactor !== 'none' },
      { name: body.name, email, phone: body.phone, roles: body.roles, team: body.teamId === undefined ? undefined : team ? { id: team.id, name: team.name } : null, secondFactor: body.secondFactor },
    );
    if (Object.keys(changes).length === 0) return { data: account };
    await tx.updateTable('users').set({
      ...(changes.name ? { name: changes.name.to } : {}),
      ...(changes.email ? { email: changes.email.to } : {}),
      ...(changes.phone ? { phone: changes.phone.to } : {}),
      ...(changes.roles ? { roles: changes.roles.to } : {}),
      ...(changes.team ? { team_id: changes.team.to?.id ?? null } : {}),
      ...(changes.secondFactor ? { totp_required: changes.secondFactor.to } : {}),
    }).where('id', '=', account.id).execute();
    // Not yet activated: the link goes to the new address, the old one stops working.
    if (changes.email) await queueActivation(tx, deps, { id: account.id, email: changes.email.to, name: changes.name?.to ?? account.name, organisationName: account.organisationName });
    await audit(tx, actorOf(request), { action: 'user.update', purpose: 'administration', checks: systemChecks, details: { userId: account.id, changes } });
    if (widensAccess(changes)) await notifyPrivacyOfficers(tx, deps);
    return { data: await findAccount(tx, account.id) };
  }));

  app.post('/users/:id/deactivate', {
    schema: { params: idParam, body: emptyBody, tags: ['administration'], summary: 'Deactivate an account: its sessions end at once; its involvements stay in the history (administrator)' },
    config: { policy: 'user.deactivate' },
  }, async (request) => onAccount(request, 'deactivate', request.params.id, async (tx, account) => {
    if (account.id === request.user!.id) throw new RondomError('NOT_ON_OWN_ACCOUNT', 'Another administrator deactivates your own account');
    if (account.disabled) throw new RondomError('ALREADY_EXISTS', 'This account is deactivated already');
    await tx.updateTable('users').set({ disabled: true }).where('id', '=', account.id).execute();
    await endSessionsOf(tx, account.id);
    // Links mailed before stop working: re-activation must not revive them.
    await cancelAccountTokens(tx, account.id);
    const leadsFamilies = await familiesLedBy(tx, account.id);
    // The families it leads need a new regisseur: the team lead hears it (the administrator sees no families).
    if (leadsFamilies > 0) {
      for (const lead of await teamLeadsOf(tx, account.id)) await enqueueMail(tx, regisseurDeactivatedMail(lead, account.name, leadsFamilies, `${deps.config.publicUrl}/gezinnen`));
    }
    await audit(tx, actorOf(request), { action: 'user.deactivate', purpose: 'administration', checks: systemChecks, details: { userId: account.id, leadsFamilies } });
    return { data: await findAccount(tx, account.id), leadsFamilies };
  }));

  app.post('/users/:id/reactivate', {
    schema: { params: idParam, body: emptyBody, tags: ['administration'], summary: 'Re-activate a deactivated account (administrator)' },
    config: { policy: 'user.reactivate' },
  }, async (request) => onAccount(request, 'reactivate', request.params.id, async (tx, account) => {
    if (!account.disabled) throw new RondomError('ALREADY_EXISTS', 'This account is active already');
    await tx.updateTable('users').set({ disabled: false, failed_logins: 0, locked_until: null }).where('id', '=', account.id).execute();
    await audit(tx, actorOf(request), { action: 'user.reactivate', purpose: 'administration', checks: systemChecks, details: { userId: account.id } });
    await notifyPrivacyOfficers(tx, deps);
    return { data: await findAccount(tx, account.id) };
  }));

  app.post('/users/:id/second-factor/reset', {
    schema: { params: idParam, body: emptyBody, tags: ['administration'], summary: 'The owner lost their second factor: the account is activated again through a new link to their own address (administrator)' },
    config: { policy: 'user.update' },
  }, async (request) => onAccount(request, 'update', request.params.id, async (tx, account) => {
    if (account.id === request.user!.id) throw new RondomError('NOT_ON_OWN_ACCOUNT', 'Another administrator resets your own second factor');
    if (account.secondFactor !== 'set_up') throw new RondomError('NOT_FOUND', 'This account has no second factor to reset');
    // Not "log in with the password and set up a new one": whoever has the password would choose the second
    // factor. The owner proves their mailbox, then chooses both again; until then nothing opens the account.
    await tx.updateTable('users').set({ totp_secret: null, totp_last_step: null, totp_required: true, password_hash: null, activated_at: null })
      .where('id', '=', account.id).execute();
    await endSessionsOf(tx, account.id);
    const { expiresAt } = await queueActivation(tx, deps, account, 'second_factor_reset');
    await audit(tx, actorOf(request), { action: 'user.update', purpose: 'administration', checks: systemChecks, details: { userId: account.id, changes: { secondFactorReset: true } } });
    await notifyPrivacyOfficers(tx, deps);
    return { data: await findAccount(tx, account.id), activation: { via: 'mail', sentTo: account.email, expiresAt: expiresAt.toISOString() } };
  }));

  app.post('/users/:id/activation', {
    schema: { params: idParam, body: emptyBody, tags: ['administration'], summary: 'Send a new activation link to the account\'s own address; earlier links stop working (administrator)' },
    config: { policy: 'user.sendActivation' },
  }, async (request) => onAccount(request, 'sendActivation', request.params.id, async (tx, account) => {
    if (account.status !== 'invited') throw new RondomError('ALREADY_ACTIVATED', 'This account has been activated by its owner already');
    const viaProvider = mustLogInThroughProvider({ roles: account.roles, totpRequired: account.secondFactor !== 'none', hasTotpSecret: account.secondFactor === 'set_up' },
      await organisationHasIdentityProvider(tx, account.organisationId));
    if (viaProvider) throw new RondomError('ACTIVATION_VIA_IDENTITY_PROVIDER', 'This account is activated by logging in through the organisation\'s identity provider');
    const { expiresAt } = await queueActivation(tx, deps, account);
    await audit(tx, actorOf(request), { action: 'user.activation_sent', purpose: 'administration', checks: systemChecks, details: { userId: account.id } });
    return { activation: { via: 'mail', sentTo: account.email, expiresAt: expiresAt.toISOString() } };
  }));
};
