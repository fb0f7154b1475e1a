import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alreadyWorkTogether, foldMatches, listedMatches, nameIdentity, usefulMatches, type MatchSide, type SeenMatch, type WorkingTogether } from './matching.ts';

describe('matching identity without a citizen number', () => {
  it('treats case, spacing and diacritics as the same name', () => {
    expect(nameIdentity('Noëlle ', 'de  Vries', '2015-04-01')).toBe(nameIdentity('noelle', 'De Vries', '2015-04-01'));
  });
  it('keeps different birth dates apart', () => {
    expect(nameIdentity('Noa', 'Bakker', '2015-04-01')).not.toBe(nameIdentity('Noa', 'Bakker', '2015-04-02'));
  });
});

const side = (userId: string, personId: string, entryId = `${userId}-${personId}`): MatchSide => ({ entryId, userId, personId });
const context = (persons: Record<string, string[]>, professionals: Record<string, string[]>): WorkingTogether => ({
  householdsOfPerson: new Map(Object.entries(persons)), householdsOfProfessional: new Map(Object.entries(professionals)),
});
const seen = (id: string, basis: SeenMatch['basis'], since: string, mine: MatchSide, theirs: MatchSide): SeenMatch => ({ id, basis, since, mine, theirs });

describe('a match only about someone you do not already work with', () => {
  it('drops a match between two professionals both involved in the family of the person', () => {
    const together = context({ sanne: ['yilmaz'] }, { anouk: ['yilmaz'], kees: ['yilmaz', 'other'] });
    expect(alreadyWorkTogether(side('anouk', 'sanne'), side('kees', 'sanne'), together)).toBe(true);
  });

  it('keeps a match when the other professional registered the person in a family of their own', () => {
    const apart = context({ sanne: ['yilmaz'], sanneAtSchool: ['school'] }, { anouk: ['yilmaz'], ellen: ['school'] });
    expect(alreadyWorkTogether(side('anouk', 'sanne'), side('ellen', 'sanneAtSchool'), apart)).toBe(false);
  });

  it('drops a sibling match when both work in the household of either child', () => {
    // Daan lives with his father; his half-sister Noor with her mother. Both professionals are involved with the father.
    const father = context({ noor: ['mother'], daan: ['father'] }, { anouk: ['mother', 'father'], jeroen: ['father'] });
    expect(alreadyWorkTogether(side('anouk', 'noor'), side('jeroen', 'daan'), father)).toBe(true);
    const apart = context({ noor: ['mother'], daan: ['father'] }, { anouk: ['mother'], jeroen: ['father'] });
    expect(alreadyWorkTogether(side('anouk', 'noor'), side('jeroen', 'daan'), apart)).toBe(false);
  });

  it('does not count two professionals involved in different families of the same person as working together', () => {
    const split = context({ sanne: ['mother', 'father'] }, { anouk: ['mother'], jeroen: ['father'] });
    expect(usefulMatches([{ a: side('anouk', 'sanne'), b: side('jeroen', 'sanne') }], split)).toHaveLength(1);
  });
});

describe('one match per person and other professional', () => {
  const anouk = (personId: string) => side('anouk', personId);
  it('folds the family matches under the match about the person itself', () => {
    const folded = foldMatches([
      seen('f1', 'family', '2026-01-01', anouk('noor'), side('kees', 'daan')),
      seen('p', 'person', '2026-03-01', anouk('noor'), side('kees', 'noor')),
      seen('f2', 'family', '2026-02-01', anouk('noor'), side('kees', 'mila')),
      seen('other', 'person', '2026-02-15', anouk('noor'), side('ellen', 'noor')),
    ]);
    expect(folded.map((group) => [group.match.id, group.folded.map((m) => m.id)])).toEqual([['p', ['f1', 'f2']], ['other', []]]);
  });

  it('lets the oldest family match lead when there is none about the person itself', () => {
    const folded = foldMatches([
      seen('later', 'family', '2026-05-01', anouk('noor'), side('kees', 'mila')),
      seen('first', 'family', '2026-01-01', anouk('noor'), side('kees', 'daan')),
    ]);
    expect(folded).toEqual([{ match: expect.objectContaining({ id: 'first' }), folded: [expect.objectContaining({ id: 'later' })] }]);
  });

  it('keeps matches about two of my children with the same professional apart', () => {
    const folded = foldMatches([
      seen('a', 'person', '2026-01-01', anouk('noor'), side('kees', 'noor')),
      seen('b', 'person', '2026-01-02', anouk('daan'), side('kees', 'daan')),
    ]);
    expect(folded.map((group) => group.match.id)).toEqual(['b', 'a']);
  });
});

describe('property: listed matches never pair colleagues and never repeat', () => {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const [persons, professionals, households] = [ids('p', 5), ids('u', 4), ids('h', 4)];
  const pick = <T>(values: T[]) => fc.constantFrom(...values);
  const world = fc.record({
    memberships: fc.array(fc.tuple(pick(persons), pick(households)), { maxLength: 10 }),
    involvements: fc.array(fc.tuple(pick(professionals), pick(households)), { maxLength: 10 }),
    matches: fc.array(fc.record({
      basis: fc.constantFrom<SeenMatch['basis']>('person', 'family'), since: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      mine: fc.tuple(pick(professionals), pick(persons)), theirs: fc.tuple(pick(professionals), pick(persons)),
    }), { maxLength: 25 }),
  });
  const group = <K extends string>(pairs: Array<[K, string]>) => {
    const map = new Map<string, string[]>();
    for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value]);
    return map;
  };

  it('holds for every set of involvements, memberships and matches', () => {
    fc.assert(fc.property(world, ({ memberships, involvements, matches }) => {
      const together: WorkingTogether = { householdsOfPerson: group(memberships), householdsOfProfessional: group(involvements) };
      const seenMatches = matches.map((m, i) => seen(`m${i}`, m.basis, m.since, side(...m.mine), side(...m.theirs)));
      const listed = listedMatches(seenMatches, together);
      const shown = listed.flatMap((g) => [g.match, ...g.folded]);
      for (const match of shown) {
        const householdsOfPersons = memberships.filter(([person]) => person === match.mine.personId || person === match.theirs.personId).map(([, h]) => h);
        const bothInvolved = householdsOfPersons.some((h) =>
          involvements.some(([u, hh]) => u === match.mine.userId && hh === h) && involvements.some(([u, hh]) => u === match.theirs.userId && hh === h));
        expect(bothInvolved).toBe(false);
      }
      const keys = listed.map((g) => `${g.match.mine.personId}|${g.match.theirs.userId}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const g of listed) for (const m of g.folded) expect(`${m.mine.personId}|${m.theirs.userId}`).toBe(`${g.match.mine.personId}|${g.match.theirs.userId}`);
      // Nothing useful is lost in folding: every useful match is shown exactly once.
      const useful = usefulMatches(seenMatches.map((m) => ({ ...m, a: m.mine, b: m.theirs })), together).map((m) => m.id).sort();
      expect(shown.map((m) => m.id).sort()).toEqual(useful);
    }), { numRuns: 500 });
  });
});
