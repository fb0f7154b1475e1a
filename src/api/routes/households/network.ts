import { randomUUID } from 'node:crypto';
import { audit } from '../../../audit/write.ts';
import { today } from '../../../clock.ts';
import { actorOf } from '../../auth/sessionUser.ts';
import { idParam, networkBody } from '../../contract.ts';
import type { Routes } from '../index.ts';
import { inHousehold } from './inHousehold.ts';

export const networkRoutes: Routes = (app, deps) => {
  app.post('/households/:id/network', {
    schema: { params: idParam, body: networkBody, tags: ['households'], summary: 'Add someone from the informal network (grandmother, neighbour, coach)' },
    config: { policy: 'household.addNetwork' },
  }, async (request, reply) => {
    const { name, relation, doesWhat, contact } = request.body;
    const result = await inHousehold(deps, request, request.params.id, 'addNetwork', async ({ tx, checks }) => {
      const id = randomUUID();
      await tx.insertInto('network_members').values({
        household_id: request.params.id, id, name, relation, does_what: doesWhat ?? '', contact: contact ?? '', since: today(),
      }).execute();
      await audit(tx, actorOf(request), { action: 'network.add', purpose: 'care coordination', householdIds: [request.params.id], checks });
      return { id };
    });
    return reply.status(201).send(result);
  });
};
