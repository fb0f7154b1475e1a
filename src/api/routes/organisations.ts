import { randomUUID } from 'node:crypto';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { identityProviderSummaries, proposalSummaries } from '../../db/queries/identityProviders.ts';
import { RondomError } from '../../errors.ts';
import { redirectUriOf } from '../auth/providerLogin.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { idParam, organisationBody, teamBody, type IdentityProviderView } from '../contract.ts';
import { canOnOrganisations } from '../policies/organisation.ts';
import { authorize, hasRole } from '../policies/policy.ts';
import type { Routes } from './index.ts';

export const organisationRoutes: Routes = (app, deps) => {
  app.get('/organisations', {
    schema: { tags: ['administration'], summary: 'The social map: organisations, what they offer, and their teams' },
    config: { policy: 'organisation.list' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnOrganisations(user, 'list'), 'forbidden');
    const [organisations, teams, providers, proposals] = await Promise.all([
      deps.db.selectFrom('organisations').select(['id', 'name', 'kind', 'municipality', 'offers', 'phone', 'email']).orderBy('name').execute(),
      deps.db.selectFrom('teams').select(['id', 'organisation_id', 'name']).orderBy('name').execute(),
      identityProviderSummaries(deps.db),
      hasRole(user, 'administrator') ? proposalSummaries(deps.db) : Promise.resolve([]),
    ]);
    // Whether an organisation logs in through its identity provider is no secret (the login page shows it);
    // where it is, and the client, only the administrator needs. The client secret never leaves the server.
    const isAdmin = hasRole(user, 'administrator');
    const providerOf = (organisationId: string): IdentityProviderView | { displayName: string } | null => {
      const p = providers.find((candidate) => candidate.organisation_id === organisationId);
      if (!p) return null;
      return isAdmin ? { issuer: p.issuer, clientId: p.client_id, displayName: p.display_name } : { displayName: p.display_name };
    };
    const proposalView = (organisationId: string) => {
      const p = proposals.find((candidate) => candidate.organisation_id === organisationId);
      return p ? {
        issuer: p.issuer, clientId: p.client_id, displayName: p.display_name, proposedBy: { id: p.proposed_by, name: p.proposed_by_name },
        proposedAt: new Date(p.proposed_at).toISOString(), canConfirm: p.proposed_by !== user.id,
      } : null;
    };
    return {
      data: organisations.map((o) => ({
        ...o, teams: teams.filter((t) => t.organisation_id === o.id).map(({ id, name }) => ({ id, name })), identityProvider: providerOf(o.id),
        // A provider another administrator proposed and that waits for a second one to confirm it.
        ...(isAdmin ? { identityProviderProposal: proposalView(o.id) } : {}),
      })),
      // What the administrator registers at an identity provider.
      ...(isAdmin ? { ssoRedirectUri: redirectUriOf(deps.config.publicUrl) } : {}),
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
