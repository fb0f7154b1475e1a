import { sql } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { canOnStatistics } from '../policies/statistics.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';

interface Figures {
  households: number; withRegisseur: number; children: number; childrenWithoutGuardian: number; withoutInvolvement: number;
}

export const statisticsRoutes: Routes = (app, deps) => {
  app.get('/statistics', {
    schema: { tags: ['statistics'], summary: 'Aggregate figures for overseers: how many families have a regisseur, children without a guardian, open alerts by rule, families by escalation level' },
    config: { policy: 'statistics.read' },
  }, async (request) => {
    authorize(canOnStatistics(requireUser(request), 'read'), 'forbidden');
    return deps.db.transaction().execute(async (tx) => {
      const figures = await sql<Figures>`
        SELECT
          (SELECT count(*)::int FROM households WHERE status = 'active') AS households,
          (SELECT count(DISTINCT d.household_id)::int FROM directions d JOIN households h ON h.id = d.household_id WHERE d.until IS NULL AND h.status = 'active') AS "withRegisseur",
          (SELECT count(*)::int FROM household_members m JOIN households h ON h.id = m.household_id
             WHERE h.status = 'active' AND m.role = 'child' AND m.until IS NULL) AS children,
          (SELECT count(*)::int FROM household_members m JOIN households h ON h.id = m.household_id
             WHERE h.status = 'active' AND m.role = 'child' AND m.until IS NULL AND NOT EXISTS (
             SELECT 1 FROM safety_guardians g WHERE g.household_id = m.household_id AND g.child_id = m.person_id AND g.until IS NULL)) AS "childrenWithoutGuardian",
          (SELECT count(*)::int FROM households h WHERE h.status = 'active' AND NOT EXISTS (
             SELECT 1 FROM involvements i WHERE i.household_id = h.id AND (i.until IS NULL OR i.until > current_date))) AS "withoutInvolvement"`.execute(tx);
      const levels = await tx.selectFrom('households').select(['escalation_level', (eb) => eb.fn.countAll<string>().as('count')])
        .where('status', '=', 'active').groupBy('escalation_level').orderBy('escalation_level').execute();
      // Every figure counts the families in view (active), not closed ones kept until the retention term ends.
      const alerts = await tx.selectFrom('household_alerts as a').innerJoin('households as h', 'h.id', 'a.household_id')
        .select(['a.rule as rule', (eb) => eb.fn.countAll<string>().as('open')])
        .where('a.acknowledged_at', 'is', null).where('h.status', '=', 'active').groupBy('a.rule').orderBy('a.rule').execute();
      await audit(tx, actorOf(request), { action: 'statistics.read', purpose: 'oversight', checks: systemChecks });
      return { data: { ...figures.rows[0]!, openAlertsByRule: alerts.map((a) => ({ rule: a.rule, open: Number(a.open) })),
        householdsByEscalationLevel: levels.map((l) => ({ level: l.escalation_level, households: Number(l.count) })) } };
    });
  });
};
