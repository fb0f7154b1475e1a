import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { openSecret, sealSecret } from '../../crypto/secretBox.ts';
import { identityProviderOf, removeIdentityProvider, storeIdentityProvider } from '../../db/queries/identityProviders.ts';
import { notFound, RondomError } from '../../errors.ts';
import { discoverProvider } from '../auth/oidcClient.ts';
import { redirectUriOf } from '../auth/providerLogin.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { identityProviderBody, idParam } from '../contract.ts';
import { canOnOrganisations } from '../policies/organisation.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';

/** The administrator ties an organisation to its identity provider (OpenID Connect), or unties it. */
export const identityProviderRoutes: Routes = (app, deps) => {
  app.put('/organisations/:id/identity-provider', {
    schema: { params: idParam, body: identityProviderBody, tags: ['administration'], summary: 'Set or replace the identity provider its professionals log in with (administrator); checked by OpenID Connect discovery' },
    config: { policy: 'organisation.setIdentityProvider' },
  }, async (request) => {
    authorize(canOnOrganisations(requireUser(request), 'setIdentityProvider'), 'forbidden');
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
    const outcome = await deps.db.transaction().execute(async (tx) => {
      const stored = await storeIdentityProvider(tx, {
        organisation_id: organisationId, issuer, client_id: clientId, display_name: displayName,
        client_secret_sealed: sealSecret(deps.secrets.encryptionKey, secret),
      });
      await audit(tx, actorOf(request), {
        action: 'identity_provider.set', purpose: 'administration', checks: systemChecks,
        details: { organisationId, issuer, clientId, replaced: stored === 'replaced', secretChanged: clientSecret !== undefined },
      });
      return stored;
    });
    return { data: { issuer, clientId, displayName, redirectUri: redirectUriOf(deps.config.publicUrl), replaced: outcome === 'replaced' } };
  });

  app.delete('/organisations/:id/identity-provider', {
    schema: { params: idParam, tags: ['administration'], summary: 'Remove the identity provider; its professionals then need a password (administrator)' },
    config: { policy: 'organisation.removeIdentityProvider' },
  }, async (request, reply) => {
    authorize(canOnOrganisations(requireUser(request), 'removeIdentityProvider'), 'forbidden');
    const organisationId = request.params.id;
    await deps.db.transaction().execute(async (tx) => {
      if (!(await removeIdentityProvider(tx, organisationId))) throw notFound('Identity provider');
      await audit(tx, actorOf(request), { action: 'identity_provider.remove', purpose: 'administration', checks: systemChecks, details: { organisationId } });
    });
    return reply.status(204).send();
  });
};
