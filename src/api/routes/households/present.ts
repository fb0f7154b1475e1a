import { answerFiveQuestions } from '../../../domain/fiveQuestions.ts';
import type { HouseholdDetailRow } from '../../../db/queries/householdDetail.ts';
import type { DirectionHistoryItem, HouseholdDetail, PersonView, RegisseurView } from '../../contract.ts';

const iso = (value: string | Date) => new Date(value).toISOString();

type DirectionRow = HouseholdDetailRow['directions'][number];

export function presentDirection(row: DirectionRow): DirectionHistoryItem {
  const isUser = row.user_id !== null;
  return {
    id: row.id, kind: isUser ? 'user' : 'person', userId: row.user_id, personId: row.person_id,
    name: isUser ? (row.user_name ?? '') : `${row.person_first_name ?? ''} ${row.person_last_name ?? ''}`.trim(),
    organisationName: isUser ? row.organisation_name : null,
    supportedBy: row.supported_by_user_id ? { userId: row.supported_by_user_id, name: row.supporter_name ?? '' } : null,
    mandate: row.mandate, since: iso(row.since), until: row.until ? iso(row.until) : null, handoverNote: row.handover_note,
    active: !row.holder_deactivated,
  };
}

export function toRegisseur(item: DirectionHistoryItem): RegisseurView {
  const { until: _until, handoverNote: _note, ...regisseur } = item;
  return regisseur;
}

export function presentHousehold(row: HouseholdDetailRow): HouseholdDetail {
  const guardiansOf = (childId: string): PersonView['guardians'] => row.guardians.filter((g) => g.child_id === childId).map((g) =>
    g.user_id
      ? { id: g.id, kind: 'user', name: g.user_name ?? '', detail: g.organisation_name ?? '' }
      : { id: g.id, kind: 'network', name: g.network_name ?? '', detail: g.network_relation ?? '' });
  const people: PersonView[] = row.members.map((m) => ({
    id: m.id, memberId: m.member_id, firstName: m.first_name, lastName: m.last_name, birthDate: m.birth_date, age: m.age, ageInMonths: m.age_in_months,
    role: m.role, relation: m.relation, school: m.school, bsnLast3: m.bsn_last3, since: m.since, until: m.until,
    guardians: guardiansOf(m.id),
  }));
  const current = people.filter((p) => p.until === null);
  const children = current.filter((p) => p.role === 'child');
  const adults = current.filter((p) => p.role !== 'child');
  const involvements = row.involvements.map((i) => ({
    id: i.id, userId: i.user_id, name: i.name, organisationId: i.organisation_id, organisationName: i.organisation_name,
    organisationKind: i.organisation_kind, email: i.email, phone: i.phone, reason: i.reason, domain: i.domain,
    personId: i.person_id, since: i.since, until: i.until,
  }));
  const network = row.network.map((n) => ({ id: n.id, name: n.name, relation: n.relation, doesWhat: n.does_what, contact: n.contact, since: n.since, until: n.until }));
  const directionHistory = row.directions.map(presentDirection);
  const currentDirection = directionHistory.find((d) => d.until === null) ?? null;
  const activeInvolvements = involvements.filter((i) => i.until === null);
  const activeNetwork = network.filter((n) => n.until === null);
  return {
    id: row.id, name: row.name, municipality: row.municipality, status: row.status, escalationLevel: row.escalation_level, version: row.version,
    children, adults, formerMembers: people.filter((p) => p.until !== null),
    addresses: row.addresses.map((a) => ({ id: a.id, street: a.street, postcode: a.postcode, city: a.city, municipality: a.municipality, validFrom: a.valid_from, validUntil: a.valid_until })),
    involvements, network, directionHistory,
    regisseur: currentDirection ? toRegisseur(currentDirection) : null,
    openPatternAlertCount: row.open_alerts.length,
    fiveQuestions: answerFiveQuestions({
      children: children.map((c) => ({ id: c.id, firstName: c.firstName, guardianCount: c.guardians.length })),
      adultCount: adults.length, involvementCount: activeInvolvements.length, networkCount: activeNetwork.length,
      regisseur: currentDirection ? { name: currentDirection.name, mandate: currentDirection.mandate, active: currentDirection.active } : null,
      openPatternAlerts: row.open_alerts.map((a) => ({ rule: a.rule, personIds: a.person_ids })),
    }),
  };
}
