import type { AlertView } from '../../api/contract.ts';

const severityRank: Record<string, number> = { high: 3, medium: 2, low: 1 };
const rankOf = (alert: AlertView) => severityRank[alert.severity] ?? 0;

export interface AlertGroup { rule: string; severity: string; alerts: AlertView[] }
export interface FamilyAlerts { id: string; name: string; groups: AlertGroup[]; rank: number }

/**
 * Families by what needs action first (the most severe alert), and within a family alerts of the same kind and
 * severity said once, with each one's explanation under it (one per child, for example).
 */
export function groupAlerts(alerts: AlertView[]): FamilyAlerts[] {
  const families = new Map<string, FamilyAlerts>();
  for (const alert of alerts) {
    const family = families.get(alert.householdId) ?? { id: alert.householdId, name: alert.householdName ?? '', groups: [], rank: 0 };
    families.set(alert.householdId, family);
    family.rank = Math.max(family.rank, rankOf(alert));
    const group = family.groups.find((g) => g.rule === alert.rule && g.severity === alert.severity);
    if (group) group.alerts.push(alert);
    else family.groups.push({ rule: alert.rule, severity: alert.severity, alerts: [alert] });
  }
  for (const family of families.values()) family.groups.sort((a, b) => (severityRank[b.severity] ?? 0) - (severityRank[a.severity] ?? 0));
  return [...families.values()].sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name, 'nl'));
}
