import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowStart } from './dates.ts';
import { findEpisodes, occasionCount } from './episodes.ts';
import type { DatedEvent } from './prepare.ts';

const dated = (days: number[]): DatedEvent[] =>
  [...days].sort((a, b) => a - b).map((day, index) => ({ id: `e${index}`, kind: 'police_call_out', observedAt: '', personIds: [], day }));

/** The definition, checked naively: an event is flagged when some qualifying window ending on a later event holds it. */
function flaggedByDefinition(events: DatedEvent[], threshold: number, months: number): Set<string> {
  const flagged = new Set<string>();
  for (const end of events) {
    const inside = events.filter((event) => event.day >= windowStart(end.day, months) && event.day <= end.day);
    if (occasionCount(inside) >= threshold) inside.forEach((event) => flagged.add(event.id));
  }
  return flagged;
}

describe('sliding-window episodes', () => {
  it('flags exactly the events the definition flags, in disjoint episodes', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 19_000, max: 20_500 }), { maxLength: 30 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 18 }),
      (days, threshold, months) => {
        const events = dated(days);
        const episodes = findEpisodes(events, { threshold, windowMonths: months });
        const ids = episodes.flat().map((event) => event.id);
        expect(new Set(ids)).toEqual(flaggedByDefinition(events, threshold, months));
        expect(new Set(ids).size).toBe(ids.length);
        episodes.forEach((episode) => expect(occasionCount(episode)).toBeGreaterThanOrEqual(threshold));
      },
    ));
  });

  it('takes the whole timeline as one episode when there is no window', () => {
    expect(findEpisodes(dated([1, 5000]), { threshold: 2, windowMonths: null }).map((e) => e.length)).toEqual([2]);
    expect(findEpisodes(dated([1, 1]), { threshold: 2, windowMonths: null })).toEqual([]);
  });

  it('treats a threshold below one as one', () => {
    expect(findEpisodes(dated([1]), { threshold: 0, windowMonths: 12 })).toHaveLength(1);
    expect(findEpisodes([], { threshold: 0, windowMonths: 12 })).toEqual([]);
  });
});
