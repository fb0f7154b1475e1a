import { describe, expect, it } from 'vitest';
import { arrivedWithHistory } from './arrivedWithHistory.ts';
import { buildEvent, buildHousehold, runRule } from './testFactories.ts';

// The household lives in Zeist; TODAY is 2026-06-30, so arrivals count from 2024-06-30.
const run = (events: Parameters<typeof runRule>[1], context = buildHousehold()) => runRule(arrivedWithHistory, events, context);
const moveIn = (id: string, date: string, from = 'Utrecht', to: string | undefined = 'Zeist') =>
  buildEvent(id, 'move', date, { details: { fromMunicipality: from, ...(to ? { toMunicipality: to } : {}) } });

describe('arrived with history', () => {
  it('alerts when the household moved in from another municipality with signals from before', () => {
    const alerts = run([buildEvent('s1', 'police_call_out', '2025-01-10'), moveIn('m', '2025-09-01')]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'arrived_with_history', eventIds: ['s1', 'm'] });
    expect(alerts[0]?.explanation.nl).toBe('Op 01-09-2025 verhuisd uit Utrecht naar Zeist, met 1 signaal van daarvoor: 10-01-2025 Politie-inzet bij het gezin.');
  });

  it('counts an arrival exactly 24 months ago but not one day earlier', () => {
    const history = buildEvent('s1', 'child_injury', '2023-01-10');
    expect(run([history, moveIn('m', '2024-06-30')])).toHaveLength(1);
    expect(run([history, moveIn('m', '2024-06-29')])).toEqual([]);
  });

  it('does not count a signal from the day of arrival as history', () => {
    expect(run([buildEvent('s1', 'child_injury', '2025-09-01'), moveIn('m', '2025-09-01')])).toEqual([]);
  });

  it('stays quiet for a move within the municipality or one away from it', () => {
    const history = buildEvent('s1', 'child_injury', '2025-01-10');
    expect(run([history, moveIn('m', '2025-09-01', 'zeist ', 'Zeist')])).toEqual([]);
    expect(run([history, moveIn('m', '2025-09-01', 'Utrecht', 'Amersfoort')])).toEqual([]);
  });

  it('does not count neutral events such as help started or a birth as history', () => {
    expect(run([buildEvent('h', 'help_started', '2025-01-10'), buildEvent('b', 'birth', '2025-02-10'), moveIn('m', '2025-09-01')])).toEqual([]);
  });

  it('uses the arrival from the address history when the timeline has no move', () => {
    const context = buildHousehold({ arrivedFrom: { municipality: 'Utrecht', on: '2025-09-01' } });
    const alerts = run([buildEvent('s1', 'adult_addiction', '2025-01-10')], context);
    expect(alerts[0]?.eventIds).toEqual(['s1']);
  });

  it('accepts a move that names only where the household came from', () => {
    expect(run([buildEvent('s1', 'adult_addiction', '2025-01-10'), moveIn('m', '2025-09-01', 'Utrecht', undefined)])).toHaveLength(1);
  });
});
