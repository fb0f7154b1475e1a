/**
 * Citizen service number (BSN) validation with the eleven-test ("elfproef"): 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros.
 */
export function isValidBsn(input: string): boolean {
  if (!/^\d{9}$/.test(input)) return false;
  if (/^0+$/.test(input)) return false;
  const digits = [...input].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - digits[8]!;
  return sum % 11 === 0;
}

/** Only the last three digits are ever shown; the rest lives as a keyed hash for matching. */
export function bsnDisplaySuffix(bsn: string): string {
  return bsn.slice(-3);
}
