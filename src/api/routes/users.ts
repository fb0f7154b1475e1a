import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { rolesRequiringTotp } from '../../domain/roles.ts';
import { RondomError } from '../../errors.ts';
import { hashPassword } from '../auth/passwords.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { newTotpSecret, totpUri } from '../auth/totp.ts';
import { userBody } from '../contract.ts';
import { canOnUsers } from '../policies/user.ts';
import { authorize, hasRole } from '../policies/policy.ts';
import type { Routes } from './index.ts';

const userQuery = z.strictObject({ q: z.string().max(100).refine((v) => !v.includes('\u0000'), 'Contains a NUL character').optional() });

export const userRoutes: Routes = (app, deps) => {
  app.get('/users', {
    schema: { querystring: userQuery, tags: ['administration'], summary: 'Accounts (administrator) or the professional directory (name, organisation, contact)' },
    config: { policy: 'user.list' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnUsers(user, 'directory'), 'forbidden');
    const isAdmin = hasRole(user, 'administrator');
    let query = deps.db.selectFrom('users').innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['users.id', 'users.name', 'users.email', 'users.phone', 'users.roles', 'users.organisation_id', 'users.team_id', 'users.disabled', 'users.locked_until', 'organisations.name as organisation_name', 'organisations.kind as organisation_kind'])
      .orderBy('users.name').limit(500);
    if (request.query.q) query = query.where((eb) => eb.or([eb('users.name', 'ilike', `%${request.query.q}%`), eb('organisations.name', 'ilike', `%${request.query.q}%`)]));
    if (!isAdmin) query = query.where('users.disabled', '=', false).where(({ eb, val }) => eb('users.roles', '&&', val(['professional', 'team_lead']) as never));
    const rows = await query.execute();
    return {
      data: rows.map((row) => ({
        id: row.id, name: row.name, email: row.email, phone: row.phone, organisationId: row.organisation_id,
        organisationName: row.organisation_name, organisationKind: row.organisation_kind,
        ...(isAdmin ? { roles: row.roles, teamId: row.team_id, disabled: row.disabled, lockedUntil: row.locked_until } : {}),
      })),
    };
  });

  app.post('/users', {
    schema: { body: userBody, tags: ['administration'], summary: 'Create an account (administrator); roles that need a second factor get a TOTP secret to hand over' },
    config: { policy: 'user.create' },
  }, async (request, reply) => {
    authorize(canOnUsers(requireUser(request), 'create'), 'forbidden');
    const { email, name, organisationId, roles, password, teamId, phone, secondFactor } = request.body;
    const id = randomUUID();
    const totpSecret = secondFactor || roles.some((r) => rolesRequiringTotp.includes(r)) ? newTotpSecret() : null;
    const passwordHash = await hashPassword(password);
    await deps.db.transaction().execute(async (tx) => {
      const organisation = await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
      if (!organisation) throw new RondomError('INVALID_REFERENCE', 'Unknown organisation', [{ path: 'organisationId', message: 'No such organisation' }]);
      if (teamId) {
        const team = await tx.selectFrom('teams').select('id').where('id', '=', teamId).where('organisation_id', '=', organisationId).executeTakeFirst();
        if (!team) throw new RondomError('INVALID_REFERENCE', 'Unknown team of this organisation', [{ path: 'teamId', message: 'No such team in the organisation' }]);
      }
      const taken = await tx.selectFrom('users').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
      if (taken) throw new RondomError('ALREADY_EXISTS', 'An account with this email address exists', [{ path: 'email', message: 'Already in use' }]);
      await tx.insertInto('users').values({
        id, email: email.toLowerCase(), name, organisation_id: organisationId, team_id: teamId ?? null, roles, phone: phone ?? null,
        password_hash: passwordHash, totp_secret: totpSecret, password_change_required: true,
      }).execute();
      await audit(tx, actorOf(request), { action: 'user.create', purpose: 'administration', checks: systemChecks, details: { userId: id, roles } });
    });
    return reply.status(201).send({ id, ...(totpSecret ? { totpUri: totpUri(email, totpSecret) } : {}) });
  });
};
