import { isValidBsn } from '../../domain/bsn.ts';

/**
 * A BSN as people type it ("1234.56.782", "123 456 782", or 8 digits without the leading zero),
 * as the 9 digits the API expects; null when it cannot be a BSN (wrong length or failing the eleven-test).
 */
export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  const padded = /^\d{8}$/.test(digits) ? `0${digits}` : digits;
  return isValidBsn(padded) ? padded : null;
}
