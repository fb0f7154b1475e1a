import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../../audit/write.ts';
import { systemChecks } from '../../../audit/types.ts';
import { emailInUse, findAccount, listAccounts, teamOfOrganisation } from '../../../db/queries/accounts.ts';
import { organisationHasIdentityProvider } from '../../../db/queries/identityProviders.ts';
import { mustLogInThroughProvider } from '../../../domain/singleSignOn.ts';
import { RondomError } from '../../../errors.ts';
import { actorOf, requireUser } from '../../auth/sessionUser.ts';
import { userBody } from '../../contract.ts';
import { canOnUsers } from '../../policies/user.ts';
import { authorize, hasRole } from '../../policies/policy.ts';
import type { Routes } from '../index.ts';
import { notifyPrivacyOfficers } from '../privacyNotice.ts';
import { queueActivation } from './invite.ts';

const userQuery = z.strictObject({ q: z.string().max(100).refine((v) => !v.includes('\u0000'), 'Contains a NUL character').optional() });

export const userCollectionRoutes: Routes = (app, deps) => {
  app.get('/users', {
    schema: { querystring: userQuery, tags: ['administration'], summary: 'Accounts (administrator) or the professional directory (name, organisation, contact)' },
    config: { policy: 'user.list' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnUsers(user, 'directory'), 'forbidden');
    if (hasRole(user, 'administrator')) {
      const data = await listAccounts(deps.db, request.query.q);
      return { data };
    }
    let query = deps.db.selectFrom('users').innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['users.id', 'users.name', 'users.email', 'users.phone', 'users.organisation_id', 'organisations.name as organisation_name', 'organisations.kind as organisation_kind'])
      .where('users.disabled', '=', false).where('users.activated_at', 'is not', null)
      .where(({ eb, val }) => eb('users.roles', '&&', val(['professional', 'team_lead']) as never))
      .orderBy('users.name').limit(500);
    if (request.query.q) query = query.where((eb) => eb.or([eb('users.name', 'ilike', `%${request.query.q}%`), eb('organisations.name', 'ilike', `%${request.query.q}%`)]));
    const rows = await query.execute();
    return {
      data: rows.map((row) => ({
        id: row.id, name: row.name, email: row.email, phone: row.phone, organisationId: row.organisation_id,
        organisationName: row.organisation_name, organisationKind: row.organisation_kind,
      })),
    };
  });

  app.post('/users', {
    schema: { body: userBody, tags: ['administration'], summary: 'Create an account (administrator); its owner activates it through a link mailed to them' },
    config: { policy: 'user.create' },
  }, async (request, reply) => {
    authorize(canOnUsers(requireUser(request), 'create'), 'forbidden');
    const { email, name, organisationId, roles, teamId, phone, secondFactor } = request.body;
    const id = randomUUID();
    const result = await deps.db.transaction().execute(async (tx) => {
      const organisation = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', organisationId).executeTakeFirst();
      if (!organisation) throw new RondomError('INVALID_REFERENCE', 'Unknown organisation', [{ path: 'organisationId', message: 'No such organisation' }]);
      if (teamId && !(await teamOfOrganisation(tx, teamId, organisationId))) {
        throw new RondomError('INVALID_REFERENCE', 'Unknown team of this organisation', [{ path: 'teamId', message: 'No such team in the organisation' }]);
      }
      if (await emailInUse(tx, email)) throw new RondomError('ALREADY_EXISTS', 'An account with this email address exists', [{ path: 'email', message: 'Already in use' }]);
      await tx.insertInto('users').values({
        id, email: email.toLowerCase(), name, organisation_id: organisationId, team_id: teamId ?? null, roles, phone: phone ?? null,
        password_hash: null, totp_secret: null, totp_required: secondFactor === true, activated_at: null,
      }).execute();
      // Professionals of an organisation with an identity provider activate the account by logging in there;
      // whoever needs Rondom's own second factor activates it through the mail, and sets that factor up.
      const viaProvider = mustLogInThroughProvider({ roles, totpRequired: secondFactor === true, hasTotpSecret: false },
        await organisationHasIdentityProvider(tx, organisationId));
      const activation = viaProvider
        ? { via: 'identity_provider' as const }
        : { via: 'mail' as const, sentTo: email.toLowerCase(), expiresAt: (await queueActivation(tx, deps, { id, email: email.toLowerCase(), name, organisationName: organisation.name })).expiresAt.toISOString() };
      await audit(tx, actorOf(request), {
        action: 'user.create', purpose: 'administration', checks: systemChecks,
        details: { userId: id, roles, teamId: teamId ?? null, organisationId, activation: activation.via },
      });
      await notifyPrivacyOfficers(tx, deps);
      return activation;
    });
    deps.mailer?.wake();
    const account = await findAccount(deps.db, id);
    return reply.status(201).send({ id, activation: result, data: account });
  });
};
