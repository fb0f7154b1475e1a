import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn.ts';

describe('BSN eleven-test', () => {
  it('accepts known valid test numbers', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('refuses wrong length, letters, all zeros and a failed eleven-test', () => {
    for (const bad of ['12345678', '1234567890', '12345678a', '000000000', '123456789']) expect(isValidBsn(bad)).toBe(false);
  });

  it('detects every single-digit typo in a valid number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
      const digits = [...'111222333'].map(Number);
      digits[position] = (digits[position]! + delta) % 10;
      expect(isValidBsn(digits.join(''))).toBe(false);
    }));
  });
});
