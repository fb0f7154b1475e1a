import { describe, expect, it } from 'vitest';
import { careAvoidance } from './careAvoidance.ts';
import { buildEvent, runRule } from './testFactories.ts';

const run = (events: Parameters<typeof runRule>[1]) => runRule(careAvoidance, events);
const variants = (events: Parameters<typeof runRule>[1]) => run(events).map((alert) => alert.variant);

describe('care avoidance', () => {
  it('alerts on two moves exactly 12 months apart, naming the municipalities', () => {
    const alerts = run([
      buildEvent('e1', 'move', '2025-02-01', { details: { fromMunicipality: 'Utrecht', toMunicipality: 'Amersfoort' } }),
      buildEvent('e2', 'move', '2026-02-01', { details: { fromMunicipality: 'Amersfoort', toMunicipality: 'Zeist' } }),
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'care_avoidance', variant: 'moves', eventIds: ['e1', 'e2'] });
    expect(alerts[0]?.explanation.nl).toBe('Zorgmijding — 2 verhuizingen binnen 12 maanden: '
      + '01-02-2025 Verhuizing (Utrecht → Amersfoort); 01-02-2026 Verhuizing (Amersfoort → Zeist).');
  });

  it('stays quiet when the second move is one day outside the 12 months', () => {
    expect(run([buildEvent('e1', 'move', '2025-02-01'), buildEvent('e2', 'move', '2026-02-02')])).toEqual([]);
  });

  it('alerts on two school changes within 12 months but not on one day more', () => {
    expect(variants([buildEvent('e1', 'school_change', '2025-09-01'), buildEvent('e2', 'school_change', '2026-09-01')])).toEqual([]);
    expect(variants([buildEvent('e1', 'school_change', '2025-09-01'), buildEvent('e2', 'school_change', '2026-06-01')])).toEqual(['school_changes']);
  });

  it('treats siblings changing school on the same day as one change', () => {
    expect(run([
      buildEvent('e1', 'school_change', '2026-01-05', { personIds: ['c1'] }),
      buildEvent('e2', 'school_change', '2026-01-05', { personIds: ['c2'] }),
    ])).toEqual([]);
  });

  it('alerts when help was declined or ended by the family twice, however far apart', () => {
    const alerts = run([
      buildEvent('e1', 'help_declined', '2020-05-01'),
      buildEvent('e2', 'help_ended', '2026-05-01', { details: { endedBy: 'family' } }),
    ]);
    expect(alerts.map((alert) => alert.variant)).toEqual(['help_refused']);
    expect(alerts[0]?.explanation.nl).toBe('Zorgmijding — 2 keer hulp geweigerd of door het gezin gestopt: '
      + '01-05-2020 Hulp geweigerd; 01-05-2026 Hulp beëindigd (door het gezin).');
  });

  it('does not count help ended by the professional as avoidance', () => {
    expect(run([
      buildEvent('e1', 'help_declined', '2026-01-01'),
      buildEvent('e2', 'help_ended', '2026-05-01', { details: { endedBy: 'professional' } }),
    ])).toEqual([]);
  });

  it('alerts on a single refusal of contact with earlier helpers', () => {
    expect(variants([buildEvent('e1', 'earlier_helpers_contact_refused', '2019-01-01')])).toEqual(['earlier_helpers_refused']);
  });

  it('alerts on a single report that only non-threatening help is accepted', () => {
    expect(variants([buildEvent('e1', 'only_non_threatening_help', '2026-01-01')])).toEqual(['only_non_threatening_help']);
  });

  it('alerts on three missed appointments within 12 months but not when one falls a day outside', () => {
    const inside = ['2025-06-30', '2025-12-01', '2026-06-30'].map((date, i) => buildEvent(`e${i}`, 'appointment_missed', date));
    const outside = ['2025-06-29', '2025-12-01', '2026-06-30'].map((date, i) => buildEvent(`e${i}`, 'appointment_missed', date));
    expect(variants(inside)).toEqual(['missed_appointments']);
    expect(variants(outside)).toEqual([]);
  });

  it('reports each form of avoidance as its own alert', () => {
    expect(variants([
      buildEvent('e1', 'move', '2026-01-01'), buildEvent('e2', 'move', '2026-03-01'),
      buildEvent('e3', 'earlier_helpers_contact_refused', '2026-04-01'),
    ])).toEqual(['moves', 'earlier_helpers_refused']);
  });
});
