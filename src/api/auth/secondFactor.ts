import { openSecret, sealSecret } from '../../crypto/secretBox.ts';
import { rolesRequiringTotp, type Role } from '../../domain/roles.ts';
import { matchedTotpStep, newTotpSecret, totpUri } from './totp.ts';

/** TOTP secrets are stored sealed with the instance key; these are the only places that open or seal one. */
export const sealTotpSecret = (key: Buffer, secret: string) => sealSecret(key, secret);

/** The time step a code belongs to, or null; a secret that cannot be opened (another key) matches nothing. */
export function matchSealedTotp(key: Buffer, sealed: string, code: string): number | null {
  let secret: string;
  try {
    secret = openSecret(key, sealed);
  } catch {
    return null;
  }
  return matchedTotpStep(secret, code);
}

/** A new secret for its owner to add to an authenticator app: shown once, to them only. */
export function newSecondFactor(key: Buffer, email: string) {
  const secret = newTotpSecret();
  return { secret, uri: totpUri(email, secret), sealed: sealSecret(key, secret) };
}

export const openTotpSecret = (key: Buffer, sealed: string) => openSecret(key, sealed);

/** Whether logging in asks for a second factor: always once one is set up; by role or by the administrator's choice otherwise (not in the demo). */
export function secondFactorRequired(account: { roles: string[]; totp_required: boolean }, demo: boolean): boolean {
  return !demo && (account.totp_required || account.roles.some((role) => rolesRequiringTotp.includes(role as Role)));
}
