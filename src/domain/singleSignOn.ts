import { rolesRequiringTotp, type Role } from './roles.ts';

/**
 * Why a login through an organisation's identity provider did not go through. Stable: the callback puts
 * the code in the login page's address (`?sso_error=…`) and the web app words it in Dutch or English.
 */
export const ssoFailures = [
  /** The organisation has no identity provider (any more), or the provider could not be reached. */
  'SSO_UNAVAILABLE',
  /** The login took too long, was already used, or the browser did not send back the login cookie. */
  'SSO_EXPIRED',
  /** The answer from the provider does not belong to the login this browser started. */
  'SSO_STATE_MISMATCH',
  /** The provider said no, or the user cancelled there. */
  'SSO_CANCELLED',
  /** The provider's answer could not be verified (code exchange, signature, nonce, audience …). */
  'SSO_FAILED',
  /** The provider did not vouch for the e-mail address (`email_verified` is not true). */
  'SSO_EMAIL_NOT_VERIFIED',
  /** No account with this address in the provider's own organisation. */
  'SSO_NO_ACCOUNT',
  'SSO_ACCOUNT_DISABLED',
  /** The account's role (or its own setting) needs Rondom's second factor: it logs in with password and code. */
  'SSO_USE_PASSWORD',
] as const;
export type SsoFailure = (typeof ssoFailures)[number];

export const isSsoFailure = (value: unknown): value is SsoFailure => ssoFailures.includes(value as SsoFailure);

export interface LoginAccount { roles: readonly string[]; totpRequired: boolean; hasTotpSecret: boolean }

/**
 * Accounts that must pass Rondom's own second factor: administrators and privacy officers (their roles
 * reach every account or the whole audit trail), and any account the administrator gave a second factor.
 * An identity provider's login cannot show that this factor was used, so these keep password + code.
 */
export function needsRondomSecondFactor(account: LoginAccount): boolean {
  return account.totpRequired || account.hasTotpSecret || account.roles.some((role) => rolesRequiringTotp.includes(role as Role));
}

/** Where the organisation has an identity provider, its professionals log in there and nowhere else. */
export function mustLogInThroughProvider(account: LoginAccount, organisationHasProvider: boolean): boolean {
  return organisationHasProvider && !needsRondomSecondFactor(account);
}

const loopbackHosts = new Set(['localhost', '[::1]']);
const isLoopback = (hostname: string) => loopbackHosts.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);

/**
 * An issuer must be an https URL without query or fragment (OpenID Connect Discovery); plain http only on
 * this machine's loopback address, for tests and a local trial. Returns why not, or null when acceptable.
 */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'Not a URL';
  }
  if (url.search || url.hash) return 'An issuer has no query or fragment';
  if (url.username || url.password) return 'An issuer has no user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return 'Must be https (plain http only on the loopback address)';
}

/** Plain http towards the issuer: only ever allowed for the loopback address (see issuerProblem). */
export const issuerIsPlainHttp = (issuer: string) => new URL(issuer).protocol === 'http:';
