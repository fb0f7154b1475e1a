/**
 * Matching in the manner of the national Verwijsindex: a subject is identified by its citizen number or,
 * without one, by exact name and birth date. Only identities and contact details are matched, never content.
 */

export interface MatchingConfig {
  /** An entry stops matching this long after the last registration about the person. */
  retentionMonths: number;
  /** …and in any case once the person reaches this age. */
  maxAgeYears: number;
}

export const defaultMatchingConfig: MatchingConfig = { retentionMonths: 24, maxAgeYears: 23 };

/** Exact-name identity: case, spacing and diacritics do not make two people different. */
export function nameIdentity(firstName: string, lastName: string, birthDate: string): string {
  const normalise = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `name:${normalise(firstName)}|${normalise(lastName)}|${birthDate}`;
}
