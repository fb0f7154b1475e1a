import { describe, expect, it } from 'vitest';
import { resolvePatternConfig } from './config.ts';
import { repeatedDomesticViolence } from './repeatedDomesticViolence.ts';
import { buildEvent, buildHousehold, runRule } from './testFactories.ts';

const run = (events: Parameters<typeof runRule>[1], config?: Parameters<typeof runRule>[3]) =>
  runRule(repeatedDomesticViolence, events, buildHousehold(), config);

describe('repeated domestic-violence reports or police call-outs', () => {
  it('alerts on two reports exactly 12 months apart', () => {
    const alerts = run([buildEvent('e1', 'police_call_out', '2025-01-15'), buildEvent('e2', 'report_to_safe_at_home', '2026-01-15')]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'repeated_domestic_violence', severity: 'high', eventIds: ['e1', 'e2'] });
  });

  it('stays quiet when the second report is one day outside the 12 months', () => {
    expect(run([buildEvent('e1', 'police_call_out', '2025-01-15'), buildEvent('e2', 'police_call_out', '2026-01-16')])).toEqual([]);
  });

  it('stays quiet on a single report', () => {
    expect(run([buildEvent('e1', 'adult_domestic_violence', '2026-01-15')])).toEqual([]);
  });

  it('counts a police call-out and a Veilig Thuis report of the same day as one occasion', () => {
    expect(run([buildEvent('e1', 'police_call_out', '2026-01-15'), buildEvent('e2', 'report_to_safe_at_home', '2026-01-15')])).toEqual([]);
  });

  it('ignores signals that are not reports of violence', () => {
    expect(run([buildEvent('e1', 'adult_debts', '2026-01-15'), buildEvent('e2', 'crisis_placement', '2026-02-15')])).toEqual([]);
  });

  it('explains the count, the period and every event it rests on', () => {
    const [alert] = run([
      buildEvent('e1', 'police_call_out', '2025-01-12'),
      buildEvent('e2', 'report_to_safe_at_home', '2025-06-03'),
      buildEvent('e3', 'adult_domestic_violence', '2025-12-03', { personIds: ['a1', 'a2'] }),
    ]);
    expect(alert?.explanation.nl).toBe('3 meldingen van huiselijk geweld of politie-inzet binnen 11 maanden: '
      + '12-01-2025 Politie-inzet bij het gezin; 03-06-2025 Melding bij Veilig Thuis; 03-12-2025 Huiselijk geweld tussen volwassenen.');
    expect(alert?.explanation.en).toMatch(/^3 domestic-violence reports or police call-outs within 11 months: 2025-01-12 Police call-out/);
    expect(alert?.personIds).toEqual(['a1', 'a2']);
  });

  it('keeps a past cluster visible, because the window runs from each report, not from today', () => {
    expect(run([buildEvent('e1', 'police_call_out', '2021-03-01'), buildEvent('e2', 'police_call_out', '2021-05-01')])).toHaveLength(1);
  });

  it('joins overlapping windows into one alert and says what held each time', () => {
    const alerts = run(['2024-01-01', '2024-11-01', '2025-09-01'].map((date, i) => buildEvent(`e${i}`, 'police_call_out', date)));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.eventIds).toEqual(['e0', 'e1', 'e2']);
    expect(alerts[0]?.explanation.nl).toContain('binnen 20 maanden (telkens minstens 2 binnen 12 maanden)');
  });

  it('gives separate clusters separate alerts', () => {
    const alerts = run(['2022-01-01', '2022-02-01', '2025-01-01', '2025-02-01'].map((date, i) => buildEvent(`e${i}`, 'police_call_out', date)));
    expect(alerts.map((alert) => alert.eventIds)).toEqual([['e0', 'e1'], ['e2', 'e3']]);
  });

  it('follows a configured threshold', () => {
    const events = [buildEvent('e1', 'police_call_out', '2026-01-01'), buildEvent('e2', 'police_call_out', '2026-02-01')];
    expect(run(events, resolvePatternConfig({ repeatedDomesticViolence: { threshold: 3 } }))).toEqual([]);
  });
});
