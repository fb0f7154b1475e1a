import { stringify } from 'csv-stringify/sync';
import { audit } from '../../audit/write.ts';
import { systemChecks } from '../../audit/types.ts';
import { today } from '../../clock.ts';
import { loadAuditEvents, loadAuditRequests, type AuditLogEventRow, type AuditLogFilter, type AuditLogRequestRow } from '../../db/queries/auditLog.ts';
import { RondomError } from '../../errors.ts';
import { actorOf, requireUser } from '../auth/sessionUser.ts';
import { auditExportQuery, auditQuery, type AuditEventView, type AuditLogPage, type AuditRequestView } from '../contract.ts';
import { canOnAudit } from '../policies/audit.ts';
import { authorize } from '../policies/policy.ts';
import type { Routes } from './index.ts';

/** More than this in one file is more than anyone reads; the privacy officer narrows the period instead. */
export const MAX_EXPORT_EVENTS = 100_000;
const EXPORT_PAGE = 5_000;

const iso = (moment: Date | string) => new Date(moment).toISOString();
const filterOf = (query: AuditLogFilter): AuditLogFilter => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));

export const auditLogRoutes: Routes = (app, deps) => {
  app.get('/audit', {
    schema: { querystring: auditQuery, tags: ['audit'], summary: 'The log for the privacy officer: one row per request (a page view or an API call), newest first, filtered by person, family, actor, action and period' },
    config: { policy: 'audit.query' },
  }, async (request): Promise<AuditLogPage> => {
    authorize(canOnAudit(requireUser(request), 'query'), 'forbidden');
    const { cursor, limit = 100, ...query } = request.query;
    const filter = filterOf(query);
    return deps.db.transaction().execute(async (tx) => {
      // One more than asked: whether there is a next page.
      const rows = await loadAuditRequests(tx, filter, { limit: limit + 1, ...(cursor ? { before: cursor } : {}) });
      const page = rows.slice(0, limit);
      await audit(tx, actorOf(request), {
        action: 'audit.query', purpose: 'privacy review', checks: systemChecks,
        personIds: filter.personId ? [filter.personId] : [], householdIds: filter.householdId ? [filter.householdId] : [],
        details: { filter, ...(cursor ? { cursor } : {}) },
      });
      return { data: page.map(presentRequest), nextCursor: rows.length > limit ? page.at(-1)!.last_seq : null };
    });
  });

  app.get('/audit/events.csv', {
    schema: { querystring: auditExportQuery, tags: ['audit'], summary: 'The same log as CSV (one line per event, with the request it belongs to), for the privacy officer; the export is logged' },
    config: { policy: 'audit.export' },
  }, async (request, reply) => {
    authorize(canOnAudit(requireUser(request), 'export'), 'forbidden');
    const filter = filterOf(request.query);
    const csv = await deps.db.transaction().execute(async (tx) => {
      const events: AuditLogEventRow[] = [];
      for (;;) {
        const before = events.at(-1)?.seq;
        const page = await loadAuditEvents(tx, filter, { limit: EXPORT_PAGE, ...(before ? { before: String(before) } : {}) });
        events.push(...page);
        if (events.length > MAX_EXPORT_EVENTS) {
          throw new RondomError('EXPORT_TOO_LARGE', `More than ${MAX_EXPORT_EVENTS} events match; choose a shorter period or a narrower filter`, [], { max: MAX_EXPORT_EVENTS });
        }
        if (page.length < EXPORT_PAGE) break;
      }
      await audit(tx, actorOf(request), {
        action: 'audit.export', purpose: 'privacy review', checks: systemChecks,
        personIds: filter.personId ? [filter.personId] : [], householdIds: filter.householdId ? [filter.householdId] : [],
        details: { filter, events: events.length },
      });
      return toCsv(events);
    });
    return reply.header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="rondom-logboek-${today()}.csv"`)
      .send(csv);
  });
};

const csvColumns = [
  'seq', 'occurred_at', 'request', 'user_id', 'user_name', 'user_email', 'roles', 'organisation', 'ip', 'session',
  'action', 'action_code', 'purpose', 'outcome', 'household_ids', 'person_ids', 'checks',
] as const;

/**
 * One line per event. Every cell that a spreadsheet would take for a formula (= + - @, a tab or a carriage return
 * first) gets a leading apostrophe (`escape_formulas`): names and e-mail addresses are typed by people. A BOM and
 * semicolons, so that a spreadsheet set to Dutch opens it in columns.
 */
export function toCsv(events: AuditLogEventRow[]): string {
  return stringify(events.map((e) => ({
    seq: String(e.seq), occurred_at: iso(e.occurred_at), request: e.view_id ?? e.request_id ?? '', user_id: e.user_id ?? '',
    user_name: e.user_name ?? '', user_email: e.user_email ?? '', roles: e.user_roles.join(' '), organisation: e.organisation_name ?? '',
    ip: e.ip ?? '', session: e.session_id ?? '', action: e.action, action_code: e.action_code, purpose: e.purpose, outcome: e.outcome,
    household_ids: e.household_ids.join(' '), person_ids: e.person_ids.join(' '), checks: JSON.stringify(e.checks),
  })), { header: true, columns: [...csvColumns], delimiter: ';', bom: true, escape_formulas: true, record_delimiter: 'windows' });
}

function presentEvent(e: AuditLogEventRow): AuditEventView {
  return {
    seq: String(e.seq), occurredAt: iso(e.occurred_at), actionCode: e.action_code, action: e.action, purpose: e.purpose, outcome: e.outcome,
    roles: e.user_roles, organisationName: e.organisation_name, ip: e.ip, householdIds: e.household_ids, personIds: e.person_ids, checks: e.checks,
  };
}

function presentRequest(row: AuditLogRequestRow): AuditRequestView {
  const events = row.events.map(presentEvent);
  const last = events.at(-1)!;
  return {
    id: row.last_seq, firstAt: events[0]!.occurredAt, lastAt: last.occurredAt,
    userId: row.user_id, userName: row.user_name, userEmail: row.user_email, sessionId: row.session_id,
    roles: last.roles, organisationName: last.organisationName, ips: [...new Set(events.flatMap((e) => (e.ip ? [e.ip] : [])))],
    events,
  };
}
