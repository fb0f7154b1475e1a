import type { AccountView } from '../api/contract.ts';

/**
 * Response shapes the API returns but `src/api/contract.ts` does not (yet) declare as types:
 * the directory/accounts, organisations, account creation and the audit query.
 */
export interface DirectoryUser {
  id: string; name: string; email: string; phone: string | null; organisationId: string; organisationName: string; organisationKind: string;
  /** Only for administrators: */
  roles?: string[]; teamId?: string | null; disabled?: boolean; lockedUntil?: string | null;
}

export interface Organisation {
  id: string; name: string; kind: string; municipality: string; offers: string[]; phone: string | null; email: string | null;
  /** Teams out of use (`active: false`) take nobody in. */
  teams: Array<{ id: string; name: string; active: boolean }>;
  /** Its identity provider, when its professionals log in there; issuer and client only for the administrator. */
  identityProvider: { displayName: string; issuer?: string; clientId?: string } | null;
  /** Only for administrators: a provider one administrator proposed, not in use until another confirms it. */
  identityProviderProposal?: IdentityProviderProposal | null;
}

export interface IdentityProviderProposal {
  issuer: string; clientId: string; displayName: string; proposedBy: { id: string; name: string }; proposedAt: string;
  /** False for the administrator who proposed it: a second one confirms. */
  canConfirm: boolean;
}

/** The organisations list; to the administrator also the redirect URI to register at identity providers. */
export interface OrganisationList { data: Organisation[]; ssoRedirectUri?: string }

/** Where an account's activation went: a one-time link by mail, or the first login through the organisation's identity provider. */
export type Activation = { via: 'mail'; sentTo: string; expiresAt: string } | { via: 'identity_provider' };

/** The answer to creating an account (`POST /users`); nobody gets a password or secret that opens it. */
export interface CreatedUser { id: string; activation: Activation; data: AccountView }

/** The answer to the account actions (`POST /users/:id/deactivate` …). */
export interface AccountActionResult { data?: AccountView; leadsFamilies?: number; activation?: Activation }

export type { AccountChangeView, AccountView } from '../api/contract.ts';


export interface DataList<T> { data: T[] }

/** A person found by the privacy officer's search (`GET /audit/subjects`); only the last three BSN digits come back. */
export type { AuditSubject } from '../api/contract.ts';
