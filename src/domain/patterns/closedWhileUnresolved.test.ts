import { describe, expect, it } from 'vitest';
import { closedWhileUnresolved } from './closedWhileUnresolved.ts';
import { buildEvent, buildHousehold, runRule, TODAY } from './testFactories.ts';

const nobodyLeads = buildHousehold({ hasRegisseur: false });
const run = (events: Parameters<typeof runRule>[1], context = nobodyLeads) => runRule(closedWhileUnresolved, events, context);
// TODAY is 2026-06-30: the closure window starts 2025-06-30, the adult-problem window 2024-06-30.

describe('closed while unresolved', () => {
  it('alerts when Veilig Thuis closed exactly 12 months ago while an adult problem remains and nobody leads', () => {
    const alerts = run([buildEvent('p1', 'adult_mental_health', '2025-03-01'), buildEvent('c1', 'safe_at_home_closed', '2025-06-30')]);
    expect(TODAY).toBe('2026-06-30');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'closed_while_unresolved', severity: 'high', eventIds: ['p1', 'c1'] });
    expect(alerts[0]?.explanation.nl).toBe('Afgesloten terwijl de problemen blijven, en niemand heeft de regie. '
      + 'Afgesloten: 30-06-2025 Veilig Thuis heeft het onderzoek afgesloten. Problemen bij volwassenen: 01-03-2025 Psychische problemen.');
  });

  it('stays quiet when the closure was one day more than 12 months ago', () => {
    expect(run([buildEvent('p1', 'adult_mental_health', '2025-03-01'), buildEvent('c1', 'safe_at_home_closed', '2025-06-29')])).toEqual([]);
  });

  it('counts an adult problem exactly 24 months ago but not one day earlier', () => {
    const closed = buildEvent('c1', 'help_ended', '2026-01-10');
    expect(run([buildEvent('p1', 'adult_debts', '2024-06-30'), closed])).toHaveLength(1);
    expect(run([buildEvent('p1', 'adult_debts', '2024-06-29'), closed])).toEqual([]);
  });

  it('counts adult problems registered after the closure as remaining too', () => {
    expect(run([buildEvent('c1', 'help_ended', '2026-01-10'), buildEvent('p1', 'adult_addiction', '2026-03-01')])).toHaveLength(1);
  });

  it('stays quiet while someone holds direction', () => {
    const events = [buildEvent('p1', 'adult_addiction', '2026-01-01'), buildEvent('c1', 'safe_at_home_closed', '2026-02-01')];
    expect(run(events, buildHousehold({ hasRegisseur: true }))).toEqual([]);
  });

  it('stays quiet without adult problems, or without a closure', () => {
    expect(run([buildEvent('c1', 'safe_at_home_closed', '2026-02-01'), buildEvent('x', 'child_withdrawn', '2026-01-01')])).toEqual([]);
    expect(run([buildEvent('p1', 'adult_addiction', '2026-01-01'), buildEvent('h', 'help_declined', '2026-02-01')])).toEqual([]);
  });
});
