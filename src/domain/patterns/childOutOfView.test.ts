import { describe, expect, it } from 'vitest';
import { childOutOfView } from './childOutOfView.ts';
import { buildEvent, buildHousehold, daysBefore, runRule, TODAY } from './testFactories.ts';

const sanne = { id: 'c1', firstName: 'Sanne', birthDate: '2018-04-01' };
const daan = { id: 'c2', firstName: 'Daan', birthDate: '2020-09-09' };
const run = (events: Parameters<typeof runRule>[1], children = [sanne]) =>
  runRule(childOutOfView, events, buildHousehold({ children }));
const seen = (id: string, daysAgo: number, childId = 'c1') =>
  buildEvent(id, 'child_seen_and_heard', daysBefore(TODAY, daysAgo), { personIds: [childId] });

describe('child out of view', () => {
  it('alerts when the child was last seen and heard exactly 90 days ago', () => {
    const alerts = run([seen('e1', 90)]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'child_out_of_view', eventIds: ['e1'], personIds: ['c1'] });
    expect(alerts[0]?.explanation.nl).toBe('Sanne is 90 dagen niet zelf gezien en gesproken. Laatste keer: 01-04-2026 Kind zelf gezien en gesproken.');
  });

  it('stays quiet when the child was seen and heard 89 days ago', () => {
    expect(run([seen('e1', 89)])).toEqual([]);
  });

  it('looks at each child separately', () => {
    const alerts = run([seen('e1', 10, 'c1'), seen('e2', 200, 'c2')], [sanne, daan]);
    expect(alerts.map((alert) => alert.personIds)).toEqual([['c2']]);
  });

  it('does not count signals about the child in which it was not seen and heard', () => {
    const alerts = run([seen('e1', 120), buildEvent('e2', 'child_withdrawn', daysBefore(TODAY, 5), { personIds: ['c1'] })]);
    expect(alerts[0]?.eventIds).toEqual(['e1']);
  });

  it('counts a disclosure and any contact marked as seen and heard, unless marked otherwise', () => {
    expect(run([buildEvent('e1', 'child_disclosure', daysBefore(TODAY, 5), { personIds: ['c1'] })])).toEqual([]);
    expect(run([buildEvent('e1', 'help_started', daysBefore(TODAY, 5), { personIds: ['c1'], details: { childSeenAndHeard: true } })])).toEqual([]);
    expect(run([buildEvent('e1', 'child_disclosure', daysBefore(TODAY, 5), { personIds: ['c1'], details: { childSeenAndHeard: false } })])).toHaveLength(1);
  });

  it('alerts on a child nobody has recorded seeing, from the day it became known', () => {
    const known = (daysAgo: number) => [{ ...sanne, knownSince: daysBefore(TODAY, daysAgo) }];
    expect(run([], known(89))).toEqual([]);
    const alerts = run([], known(90));
    expect(alerts[0]).toMatchObject({ eventIds: [], personIds: ['c1'] });
    expect(alerts[0]?.explanation.en).toBe('Nobody has recorded seeing and hearing Sanne in person (90 days, since 2026-04-01).');
  });

  it('gives a newborn 90 days from birth and ignores unborn children', () => {
    expect(run([], [{ id: 'c3', firstName: 'Noor', birthDate: daysBefore(TODAY, 30) }])).toEqual([]);
    expect(run([], [{ id: 'c3', firstName: 'Noor', birthDate: daysBefore(TODAY, -30) }])).toEqual([]);
  });

  it('ignores contacts dated after today', () => {
    expect(run([seen('e1', 100), seen('e2', -3)])[0]?.eventIds).toEqual(['e1']);
  });
});
