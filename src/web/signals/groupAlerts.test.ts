import { describe, expect, it } from 'vitest';
import type { AlertView } from '../../api/contract.ts';
import { groupAlerts } from './groupAlerts.ts';

const alert = (id: string, householdId: string, householdName: string, rule: string, severity: string): AlertView => ({
  id, householdId, householdName, source: 'pattern', rule, variant: null, severity, explanation: { nl: id, en: id }, eventIds: [], personIds: [],
  firstSeenAt: '2026-11-01T10:00:00.000Z', acknowledged: null, notes: [], can: { acknowledge: true, addNote: true },
} as unknown as AlertView);

describe('the inbox groups and orders alerts', () => {
  it('puts the family with the most severe alert first, then by name', () => {
    const families = groupAlerts([
      alert('a1', 'A', 'Gezin Aalders', 'care_avoidance', 'medium'),
      alert('b1', 'B', 'Gezin Bakker', 'repeated_domestic_violence', 'high'),
      alert('c1', 'C', 'Gezin Claes', 'care_avoidance', 'medium'),
    ]);
    expect(families.map((f) => f.name)).toEqual(['Gezin Bakker', 'Gezin Aalders', 'Gezin Claes']);
  });

  it('says the same pattern of one family once, with each case under it, the most severe kind first', () => {
    const [family] = groupAlerts([
      alert('x1', 'X', 'Gezin Yilmaz', 'child_out_of_view', 'medium'),
      alert('x2', 'X', 'Gezin Yilmaz', 'child_out_of_view', 'medium'),
      alert('x3', 'X', 'Gezin Yilmaz', 'crisis_after_crisis', 'high'),
    ]);
    expect(family!.groups.map((g) => [g.rule, g.alerts.map((a) => a.id)])).toEqual([
      ['crisis_after_crisis', ['x3']],
      ['child_out_of_view', ['x1', 'x2']],
    ]);
  });
});
