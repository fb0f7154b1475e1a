import type { Transaction } from 'kysely';
import { audit } from '../../../audit/write.ts';
import { loadHouseholdDetailRow } from '../../../db/queries/householdDetail.ts';
import { loadGovernance, loadProfessionals } from '../../../db/queries/governance.ts';
import { updateHousehold } from '../../../db/queries/householdUpdate.ts';
import type { Database } from '../../../db/schema.ts';
import { notFound, RondomError } from '../../../errors.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { householdUpdateBody, idParam, type HouseholdDetail, type HouseholdResponse } from '../../contract.ts';
import { householdAbilities, type GovernanceFacts } from '../../policies/household.ts';
import type { Routes } from '../index.ts';
import { inHousehold } from './inHousehold.ts';
import { presentHousehold } from './present.ts';

export const householdDetailRoutes: Routes = (app, deps) => {
  app.get('/households/:id', {
    schema: { params: idParam, tags: ['households'], summary: 'The family page: children first, who is involved, who leads, the five questions' },
    config: { policy: 'household.read' },
  }, async (request): Promise<HouseholdResponse> =>
    inHousehold(deps, request, request.params.id, 'read', async ({ tx, user, relationship, checks }) => {
      const row = await loadHouseholdDetailRow(tx, request.params.id);
      if (!row) throw notFound('Household');
      const data = presentHousehold(row);
      await audit(tx, actorOf(request), {
        action: 'household.read', purpose: 'care coordination', householdIds: [data.id],
        personIds: row.members.map((m) => m.id), checks,
      });
      return { data, can: householdAbilities(user, relationship, await governanceFacts(tx, data)) };
    }));

  app.patch('/households/:id', {
    schema: { params: idParam, body: householdUpdateBody, tags: ['households'], summary: 'Update a household; send the version you read (409 when stale)' },
    config: { policy: 'household.update' },
  }, async (request) =>
    inHousehold(deps, request, request.params.id, 'update', async ({ tx, checks }) => {
      const { version, ...changes } = request.body;
      const updated = await updateHousehold(tx, { id: request.params.id, version, changes });
      if (!updated) throw new RondomError('VERSION_CONFLICT', 'Someone else changed this household since you opened it; reload and try again');
      await audit(tx, actorOf(request), { action: 'household.update', purpose: 'care coordination', householdIds: [updated.id], checks, details: { fields: Object.keys(changes) } });
      return updated;
    }));
};

/** Who leads, whether a measure runs, and the current involvements with their professionals' teams. */
async function governanceFacts(tx: Transaction<Database>, family: HouseholdDetail): Promise<GovernanceFacts> {
  const { measure, current } = await loadGovernance(tx, family.id);
  const active = family.involvements.filter((i) => i.until === null);
  const professionals = await loadProfessionals(tx, active.map((i) => i.userId));
  return {
    measure, current,
    involvements: active.flatMap((i) => { const professional = professionals.get(i.userId); return professional ? [{ id: i.id, professional }] : []; }),
  };
}
