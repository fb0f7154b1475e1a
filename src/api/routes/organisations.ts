import { randomUUID } from 'node:crypto';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { RondomError } from '../../errors.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { idParam, organisationBody, teamBody } from '../contract.ts';
import { canOnOrganisations } from '../policies/organisation.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';

export const organisationRoutes: Routes = (app, deps) => {
  app.get('/organisations', {
    schema: { tags: ['administration'], summary: 'The social map: organisations, what they offer, and their teams' },
    config: { policy: 'organisation.list' },
  }, async (request) => {
    authorize(canOnOrganisations(requireUser(request), 'list'), 'forbidden');
    const [organisations, teams] = await Promise.all([
      deps.db.selectFrom('organisations').select(['id', 'name', 'kind', 'municipality', 'offers', 'phone', 'email']).orderBy('name').execute(),
      deps.db.selectFrom('teams').select(['id', 'organisation_id', 'name']).orderBy('name').execute(),
    ]);
    return {
      data: organisations.map((o) => ({ ...o, teams: teams.filter((t) => t.organisation_id === o.id).map(({ id, name }) => ({ id, name })) })),
    };
  });

  app.post('/organisations', {
    schema: { body: organisationBody, tags: ['administration'], summary: 'Register an organisation (administrator)' },
    config: { policy: 'organisation.create' },
  }, async (request, reply) => {
    authorize(canOnOrganisations(requireUser(request), 'create'), 'forbidden');
    const { name, kind, municipality, offers, phone, email } = request.body;
    const id = randomUUID();
    await deps.db.transaction().execute(async (tx) => {
      await tx.insertInto('organisations').values({ id, name, kind, municipality, offers: offers ?? [], phone: phone ?? null, email: email ?? null }).execute();
      await audit(tx, actorOf(request), { action: 'organisation.create', purpose: 'administration', checks: systemChecks, details: { organisationId: id } });
    });
    return reply.status(201).send({ id });
  });

  app.post('/organisations/:id/teams', {
    schema: { params: idParam, body: teamBody, tags: ['administration'], summary: 'Add a team to an organisation (administrator)' },
    config: { policy: 'organisation.createTeam' },
  }, async (request, reply) => {
    authorize(canOnOrganisations(requireUser(request), 'createTeam'), 'forbidden');
    const id = randomUUID();
    await deps.db.transaction().execute(async (tx) => {
      const organisation = await tx.selectFrom('organisations').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!organisation) throw new RondomError('NOT_FOUND', 'Organisation not found');
      await tx.insertInto('teams').values({ id, organisation_id: request.params.id, name: request.body.name }).execute();
      await audit(tx, actorOf(request), { action: 'team.create', purpose: 'administration', checks: systemChecks, details: { teamId: id } });
    });
    return reply.status(201).send({ id });
  });
};
