import { authenticator } from 'otplib';

// Accept the previous and next 30-second step too: phones drift.
authenticator.options = { window: 1 };

export const newTotpSecret = () => authenticator.generateSecret();
export const totpUri = (email: string, secret: string) => authenticator.keyuri(email, 'Rondom', secret);
export const checkTotp = (secret: string, token: string) => authenticator.check(token, secret);
export const currentTotp = (secret: string) => authenticator.generate(secret);

/** The 30-second time step a valid code belongs to, or null: lets the caller refuse a code used before. */
export function matchedTotpStep(secret: string, token: string, now = Date.now()): number | null {
  const delta = authenticator.checkDelta(token, secret);
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}
