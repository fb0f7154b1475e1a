import { z } from 'zod';
import { audit } from '../../audit/write.ts';
import { visibleHouseholdIds } from '../../db/queries/access.ts';
import { loadHouseholdTimeline, loadPersonTimeline } from '../../db/queries/timeline.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { idParam, timelineQuery, type TimelineItem } from '../contract.ts';
import { canOnPerson } from '../policies/person.ts';
import { authorize } from '../policies/policy.ts';
import { checksFor, inHousehold } from './households/inHousehold.ts';
import type { Routes } from './index.ts';

type Filters = z.infer<typeof timelineQuery>;

function applyFilters(items: TimelineItem[], filters: Filters): TimelineItem[] {
  const types = filters.types?.split(',').filter(Boolean);
  const kinds = filters.kinds?.split(',').filter(Boolean);
  return items.filter((item) =>
    (!types || types.includes(item.type)) && (!kinds || (item.kind !== null && item.type === 'signal' && kinds.includes(item.kind)))
    && (!filters.personId || item.personIds.length === 0 || item.personIds.includes(filters.personId))
    && (!filters.from || item.date >= filters.from) && (!filters.to || item.date <= filters.to));
}

export const timelineRoutes: Routes = (app, deps) => {
  app.get('/households/:id/timeline', {
    schema: { params: idParam, querystring: timelineQuery, tags: ['signals'], summary: 'One merged, filterable timeline of the family' },
    config: { policy: 'household.readTimeline' },
  }, async (request) => inHousehold(deps, request, request.params.id, 'readTimeline', async ({ tx, user, checks }) => {
    const data = applyFilters(await loadHouseholdTimeline(tx, request.params.id, { userId: user.id, organisationId: user.organisationId }), request.query);
    await audit(tx, actorOf(request), { action: 'timeline.read', purpose: 'care coordination', householdIds: [request.params.id], personIds: data.flatMap((i) => i.personIds), checks });
    return { data };
  }));

  app.get('/persons/:id/timeline', {
    schema: { params: idParam, querystring: timelineQuery, tags: ['signals'], summary: "A person's history across every household they belonged to" },
    config: { policy: 'person.readTimeline' },
  }, async (request) => {
    const user = requireUser(request);
    return deps.db.transaction().execute(async (tx) => {
      const membership = await tx.selectFrom('household_members').select('household_id').where('person_id', '=', request.params.id)
        .where('household_id', 'in', visibleHouseholdIds(tx, user)).executeTakeFirst();
      authorize(canOnPerson(user, Boolean(membership), 'readTimeline'), 'not_found', { personIds: [request.params.id] });
      const data = applyFilters(await loadPersonTimeline(tx, request.params.id, { userId: user.id, organisationId: user.organisationId }), request.query);
      await audit(tx, actorOf(request), { action: 'person_timeline.read', purpose: 'care coordination', personIds: [request.params.id], householdIds: [...new Set(data.map((i) => i.householdId))], checks: checksFor('involved') });
      return { data };
    });
  });
};
