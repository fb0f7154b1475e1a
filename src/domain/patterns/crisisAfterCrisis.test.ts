import { describe, expect, it } from 'vitest';
import { crisisAfterCrisis } from './crisisAfterCrisis.ts';
import { buildEvent, runRule } from './testFactories.ts';

const run = (events: Parameters<typeof runRule>[1]) => runRule(crisisAfterCrisis, events);

describe('crisis after crisis', () => {
  it('alerts on three incidents with the last exactly 12 months after the first', () => {
    const alerts = run([
      buildEvent('e1', 'crisis_placement', '2025-03-31'),
      buildEvent('e2', 'police_call_out', '2025-09-01'),
      buildEvent('e3', 'report_to_safe_at_home', '2026-03-31'),
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'crisis_after_crisis', eventIds: ['e1', 'e2', 'e3'] });
    expect(alerts[0]?.explanation.nl).toMatch(/^Crisis na crisis — 3 incidenten binnen 12 maanden: 31-03-2025 Crisisplaatsing/);
  });

  it('stays quiet when the third incident is one day outside the 12 months', () => {
    expect(run([
      buildEvent('e1', 'crisis_placement', '2025-03-31'),
      buildEvent('e2', 'police_call_out', '2025-09-01'),
      buildEvent('e3', 'report_to_safe_at_home', '2026-04-01'),
    ])).toEqual([]);
  });

  it('stays quiet on two incidents', () => {
    expect(run([buildEvent('e1', 'crisis_placement', '2026-01-01'), buildEvent('e2', 'crisis_placement', '2026-02-01')])).toEqual([]);
  });

  it('does not count a Veilig Thuis closure as a crisis', () => {
    expect(run([
      buildEvent('e1', 'crisis_placement', '2026-01-01'),
      buildEvent('e2', 'police_call_out', '2026-02-01'),
      buildEvent('e3', 'safe_at_home_closed', '2026-03-01'),
    ])).toEqual([]);
  });

  it('mentions same-day registrations without counting them twice', () => {
    const alerts = run([
      buildEvent('e1', 'police_call_out', '2026-01-01'),
      buildEvent('e2', 'report_to_safe_at_home', '2026-01-01'),
      buildEvent('e3', 'police_call_out', '2026-02-01'),
      buildEvent('e4', 'crisis_placement', '2026-03-01'),
    ]);
    expect(alerts[0]?.explanation.nl).toContain('4 incidenten op 3 verschillende dagen binnen 2 maanden');
  });
});
