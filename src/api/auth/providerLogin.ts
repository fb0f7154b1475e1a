import { createHash, randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { openSecret } from '../../crypto/secretBox.ts';
import { identityProviderOf } from '../../db/queries/identityProviders.ts';
import { accountByEmail, storeSsoLogin, takeSsoLogin, type ProviderLoginAccount } from '../../db/queries/ssoLogins.ts';
import { needsRondomSecondFactor, type SsoFailure } from '../../domain/singleSignOn.ts';
import type { AppDeps } from '../app.ts';
import { requestedScopes, type ProviderConfigurations } from './oidcClient.ts';

/** How long a login may take at the identity provider. */
export const providerLoginMinutes = 10;

export const callbackPath = '/api/v1/session/sso/callback';
export const redirectUriOf = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}${callbackPath}`;

const hashHandle = (handle: string) => createHash('sha256').update(handle).digest('hex');

async function configurationOf(deps: AppDeps, configurations: ProviderConfigurations, organisationId: string) {
  const provider = await identityProviderOf(deps.db, organisationId);
  if (!provider) return null;
  return configurations.get(organisationId, {
    issuer: provider.issuer, clientId: provider.client_id, clientSecret: openSecret(deps.secrets.encryptionKey, provider.client_secret_sealed),
    version: new Date(provider.updated_at).toISOString(),
  });
}

/**
 * Starts a login at the organisation's identity provider: state, nonce and PKCE verifier stay on the
 * server, found again through `handle` (the browser keeps it in a cookie). null when the organisation has
 * no identity provider; throws when its provider cannot be reached.
 */
export async function beginProviderLogin(deps: AppDeps, configurations: ProviderConfigurations, organisationId: string): Promise<{ url: URL; handle: string } | null> {
  const configuration = await configurationOf(deps, configurations, organisationId);
  if (!configuration) return null;
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const handle = randomBytes(32).toString('base64url');
  await storeSsoLogin(deps.db, hashHandle(handle), { organisationId, state, nonce, codeVerifier }, new Date(Date.now() + providerLoginMinutes * 60_000));
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUriOf(deps.config.publicUrl), scope: requestedScopes, state, nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
  });
  return { url, handle };
}

export type ProviderLoginResult =
  | { ok: true; userId: string; organisationId: string }
  | { ok: false; failure: SsoFailure; reason: string; organisationId?: string; account?: ProviderLoginAccount };

/**
 * Finishes a login at the identity provider: the answer must belong to the login this browser started
 * (handle, state), the code is exchanged with the PKCE verifier, and the ID token checked (signature,
 * issuer, audience, expiry, nonce). The verified e-mail address then names an account of the provider's
 * own organisation, never of another one.
 */
export async function completeProviderLogin(deps: AppDeps, configurations: ProviderConfigurations, input: { handle: string | undefined; query: string }): Promise<ProviderLoginResult> {
  if (!input.handle) return { ok: false, failure: 'SSO_EXPIRED', reason: 'no_login_cookie' };
  const pending = await takeSsoLogin(deps.db, hashHandle(input.handle));
  if (!pending) return { ok: false, failure: 'SSO_EXPIRED', reason: 'unknown_or_expired_login' };
  const { organisationId } = pending;
  const fail = (failure: SsoFailure, reason: string, account?: ProviderLoginAccount): ProviderLoginResult =>
    ({ ok: false, failure, reason, organisationId, ...(account ? { account } : {}) });

  const callbackUrl = new URL(redirectUriOf(deps.config.publicUrl));
  callbackUrl.search = input.query;
  if (callbackUrl.searchParams.get('state') !== pending.state) return fail('SSO_STATE_MISMATCH', 'state_mismatch');
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) return fail('SSO_CANCELLED', `provider_error:${providerError.slice(0, 64)}`);

  let configuration: oidc.Configuration | null;
  try {
    configuration = await configurationOf(deps, configurations, organisationId);
  } catch {
    return fail('SSO_UNAVAILABLE', 'discovery_failed');
  }
  if (!configuration) return fail('SSO_UNAVAILABLE', 'provider_removed');

  let email: unknown;
  let emailVerified: unknown;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return fail('SSO_FAILED', 'no_id_token');
    // Providers put the e-mail claims in the ID token or only behind the userinfo endpoint; both are signed for this client.
    const source = typeof claims.email === 'string' && claims.email_verified !== undefined
      ? claims : await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    email = source.email;
    emailVerified = source.email_verified;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return fail('SSO_FAILED', `token_or_id_token:${typeof code === 'string' ? code : (error as Error).name}`);
  }
  // Only a strict `true`: the provider vouches that the address belongs to this person.
  if (typeof email !== 'string' || emailVerified !== true) return fail('SSO_EMAIL_NOT_VERIFIED', 'email_not_verified');

  const account = await accountByEmail(deps.db, email);
  if (!account) return fail('SSO_NO_ACCOUNT', 'unknown_email');
  // An identity provider speaks for its own organisation only.
  if (account.organisation_id !== organisationId) return fail('SSO_NO_ACCOUNT', 'account_of_other_organisation', account);
  if (account.disabled) return fail('SSO_ACCOUNT_DISABLED', 'account_disabled', account);
  if (needsRondomSecondFactor({ roles: account.roles, totpRequired: account.totp_required, hasTotpSecret: account.has_totp_secret })) {
    return fail('SSO_USE_PASSWORD', 'needs_rondom_second_factor', account);
  }
  return { ok: true, userId: account.id, organisationId };
}
