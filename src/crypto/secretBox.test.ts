import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed, KEY_BYTES, openSecret, sealSecret } from './secretBox.ts';

describe('sealed secrets', () => {
  const key = randomBytes(KEY_BYTES);

  it('opens what it sealed, and never stores the plaintext', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (secret) => {
      const sealed = sealSecret(key, secret);
      expect(isSealed(sealed)).toBe(true);
      expect(openSecret(key, sealed)).toBe(secret);
      if (secret.length > 4) expect(sealed).not.toContain(secret);
    }));
  });

  it('refuses to open with another key, or after a change', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(() => openSecret(randomBytes(KEY_BYTES), sealed)).toThrow();
    const altered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => openSecret(key, altered)).toThrow();
  });

  it('seals the same secret differently each time', () => {
    expect(sealSecret(key, 'same')).not.toBe(sealSecret(key, 'same'));
  });
});
