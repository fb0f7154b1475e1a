import { sql } from 'kysely';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { auditQuery, auditSubjectQuery, type AuditSubject } from '../contract.ts';
import { hashBsn } from '../../db/bsnHash.ts';
import { isValidBsn } from '../../domain/bsn.ts';
import { RondomError } from '../../errors.ts';
import { canOnAudit } from '../policies/audit.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';
import { z } from 'zod';
import { loadAccountChangeEvents } from '../../db/queries/accountChangeEvents.ts';
import { widensAccess, type AccountChanges } from '../../domain/accountChanges.ts';
import type { AccountChangeView } from '../contract.ts';

const accountChangesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).optional(), userId: z.uuid().optional() });
const alwaysWidening = new Set(['user.reactivate', 'identity_provider.propose', 'identity_provider.set']);

export const auditRoutes: Routes = (app, deps) => {
  app.get('/audit/subjects', {
    schema: { querystring: auditSubjectQuery, tags: ['audit'], summary: 'Find the person a privacy request is about (citizen number, or last name and birth date)' },
    config: { policy: 'audit.query' },
  }, async (request) => {
    authorize(canOnAudit(requireUser(request), 'query'), 'forbidden');
    const query = request.query;
    if ('bsn' in query && !isValidBsn(query.bsn)) {
      throw new RondomError('VALIDATION_FAILED', 'Not a valid citizen service number (BSN)', [{ path: 'bsn', message: 'Fails the eleven-test' }]);
    }
    return deps.db.transaction().execute(async (tx) => {
      const rows = await tx.selectFrom('persons').select(['id', 'first_name', 'last_name', 'birth_date', 'bsn_last3'])
        .where((eb) => 'bsn' in query
          ? eb('bsn_hash', '=', hashBsn(deps.secrets.bsnKey, query.bsn))
          : eb.and([eb(eb.fn('lower', ['last_name']), '=', query.lastName.toLowerCase()), eb('birth_date', '=', query.birthDate)]))
        .orderBy('last_name').orderBy('first_name').limit(50).execute();
      const data: AuditSubject[] = rows.map((row) => ({ personId: row.id, firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date, bsnLast3: row.bsn_last3 }));
      await audit(tx, actorOf(request), { action: 'audit.subject_lookup', purpose: 'privacy review', personIds: data.map((s) => s.personId), checks: systemChecks, details: 'bsn' in query
        ? { by: 'bsn', bsnHash: hashBsn(deps.secrets.bsnKey, query.bsn) }
        : { by: 'name_and_birth_date', lastName: query.lastName, birthDate: query.birthDate } });
      return { data };
    });
  });

  app.get('/audit', {
    schema: { querystring: auditQuery, tags: ['audit'], summary: 'Who looked at this child (or household), and when — for the privacy officer' },
    config: { policy: 'audit.query' },
  }, async (request) => {
    authorize(canOnAudit(requireUser(request), 'query'), 'forbidden');
    const { personId, householdId, limit } = request.query;
    return deps.db.transaction().execute(async (tx) => {
      let query = tx.selectFrom('audit_events as e').leftJoin('users as u', 'u.id', 'e.user_id').leftJoin('organisations as o', 'o.id', 'e.organisation_id')
        .select(['e.seq', 'e.occurred_at', 'e.user_id', 'u.name as user_name', 'u.email as user_email', 'e.user_roles', 'o.name as organisation_name',
          'e.ip', 'e.session_id', 'e.action_code', 'e.action', 'e.purpose', 'e.outcome', 'e.household_ids', 'e.person_ids', 'e.checks'])
        .orderBy('e.seq', 'desc').limit(limit ?? 200);
      if (personId) query = query.where(sql<boolean>`e.person_ids @> ARRAY[${personId}]::uuid[]`);
      if (householdId) query = query.where(sql<boolean>`e.household_ids @> ARRAY[${householdId}]::uuid[]`);
      const rows = await query.execute();
      await audit(tx, actorOf(request), {
        action: 'audit.query', purpose: 'privacy review', personIds: personId ? [personId] : [], householdIds: householdId ? [householdId] : [], checks: systemChecks,
      });
      return {
        data: rows.map((row) => ({
          seq: row.seq, occurredAt: new Date(row.occurred_at).toISOString(), userId: row.user_id, userName: row.user_name, userEmail: row.user_email,
          roles: row.user_roles, organisationName: row.organisation_name, ip: row.ip, sessionId: row.session_id, actionCode: row.action_code,
          action: row.action, purpose: row.purpose, outcome: row.outcome, householdIds: row.household_ids, personIds: row.person_ids, checks: row.checks,
        })),
      };
    });
  });

  app.get('/audit/account-changes', {
    schema: { querystring: accountChangesQuery, tags: ['audit'], summary: 'Who created, changed, deactivated or activated which account — role and team changes first of all (privacy officer)' },
    config: { policy: 'audit.query' },
  }, async (request): Promise<{ data: AccountChangeView[] }> => {
    authorize(canOnAudit(requireUser(request), 'query'), 'forbidden');
    return deps.db.transaction().execute(async (tx) => {
      const rows = await loadAccountChangeEvents(tx, { limit: request.query.limit ?? 200, ...(request.query.userId ? { userId: request.query.userId } : {}) });
      await audit(tx, actorOf(request), { action: 'audit.account_changes', purpose: 'privacy review', checks: systemChecks });
      return {
        data: rows.map((row) => {
          const changes = (row.details.changes ?? {}) as AccountChanges;
          const created = row.action === 'user.create' ? (row.details as { roles?: string[]; teamId?: string | null }) : null;
          return {
            seq: String(row.seq), occurredAt: new Date(row.occurred_at).toISOString(), action: row.action,
            actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
            subject: row.subject_id ? { id: row.subject_id, name: row.subject_name ?? '', email: row.subject_email ?? '' } : null,
            details: row.details,
            // Whatever gives an account something to see, or lets someone into an account: a new account, one
            // switched on again, a case role, team lead, a team, another address, a reset second factor, the
            // organisation's identity provider.
            widensAccess: created !== null || alwaysWidening.has(row.action) || widensAccess(changes),
          };
        }),
      };
    });
  });
};
