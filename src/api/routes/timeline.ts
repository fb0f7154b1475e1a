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

/** Per family the person's latest membership: a child who came back is seen through the current one. */
function lastMemberships(rows: Array<{ household_id: string; since: string; until: string | null }>) {
  const latest = new Map<string, { household_id: string; since: string; until: string | null }>();
  for (const row of rows) {
    const known = latest.get(row.household_id);
    if (!known || (known.until !== null && (row.until === null || row.until > known.until))) latest.set(row.household_id, row);
  }
  return [...latest.values()];
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
      // Through every family of the person that the user may see; a family they left opens only their time there.
      const memberships = await tx.selectFrom('household_members').select(['household_id', 'since', 'until']).where('person_id', '=', request.params.id)
        .where('household_id', 'in', visibleHouseholdIds(tx, user)).execute();
      authorize(canOnPerson(user, memberships.length > 0, 'readTimeline'), 'not_found', { personIds: [request.params.id] });
      const data = applyFilters(await loadPersonTimeline(tx, request.params.id, { userId: user.id, organisationId: user.organisationId }, lastMemberships(memberships)), request.query);
      await audit(tx, actorOf(request), { action: 'person_timeline.read', purpose: 'care coordination', personIds: [request.params.id], householdIds: [...new Set(data.map((i) => i.householdId))], checks: checksFor('involved') });
      return { data };
    });
  });
};
