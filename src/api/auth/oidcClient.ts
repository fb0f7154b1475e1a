import * as oidc from 'openid-client';
import { issuerIsPlainHttp } from '../../domain/singleSignOn.ts';

export interface ProviderSettings { issuer: string; clientId: string; clientSecret: string }

/** Scopes Rondom asks for: who it is (openid), the verified e-mail address (email), and a name (profile). */
export const requestedScopes = 'openid email profile';

/**
 * OpenID Connect Discovery against the issuer, with the issuer's own metadata checked by openid-client
 * (the `issuer` it announces must be the one configured). Plain http is only accepted for the loopback
 * address (see issuerProblem, checked before anything is stored).
 */
export async function discoverProvider(settings: ProviderSettings, timeoutSeconds = 10): Promise<oidc.Configuration> {
  const insecure = issuerIsPlainHttp(settings.issuer);
  const options = { timeout: timeoutSeconds, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) };
  const discovered = await oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, oidc.ClientSecretBasic(settings.clientSecret), options);
  // client_secret_basic is the OpenID Connect default; a provider that only takes the secret in the body gets it there.
  const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported;
  if (!methods || methods.includes('client_secret_basic') || !methods.includes('client_secret_post')) return discovered;
  const configuration = new oidc.Configuration(discovered.serverMetadata(), settings.clientId, settings.clientSecret, oidc.ClientSecretPost(settings.clientSecret));
  if (insecure) oidc.allowInsecureRequests(configuration);
  return configuration;
}

/**
 * Discovered configurations per organisation, for a few minutes: every login needs one twice (start and
 * callback). Keyed by what was configured, so a changed provider is discovered afresh.
 */
export class ProviderConfigurations {
  private readonly entries = new Map<string, { key: string; configuration: oidc.Configuration; until: number }>();
  constructor(private readonly ttlMs = 10 * 60_000) {}

  async get(organisationId: string, settings: ProviderSettings & { version: string }): Promise<oidc.Configuration> {
    const key = `${settings.issuer}\n${settings.clientId}\n${settings.version}`;
    const cached = this.entries.get(organisationId);
    if (cached && cached.key === key && cached.until > Date.now()) return cached.configuration;
    const configuration = await discoverProvider(settings);
    this.entries.set(organisationId, { key, configuration, until: Date.now() + this.ttlMs });
    return configuration;
  }
}
