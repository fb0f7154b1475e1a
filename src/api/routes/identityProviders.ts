import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { openSecret, sealSecret } from '../../crypto/secretBox.ts';
import { z } from 'zod';
import { identityProviderOf, proposalOf, removeIdentityProvider, removeProposal, storeIdentityProvider, storeProposal } from '../../db/queries/identityProviders.ts';
import { notifyPrivacyOfficers } from './privacyNotice.ts';
import { notFound, RondomError } from '../../errors.ts';
import { discoverProvider } from '../auth/oidcClient.ts';
import { redirectUriOf } from '../auth/providerLogin.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { identityProviderBody, idParam } from '../contract.ts';
import { canOnOrganisations } from '../policies/organisation.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';

/**
 * The administrator ties an organisation to its identity provider (OpenID Connect), or unties it. Tying is
 * a proposal until a second administrator confirms it: the provider decides who logs in as the organisation's
 * professionals, so no single administrator may choose it.
 */
export const identityProviderRoutes: Routes = (app, deps) => {
  app.put('/organisations/:id/identity-provider', {
    schema: { params: idParam, body: identityProviderBody, tags: ['administration'], summary: 'Propose the identity provider its professionals log in with (administrator); checked by OpenID Connect discovery; in use once another administrator confirms' },
    config: { policy: 'organisation.setIdentityProvider' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnOrganisations(user, 'setIdentityProvider'), 'forbidden');
    const organisationId = request.params.id;
    const { issuer, clientId, clientSecret, displayName } = request.body;
    const organisation = await deps.db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
    if (!organisation) throw notFound('Organisation');
    const existing = await identityProviderOf(deps.db, organisationId);
    // Keeping the stored secret only makes sense for the same client at the same provider.
    const sameClient = existing?.issuer === issuer && existing.client_id === clientId;
    const secret = clientSecret ?? (existing && sameClient ? openSecret(deps.secrets.encryptionKey, existing.client_secret_sealed) : null);
    if (secret === null) {
      throw new RondomError('VALIDATION_FAILED', 'A client secret is needed for a new provider or client', [{ path: 'clientSecret', message: 'Required' }]);
    }
    try {
      await discoverProvider({ issuer, clientId, clientSecret: secret });
    } catch (error) {
      throw new RondomError('IDENTITY_PROVIDER_UNREACHABLE', `OpenID Connect discovery at this issuer failed: ${(error as Error).message}`.slice(0, 500),
        [{ path: 'issuer', message: 'No valid OpenID Connect discovery document at this issuer' }]);
    }
    await deps.db.transaction().execute(async (tx) => {
      await storeProposal(tx, {
        organisation_id: organisationId, issuer, client_id: clientId, display_name: displayName,
        client_secret_sealed: sealSecret(deps.secrets.encryptionKey, secret), proposed_by: user.id,
      });
      await audit(tx, actorOf(request), {
        action: 'identity_provider.propose', purpose: 'administration', checks: systemChecks,
        details: { organisationId, issuer, clientId, replaces: existing ? { issuer: existing.issuer, clientId: existing.client_id } : null, secretChanged: clientSecret !== undefined },
      });
      await notifyPrivacyOfficers(tx, deps);
    });
    deps.mailer?.wake();
    // Not in use yet: another administrator confirms it first.
    return { data: { issuer, clientId, displayName, redirectUri: redirectUriOf(deps.config.publicUrl), status: 'proposed' } };
  });

  app.post('/organisations/:id/identity-provider/confirm', {
    schema: { params: idParam, body: z.strictObject({}), tags: ['administration'], summary: 'Confirm the identity provider another administrator proposed; only then do its logins count (administrator)' },
    config: { policy: 'organisation.setIdentityProvider', refusalAction: 'identity_provider.set' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnOrganisations(user, 'setIdentityProvider'), 'forbidden');
    const organisationId = request.params.id;
    return deps.db.transaction().execute(async (tx) => {
      const proposal = await proposalOf(tx, organisationId, true);
      if (!proposal) throw notFound('Proposed identity provider');
      if (proposal.proposed_by === user.id) {
        throw new RondomError('FOUR_EYES_REQUIRED', 'Another administrator confirms the identity provider you proposed', [], {}, { details: { organisationId } });
      }
      const stored = await storeIdentityProvider(tx, {
        organisation_id: organisationId, issuer: proposal.issuer, client_id: proposal.client_id, display_name: proposal.display_name,
        client_secret_sealed: proposal.client_secret_sealed,
      });
      await removeProposal(tx, organisationId);
      await audit(tx, actorOf(request), {
        action: 'identity_provider.set', purpose: 'administration', checks: systemChecks,
        details: { organisationId, issuer: proposal.issuer, clientId: proposal.client_id, proposedBy: proposal.proposed_by, replaced: stored === 'replaced' },
      });
      await notifyPrivacyOfficers(tx, deps);
      return { data: { issuer: proposal.issuer, clientId: proposal.client_id, displayName: proposal.display_name, status: 'active' } };
    }).finally(() => deps.mailer?.wake());
  });

  app.delete('/organisations/:id/identity-provider', {
    schema: { params: idParam, tags: ['administration'], summary: 'Remove the identity provider; its professionals then need a password (administrator)' },
    config: { policy: 'organisation.removeIdentityProvider' },
  }, async (request, reply) => {
    authorize(canOnOrganisations(requireUser(request), 'removeIdentityProvider'), 'forbidden');
    const organisationId = request.params.id;
    await deps.db.transaction().execute(async (tx) => {
      // Removing takes the provider out of use (its professionals then choose a password through the mail)
      // and withdraws a proposal: neither opens an account to anyone, so one administrator may do it.
      const [active, proposed] = [await removeIdentityProvider(tx, organisationId), await removeProposal(tx, organisationId)];
      if (!active && !proposed) throw notFound('Identity provider');
      await audit(tx, actorOf(request), { action: 'identity_provider.remove', purpose: 'administration', checks: systemChecks, details: { organisationId, active, proposed } });
      await notifyPrivacyOfficers(tx, deps);
    });
    deps.mailer?.wake();
    return reply.status(204).send();
  });
};
