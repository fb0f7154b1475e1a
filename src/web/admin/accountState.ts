import type { TFunction } from 'i18next';
import { mustLogInThroughProvider } from '../../domain/singleSignOn.ts';
import { formatMoment } from '../format.ts';
import type { AccountView, Activation, Organisation } from '../types.ts';

/** Whether this account logs in (and so is activated) through its organisation's identity provider, as the server decides. */
export function activatesThroughProvider(account: AccountView, organisation: Organisation | undefined): boolean {
  return mustLogInThroughProvider(
    { roles: account.roles, totpRequired: account.secondFactor !== 'none', hasTotpSecret: account.secondFactor === 'set_up' },
    Boolean(organisation?.identityProvider),
  );
}

export function lockedUntil(account: AccountView): string | null {
  return account.lockedUntil && new Date(account.lockedUntil) > new Date() ? account.lockedUntil : null;
}

/** "Uitgenodigd", "Actief", "Gedeactiveerd" or "Geblokkeerd tot …", with how an invited account is activated. */
export function statusText(t: TFunction, language: string, account: AccountView, organisation: Organisation | undefined): string {
  if (account.status === 'deactivated') return t('admin.status.deactivated');
  const locked = lockedUntil(account);
  if (locked) return t('admin.status.locked', { until: formatMoment(locked, language) });
  if (account.status === 'invited') {
    return activatesThroughProvider(account, organisation)
      ? t('admin.status.invitedProvider', { provider: organisation?.identityProvider?.displayName ?? '' })
      : t('admin.status.invited');
  }
  return t('admin.status.active');
}

/** Where the activation went, said to the administrator after creating an account or sending a new link. */
export function activationText(t: TFunction, language: string, activation: Activation, account: { name: string; organisationName: string }): string {
  return activation.via === 'mail'
    ? t('admin.activation.mail', { email: activation.sentTo, until: formatMoment(activation.expiresAt, language) })
    : t('admin.activation.provider', { name: account.name, organisation: account.organisationName });
}
