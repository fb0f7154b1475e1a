import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { nameIdentity } from '../../domain/matching.ts';
import type { Database } from '../schema.ts';

/**
 * Earlier records of the same person: other families where someone with the same citizen number (or,
 * without one, the same name and birth date) is or was a member. Never shown to the one who asks.
 */
export async function earlierRecordsOf(tx: Transaction<Database>, householdId: string, personId: string) {
  const person = await tx.selectFrom('persons').select(['first_name', 'last_name', 'birth_date', 'bsn_hash']).where('id', '=', personId).executeTakeFirstOrThrow();
  const candidates = await tx.selectFrom('persons as p').innerJoin('household_members as m', 'm.person_id', 'p.id')
    .select(['m.household_id', 'p.id as person_id', 'p.first_name', 'p.last_name', 'p.birth_date', 'p.bsn_hash'])
    .where('m.household_id', '!=', householdId)
    // The same citizen number; or, where either side has none, the same name and birth date (as matching does).
    .where((eb) => eb.or([
      ...(person.bsn_hash ? [eb('p.bsn_hash', '=', person.bsn_hash)] : []),
      eb.and([eb(eb.fn('lower', ['p.last_name']), '=', person.last_name.toLowerCase()), eb('p.birth_date', '=', person.birth_date),
        ...(person.bsn_hash ? [eb('p.bsn_hash', 'is', null)] : [])]),
    ]))
    .execute();
  const wanted = nameIdentity(person.first_name, person.last_name, person.birth_date);
  const seen = new Set<string>();
  return candidates
    .filter((c) => (person.bsn_hash && c.bsn_hash === person.bsn_hash) || nameIdentity(c.first_name, c.last_name, c.birth_date) === wanted)
    .filter((c) => (seen.has(`${c.household_id}/${c.person_id}`) ? false : (seen.add(`${c.household_id}/${c.person_id}`), true)))
    .map((c) => ({ householdId: c.household_id, personId: c.person_id }));
}

/** The request itself, before anything is looked up: the same work whether or not an earlier family exists. */
export async function insertHistoryRequest(tx: Transaction<Database>, request: { householdId: string; personId: string; requestedBy: string; reason: string }): Promise<string> {
  const batchId = randomUUID();
  await tx.insertInto('history_requests').values({
    household_id: request.householdId, id: randomUUID(), batch_id: batchId, person_id: request.personId, source_household_id: null, source_person_id: null,
    requested_by: request.requestedBy, reason: request.reason,
  }).execute();
  return batchId;
}

/** The request, sent on to each earlier family found (looked up after the one who asked has had the answer). */
export async function routeHistoryRequest(tx: Transaction<Database>, batchId: string, sources: Array<{ householdId: string; personId: string }>) {
  const anchor = await tx.selectFrom('history_requests').select(['household_id', 'person_id', 'requested_by', 'reason']).where('batch_id', '=', batchId)
    .where('source_household_id', 'is', null).executeTakeFirstOrThrow();
  if (sources.length === 0) return;
  await tx.insertInto('history_requests').values(sources.map((source) => ({
    household_id: anchor.household_id, id: randomUUID(), batch_id: batchId, person_id: anchor.person_id,
    source_household_id: source.householdId, source_person_id: source.personId, requested_by: anchor.requested_by, reason: anchor.reason,
  }))).execute();
}

export interface IncomingRequestRow {
  id: string; household_id: string; person_id: string; source_person_id: string; requested_at: Date; reason: string; status: string;
  decided_at: Date | null; decision_note: string | null; decided_by_name: string | null;
  requester_name: string; requester_email: string; requester_phone: string | null; requester_organisation: string; requester_organisation_phone: string | null;
  asking_municipality: string; entered_first_name: string; entered_last_name: string; entered_birth_date: string; bsn_matches: boolean;
  child_first_name: string; child_last_name: string; child_birth_date: string; child_left_on: string | null;
}

/** Requests for this family's records about a child, with who asks and what they entered, for its regisseur. */
export async function incomingHistoryRequests(db: Kysely<Database>, sourceHouseholdId: string): Promise<IncomingRequestRow[]> {
  const result = await sql<IncomingRequestRow>`
    SELECT r.id, r.household_id, r.person_id, r.source_person_id, r.requested_at, r.reason, r.status, r.decided_at, r.decision_note, d.name AS decided_by_name,
           u.name AS requester_name, u.email AS requester_email, u.phone AS requester_phone, o.name AS requester_organisation, o.phone AS requester_organisation_phone,
           h.municipality AS asking_municipality, entered.first_name AS entered_first_name, entered.last_name AS entered_last_name,
           entered.birth_date AS entered_birth_date, (entered.bsn_hash IS NOT NULL AND entered.bsn_hash = child.bsn_hash) AS bsn_matches,
           child.first_name AS child_first_name, child.last_name AS child_last_name, child.birth_date AS child_birth_date,
           (SELECT max(m.until) FROM household_members m WHERE m.household_id = r.source_household_id AND m.person_id = r.source_person_id
              AND NOT EXISTS (SELECT 1 FROM household_members c WHERE c.household_id = m.household_id AND c.person_id = m.person_id AND c.until IS NULL)) AS child_left_on
    FROM history_requests r
    JOIN users u ON u.id = r.requested_by JOIN organisations o ON o.id = u.organisation_id
    JOIN households h ON h.id = r.household_id
    JOIN persons entered ON entered.id = r.person_id JOIN persons child ON child.id = r.source_person_id
    LEFT JOIN users d ON d.id = r.decided_by
    WHERE r.source_household_id = ${sourceHouseholdId}
      -- The same child asked for twice by the same family: shown once, the newest.
      AND NOT EXISTS (SELECT 1 FROM history_requests later WHERE later.source_household_id = r.source_household_id AND later.household_id = r.household_id
        AND later.person_id = r.person_id AND later.source_person_id = r.source_person_id AND later.status = r.status AND later.requested_at > r.requested_at)
    ORDER BY r.status = 'pending' DESC, r.requested_at DESC LIMIT 200`.execute(db);
  return result.rows;
}

export interface OutgoingRequestRow {
  batch_id: string; person_id: string; requested_at: Date; reason: string; requested_by_name: string; status: string;
  decided_at: Date | null; decision_note: string | null; decided_by_name: string | null; decided_by_organisation: string | null;
}

/** This family's own requests, one row per earlier family asked (a request that found none has one row too). */
export async function outgoingHistoryRequests(db: Kysely<Database>, householdId: string): Promise<OutgoingRequestRow[]> {
  const result = await sql<OutgoingRequestRow>`
    SELECT r.batch_id, r.person_id, r.requested_at, r.reason, u.name AS requested_by_name, r.status, r.decided_at, r.decision_note,
           d.name AS decided_by_name, o.name AS decided_by_organisation
    FROM history_requests r JOIN users u ON u.id = r.requested_by
    LEFT JOIN users d ON d.id = r.decided_by LEFT JOIN organisations o ON o.id = d.organisation_id
    WHERE r.household_id = ${householdId}
    ORDER BY r.requested_at DESC LIMIT 500`.execute(db);
  return result.rows;
}

/** A request this family's regisseur may decide, locked; undefined when there is none (or it was decided). */
export async function pendingIncomingRequest(tx: Transaction<Database>, sourceHouseholdId: string, requestId: string) {
  return tx.selectFrom('history_requests').select(['household_id', 'id', 'person_id', 'source_person_id', 'requested_by'])
    .where('source_household_id', '=', sourceHouseholdId).where('id', '=', requestId).where('status', '=', 'pending')
    .forUpdate().executeTakeFirst();
}

/** The decision, for this request and for any other still open for the same child from the same family (asked twice). */
export async function recordHistoryDecision(tx: Transaction<Database>, request: { householdId: string; personId: string; sourceHouseholdId: string; sourcePersonId: string }, decision: {
  status: 'accepted' | 'declined'; decidedBy: string; note: string;
}) {
  await tx.updateTable('history_requests').set({ status: decision.status, decided_by: decision.decidedBy, decided_at: sql`now()`, decision_note: decision.note })
    .where('household_id', '=', request.householdId).where('person_id', '=', request.personId)
    .where('source_household_id', '=', request.sourceHouseholdId).where('source_person_id', '=', request.sourcePersonId)
    .where('status', '=', 'pending').execute();
}

/** The day the child last left the earlier family, or null while it still belongs to it. */
export async function leftOn(tx: Transaction<Database>, householdId: string, personId: string): Promise<string | null> {
  const rows = await tx.selectFrom('household_members').select('until').where('household_id', '=', householdId).where('person_id', '=', personId).execute();
  if (rows.length === 0 || rows.some((row) => row.until === null)) return null;
  return rows.map((row) => row.until!).sort().at(-1)!;
}

/** Who decides for a family now: the regisseur, or the professional supporting a family member who leads. */
export async function deciderAddresses(tx: Transaction<Database>, householdIds: readonly string[]) {
  if (householdIds.length === 0) return [];
  return tx.selectFrom('directions as d').innerJoin('users as u', (join) => join.on(sql<boolean>`u.id = coalesce(d.user_id, d.supported_by_user_id)`))
    .select(['d.household_id', 'u.id', 'u.email', 'u.name']).where('d.household_id', 'in', [...householdIds]).where('d.until', 'is', null)
    .where('u.disabled', '=', false).execute();
}
