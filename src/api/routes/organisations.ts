import { randomUUID } from 'node:crypto';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { identityProviderSummaries, proposalSummaries } from '../../db/queries/identityProviders.ts';
import { RondomError } from '../../errors.ts';
import { redirectUriOf } from '../auth/providerLogin.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { idParam, organisationBody, teamBody, teamUpdateBody, type IdentityProviderView } from '../contract.ts';
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
      deps.db.selectFrom('teams').select(['id', 'organisation_id', 'name', 'deactivated_at']).orderBy('name').execute(),
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
        ...o, teams: teams.filter((t) => t.organisation_id === o.id).map(({ id, name, deactivated_at }) => ({ id, name, active: deactivated_at === null })), identityProvider: providerOf(o.id),
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

  app.patch('/teams/:id', {
    schema: { params: idParam, body: teamUpdateBody, tags: ['administration'], summary: 'Rename, deactivate or re-activate a team (administrator); a team is deactivated only when nobody is in it' },
    config: { policy: 'organisation.updateTeam' },
  }, async (request) => {
    authorize(canOnOrganisations(requireUser(request), 'updateTeam'), 'forbidden');
    const { name, active } = request.body;
    return deps.db.transaction().execute(async (tx) => {
      const team = await tx.selectFrom('teams').select(['id', 'name', 'deactivated_at']).where('id', '=', request.params.id).forUpdate().executeTakeFirst();
      if (!team) throw new RondomError('NOT_FOUND', 'Team not found');
      if (active === false && team.deactivated_at === null) {
        // Its members keep their access through it (a team lead sees the team's families): move them first.
        const members = await tx.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).where('team_id', '=', team.id).executeTakeFirstOrThrow();
        if (Number(members.n) > 0) {
          throw new RondomError('TEAM_NOT_EMPTY', 'Move the accounts in this team to another team first', [{ path: 'active', message: 'Team has members' }], { count: Number(members.n) });
        }
      }
      const changes = {
        ...(name !== undefined && name !== team.name ? { name } : {}),
        ...(active === false && team.deactivated_at === null ? { deactivated_at: new Date() } : {}),
        ...(active === true && team.deactivated_at !== null ? { deactivated_at: null } : {}),
      };
      if (Object.keys(changes).length > 0) {
        await tx.updateTable('teams').set(changes).where('id', '=', team.id).execute();
        await audit(tx, actorOf(request), {
          action: 'team.update', purpose: 'administration', checks: systemChecks,
          details: { teamId: team.id, ...(changes.name ? { name: { from: team.name, to: changes.name } } : {}), ...('deactivated_at' in changes ? { active: changes.deactivated_at === null } : {}) },
        });
      }
      const stored = await tx.selectFrom('teams').select(['id', 'name', 'deactivated_at']).where('id', '=', team.id).executeTakeFirstOrThrow();
      return { data: { id: stored.id, name: stored.name, active: stored.deactivated_at === null } };
    });
  });
};
