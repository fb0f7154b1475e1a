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

/** One side of a (candidate) match: whose entry it is, and which person record it is about. */
export interface MatchSide { entryId: string; userId: string; personId: string }

/** Who works where now: the households each person currently belongs to, and each professional is currently involved in. */
export interface WorkingTogether {
  householdsOfPerson: ReadonlyMap<string, Iterable<string>>;
  householdsOfProfessional: ReadonlyMap<string, Iterable<string>>;
}

/**
 * Two professionals who are both involved in a household that the person (on either side of the match) belongs to
 * already work together on that person: telling them about each other is noise, so such a match is never created
 * or shown.
 */
export function alreadyWorkTogether(a: MatchSide, b: MatchSide, context: WorkingTogether): boolean {
  const ofA = new Set(context.householdsOfProfessional.get(a.userId) ?? []);
  const ofB = new Set(context.householdsOfProfessional.get(b.userId) ?? []);
  for (const personId of new Set([a.personId, b.personId])) {
    for (const household of context.householdsOfPerson.get(personId) ?? []) {
      if (ofA.has(household) && ofB.has(household)) return true;
    }
  }
  return false;
}

/** The candidates worth telling both professionals about. */
export function usefulMatches<T extends { a: MatchSide; b: MatchSide }>(candidates: readonly T[], context: WorkingTogether): T[] {
  return candidates.filter((candidate) => !alreadyWorkTogether(candidate.a, candidate.b, context));
}

/** A match as one of its two professionals sees it. */
export interface SeenMatch { id: string; basis: 'person' | 'family'; since: string; mine: MatchSide; theirs: MatchSide }

/**
 * One match per (my person, other professional). The match about the same person leads; matches through a sibling
 * with a shared parent ('family') are folded under it, oldest first. Without a match about the person itself the
 * oldest family match leads. Groups come newest first, as the list did before folding.
 */
export function foldMatches<T extends SeenMatch>(matches: readonly T[]): Array<{ match: T; folded: T[] }> {
  const groups = new Map<string, T[]>();
  for (const match of matches) {
    const key = `${match.mine.personId}|${match.theirs.userId}`;
    groups.set(key, [...(groups.get(key) ?? []), match]);
  }
  const leaders = [...groups.values()].map((group) => {
    const ordered = [...group].sort((x, y) => (x.basis === y.basis ? 0 : x.basis === 'person' ? -1 : 1) || x.since.localeCompare(y.since) || x.id.localeCompare(y.id));
    const [match, ...folded] = ordered as [T, ...T[]];
    return { match, folded };
  });
  return leaders.sort((x, y) => y.match.since.localeCompare(x.match.since) || x.match.id.localeCompare(y.match.id));
}

/** What a professional's list shows: only useful matches, folded. */
export function listedMatches<T extends SeenMatch>(matches: readonly T[], context: WorkingTogether): Array<{ match: T; folded: T[] }> {
  return foldMatches(matches.filter((match) => !alreadyWorkTogether(match.mine, match.theirs, context)));
}
