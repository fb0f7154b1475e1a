import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { auditSubjectQuery, type AuditSubject } from '../contract.ts';
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
