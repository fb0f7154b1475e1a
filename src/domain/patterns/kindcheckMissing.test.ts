import { describe, expect, it } from 'vitest';
import { kindcheckMissing } from './kindcheckMissing.ts';
import { buildEvent, runRule } from './testFactories.ts';

const run = (events: Parameters<typeof runRule>[1]) => runRule(kindcheckMissing, events);

describe('adult problems without a kindcheck', () => {
  it('alerts on an adult problem nobody answered the kindcheck for', () => {
    const alerts = run([buildEvent('p1', 'adult_addiction', '2026-02-03', { personIds: ['a1'] })]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'kindcheck_missing', eventIds: ['p1'], personIds: ['a1'] });
    expect(alerts[0]?.explanation.nl).toBe('Problemen bij volwassenen zonder kindcheck (zijn er kinderen, zijn ze veilig?): 03-02-2026 Verslaving (alcohol, drugs, gokken).');
  });

  it('stays quiet when the problem itself carries the kindcheck answer', () => {
    expect(run([buildEvent('p1', 'adult_addiction', '2026-02-03', { details: { kindcheckAnswered: true } })])).toEqual([]);
  });

  it('accepts a kindcheck for the same person on the same day, whatever the order of ids', () => {
    expect(run([buildEvent('z', 'adult_debts', '2026-02-03'), buildEvent('a', 'kindcheck_done', '2026-02-03')])).toEqual([]);
    expect(run([buildEvent('a', 'adult_debts', '2026-02-03'), buildEvent('z', 'kindcheck_done', '2026-02-03')])).toEqual([]);
  });

  it('does not let a kindcheck one day before the problem answer it', () => {
    expect(run([buildEvent('k', 'kindcheck_done', '2026-02-02'), buildEvent('p', 'adult_debts', '2026-02-03')])).toHaveLength(1);
  });

  it('does not let a kindcheck for another adult answer it', () => {
    const alerts = run([
      buildEvent('p', 'adult_mental_health', '2026-02-03', { personIds: ['a1'] }),
      buildEvent('k', 'kindcheck_done', '2026-03-01', { personIds: ['a2'] }),
    ]);
    expect(alerts[0]?.eventIds).toEqual(['p']);
  });

  it('lists only the unanswered problems, in timeline order', () => {
    const alerts = run([
      buildEvent('p1', 'adult_debts', '2025-01-01'),
      buildEvent('p2', 'adult_eviction_threat', '2025-02-01'),
      buildEvent('k', 'kindcheck_done', '2025-02-01'),
      buildEvent('p3', 'adult_domestic_violence', '2025-05-01'),
      buildEvent('p4', 'adult_homelessness', '2025-06-01', { personIds: ['a2'] }),
    ]);
    expect(alerts[0]?.eventIds).toEqual(['p3', 'p4']);
    expect(alerts[0]?.personIds).toEqual(['a1', 'a2']);
  });
});
