import { sql } from 'kysely';
import { audit } from '../../audit/write.ts';
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
      const rows = await tx.selectFrom('matches as m')
        .innerJoin('match_entries as mine', (join) => join.on(sql<boolean>`mine.id = CASE WHEN m.user_a = ${user.id} THEN m.entry_a ELSE m.entry_b END`))
        .innerJoin('match_entries as theirs', (join) => join.on(sql<boolean>`theirs.id = CASE WHEN m.user_a = ${user.id} THEN m.entry_b ELSE m.entry_a END`))
        .innerJoin('users as u', 'u.id', 'theirs.user_id').innerJoin('organisations as o', 'o.id', 'theirs.organisation_id')
        .leftJoin('users as cc', 'cc.id', 'm.central_contact_user_id')
        .select(['m.id', 'm.basis', 'm.created_at', 'm.coordinated_at', 'm.central_contact_user_id', 'cc.name as central_contact_name',
          'theirs.user_id', 'u.name', 'u.email', 'u.phone', 'o.name as organisation_name', 'o.kind as organisation_kind', 'o.phone as organisation_phone',
          'mine.household_id', 'mine.person_id'])
        .where((eb) => eb.or([eb('m.user_a', '=', user.id), eb('m.user_b', '=', user.id)]))
        // An expired entry no longer matches: its matches disappear from both lists.
        .where('mine.expires_on', '>', sql<string>`current_date`).where('theirs.expires_on', '>', sql<string>`current_date`)
        .orderBy('m.created_at', 'desc').execute();
      const data: MatchView[] = rows.map((row) => ({
        id: row.id, basis: row.basis as MatchView['basis'], since: new Date(row.created_at).toISOString(),
        coordinatedAt: row.coordinated_at ? new Date(row.coordinated_at).toISOString() : null,
        centralContact: row.central_contact_user_id ? { userId: row.central_contact_user_id, name: row.central_contact_name ?? '' } : null,
        other: { userId: row.user_id, name: row.name, email: row.email, phone: row.phone, organisationName: row.organisation_name, organisationKind: row.organisation_kind, organisationPhone: row.organisation_phone },
        mine: { householdId: row.household_id, personId: row.person_id },
      }));
      await audit(tx, actorOf(request), { action: 'match.list', purpose: 'matching', personIds: data.map((m) => m.mine.personId), checks: checksFor('involved') });
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
      await tx.updateTable('matches').set({ central_contact_user_id: centralContactUserId, coordinated_at: new Date() }).where('id', '=', match.id).execute();
      await audit(tx, actorOf(request), { action: 'match.coordinate', purpose: 'matching', checks: checksFor('involved'), details: { matchId: match.id, centralContactUserId } });
      return { id: match.id };
    });
  });
};
