import type { Transaction } from 'kysely';
import { audit } from '../../audit/write.ts';
import { contextFrom, matchesOf } from '../../db/queries/matching.ts';
import type { Database } from '../../db/schema.ts';
import { listedMatches } from '../../domain/matching.ts';
import { RondomError } from '../../errors.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { coordinateBody, idParam, type MatchView } from '../contract.ts';
import { canOnMatch } from '../policies/match.ts';
import { authorize } from '../policies/policy.ts';
import { checksFor } from './households/inHousehold.ts';
import type { Routes } from './index.ts';

export const matchRoutes: Routes = (app, deps) => {
  app.get('/matches', {
    schema: { tags: ['matching'], summary: 'My matches: who else, in another organisation, has a concern about the same person — contact details only' },
    config: { policy: 'match.list' },
  }, async (request) => {
    const user = requireUser(request);
    authorize(canOnMatch(user, 'list'), 'forbidden');
    return deps.db.transaction().execute(async (tx) => {
      const data = await listFor(tx, user.id);
      await audit(tx, actorOf(request), { action: 'match.list', purpose: 'matching', personIds: [...new Set(data.map((m) => m.mine.personId))], checks: checksFor('involved') });
      return { data };
    });
  });

  app.post('/matches/:id/coordinate', {
    schema: { params: idParam, body: coordinateBody, tags: ['matching'], summary: 'Agree who is the central contact and mark the match as coordinated' },
    config: { policy: 'match.coordinate' },
  }, async (request) => {
    const user = requireUser(request);
    return deps.db.transaction().execute(async (tx) => {
      const match = await tx.selectFrom('matches').select(['id', 'user_a', 'user_b']).where('id', '=', request.params.id).executeTakeFirst();
      authorize(match !== undefined && canOnMatch(user, 'coordinate', match.user_a === user.id || match.user_b === user.id), 'not_found', { details: { matchId: request.params.id } });
      const { centralContactUserId } = request.body;
      if (centralContactUserId !== match.user_a && centralContactUserId !== match.user_b) {
        throw new RondomError('INVALID_REFERENCE', 'The central contact is one of the two matched professionals', [{ path: 'centralContactUserId', message: 'Not a party to this match' }]);
      }
      // The agreement covers the matches folded under this one in the caller's list: one professional, one person.
      const folded = (await listFor(tx, user.id)).find((m) => m.id === match.id)?.folded.map((m) => m.id) ?? [];
      await tx.updateTable('matches').set({ central_contact_user_id: centralContactUserId, coordinated_at: new Date() }).where('id', 'in', [match.id, ...folded]).execute();
      await audit(tx, actorOf(request), { action: 'match.coordinate', purpose: 'matching', checks: checksFor('involved'), details: { matchId: match.id, foldedMatchIds: folded, centralContactUserId } });
      return { id: match.id };
    });
  });
};

/** The caller's matches as the list shows them: without colleagues, folded (src/domain/matching.ts). */
async function listFor(tx: Transaction<Database>, userId: string): Promise<MatchView[]> {
  const rows = await matchesOf(tx, userId);
  return listedMatches(rows, contextFrom(rows.map((row) => row.facts))).map(({ match, folded }) => ({
    id: match.id, basis: match.basis, since: match.since, coordinatedAt: match.coordinatedAt, centralContact: match.centralContact, other: match.other,
    mine: { householdId: match.mine.householdId, personId: match.mine.personId },
    folded: folded.map((m) => ({ id: m.id, basis: m.basis, since: m.since, coordinatedAt: m.coordinatedAt })),
  }));
}
