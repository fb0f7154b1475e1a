import { sql, type Kysely } from 'kysely';
import type { TimelineItem } from '../../api/contract.ts';
import { dutchDay } from '../../clock.ts';
import { signalKind } from '../../domain/signals/vocabulary.ts';
import type { SignalKindCode } from '../../domain/signals/vocabulary.ts';
import type { Database } from '../schema.ts';
import { sharedSignalLinks, type SharedSignalLink } from './historyShares.ts';

export interface Viewer { userId: string; organisationId: string }

interface SignalRow {
  id: string; household_id: string; kind: string; observed_at: string; severity: string; note: string | null; details: Record<string, unknown>;
  author_name: string; organisation_name: string; author_organisation_id: string; person_ids: string[]; viewer_leads: boolean;
}

const signalColumns = (viewer: Viewer) => sql`
  s.id, s.household_id, s.kind, s.observed_at, s.severity, s.note, s.details, u.name AS author_name, o.name AS organisation_name,
  s.author_organisation_id,
  (SELECT array_agg(sp.person_id ORDER BY sp.person_id) FROM signal_persons sp WHERE sp.household_id = s.household_id AND sp.signal_id = s.id) AS person_ids,
  EXISTS (SELECT 1 FROM directions d WHERE d.household_id = s.household_id AND d.until IS NULL AND d.user_id = ${viewer.userId}) AS viewer_leads`;

/** A restricted note is readable by the author's organisation and the regisseur; others only see that one exists. */
function presentSignal(row: SignalRow, viewer: Viewer, householdId: string | null): TimelineItem {
  const mayRead = row.author_organisation_id === viewer.organisationId || row.viewer_leads;
  return {
    id: row.id, type: 'signal', date: row.observed_at, householdId: row.household_id, personIds: row.person_ids ?? [],
    kind: row.kind, label: signalKind(row.kind as SignalKindCode).label, subject: null,
    signal: {
      severity: row.severity, authorName: row.author_name, organisationName: row.organisation_name,
      note: mayRead ? row.note : null, hasRestrictedNote: row.note !== null && !mayRead, details: row.details ?? {},
      fromOtherHousehold: householdId !== null && row.household_id !== householdId,
    },
  };
}

const item = (partial: Omit<TimelineItem, 'kind' | 'label' | 'signal'> & { kind?: string | null }): TimelineItem =>
  ({ label: null, signal: null, ...partial, kind: partial.kind ?? null });

/** Signals of earlier families shared with this family, each about this family's own person records. */
async function sharedSignals(db: Kysely<Database>, viewer: Viewer, links: SharedSignalLink[], cutOff: string | null): Promise<TimelineItem[]> {
  if (links.length === 0) return [];
  const rows = await sql<SignalRow>`SELECT ${signalColumns(viewer)} FROM signals s JOIN users u ON u.id = s.author_user_id JOIN organisations o ON o.id = s.author_organisation_id
    WHERE (s.household_id, s.id) IN (SELECT * FROM unnest(${links.map((l) => l.household_id)}::uuid[], ${links.map((l) => l.signal_id)}::uuid[]))
      ${cutOff ? sql`AND s.observed_at <= ${cutOff} AND s.created_at::date <= ${cutOff}` : sql``}`.execute(db);
  const about = new Map(links.map((link) => [`${link.household_id}/${link.signal_id}`, link]));
  return rows.rows.map((row) => {
    const link = about.get(`${row.household_id}/${row.id}`)!;
    return { ...presentSignal({ ...row, person_ids: link.here_person_ids }, viewer, link.target), householdId: link.target };
  });
}

/** One merged timeline of a household: its signals (and earlier families' shared with it), members, moves, involvements, direction. */
export async function loadHouseholdTimeline(db: Kysely<Database>, householdId: string, viewer: Viewer): Promise<TimelineItem[]> {
  const [signals, links, members, addresses, involvements, directions] = await Promise.all([
    sql<SignalRow>`SELECT ${signalColumns(viewer)} FROM signals s JOIN users u ON u.id = s.author_user_id JOIN organisations o ON o.id = s.author_organisation_id
      WHERE s.household_id = ${householdId}`.execute(db),
    sharedSignalLinks(db, [householdId]),
    db.selectFrom('household_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['m.id', 'm.person_id', 'm.since', 'm.until', 'p.first_name', 'p.last_name']).where('m.household_id', '=', householdId).execute(),
    db.selectFrom('household_addresses').select(['id', 'city', 'municipality', 'valid_from']).where('household_id', '=', householdId).execute(),
    db.selectFrom('involvements as i').innerJoin('users as u', 'u.id', 'i.user_id').innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select(['i.id', 'i.since', 'i.until', 'i.person_id', 'u.name', 'o.name as organisation_name']).where('i.household_id', '=', householdId).execute(),
    db.selectFrom('directions as d').leftJoin('users as u', 'u.id', 'd.user_id').leftJoin('persons as p', 'p.id', 'd.person_id')
      .select(['d.id', 'd.since', 'd.until', 'u.name', 'p.first_name', 'p.last_name']).where('d.household_id', '=', householdId).execute(),
  ]);
  const base = { householdId };
  return newestFirst([
    ...signals.rows.map((row) => presentSignal(row, viewer, householdId)),
    ...(await sharedSignals(db, viewer, links, null)),
    ...members.flatMap((m) => [
      item({ ...base, id: `${m.id}:joined`, type: 'member_joined', date: m.since, personIds: [m.person_id], subject: `${m.first_name} ${m.last_name}` }),
      ...(m.until ? [item({ ...base, id: `${m.id}:left`, type: 'member_left', date: m.until, personIds: [m.person_id], subject: `${m.first_name} ${m.last_name}` })] : []),
    ]),
    ...addresses.map((a) => item({ ...base, id: `${a.id}:moved`, type: 'moved', date: a.valid_from, personIds: [], subject: `${a.city} (${a.municipality})` })),
    ...involvements.flatMap((i) => [
      item({ ...base, id: `${i.id}:started`, type: 'involvement_started', date: i.since, personIds: i.person_id ? [i.person_id] : [], subject: `${i.name}, ${i.organisation_name}` }),
      ...(i.until ? [item({ ...base, id: `${i.id}:ended`, type: 'involvement_ended', date: i.until, personIds: i.person_id ? [i.person_id] : [], subject: `${i.name}, ${i.organisation_name}` })] : []),
    ]),
    ...directions.flatMap((d) => {
      const name = d.name ?? `${d.first_name ?? ''} ${d.last_name ?? ''}`.trim();
      return [
        item({ ...base, id: `${d.id}:started`, type: 'direction_started', date: dutchDay(d.since), personIds: [], subject: name }),
        ...(d.until ? [item({ ...base, id: `${d.id}:ended`, type: 'direction_ended', date: dutchDay(d.until), personIds: [], subject: name })] : []),
      ];
    }),
  ]);
}

/** A membership of the person in a household the viewer may see; `until` set when the person has left it. */
export interface VisibleMembership { household_id: string; since: string; until: string | null }

/**
 * A person's history as the viewer may see it: through each family of theirs that the viewer may see,
 * what that family recorded about the person (and what earlier families shared with it). Through a family
 * the person has left, only what was observed and recorded up to the day they left — never what was
 * recorded after, here or in the family they live in now.
 */
export async function loadPersonTimeline(db: Kysely<Database>, personId: string, viewer: Viewer, memberships: VisibleMembership[]): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (const membership of memberships) {
    const cut = membership.until;
    const within = (column: string) => (cut ? sql`AND ${sql.ref(column)} <= ${cut}` : sql``);
    const [signals, links, involvements, sources] = await Promise.all([
      sql<SignalRow>`SELECT ${signalColumns(viewer)} FROM signals s JOIN users u ON u.id = s.author_user_id JOIN organisations o ON o.id = s.author_organisation_id
        WHERE s.household_id = ${membership.household_id}
          AND EXISTS (SELECT 1 FROM signal_persons sp WHERE sp.household_id = s.household_id AND sp.signal_id = s.id AND sp.person_id = ${personId})
          ${within('s.observed_at')} ${cut ? sql`AND s.created_at::date <= ${cut}` : sql``}`.execute(db),
      sharedSignalLinks(db, [membership.household_id], { personId }),
      db.selectFrom('involvements as i').innerJoin('users as u', 'u.id', 'i.user_id').innerJoin('organisations as o', 'o.id', 'i.organisation_id')
        .select(['i.id', 'i.household_id', 'i.since', 'i.until', 'u.name', 'o.name as organisation_name'])
        .where('i.household_id', '=', membership.household_id).where('i.person_id', '=', personId)
        .where((eb) => (cut ? eb('i.since', '<=', cut) : eb.val(true))).execute(),
      // The person's time in the earlier families whose records were shared, as far as those records go.
      sql<{ id: string; household_id: string; since: string; until: string | null; municipality: string; share_until: string }>`
        SELECT m.id, m.household_id, m.since, m.until, h.municipality, hs.until AS share_until
        FROM history_shares hs JOIN household_members m ON m.household_id = hs.source_household_id AND m.person_id = hs.source_person_id
        JOIN households h ON h.id = m.household_id
        WHERE hs.household_id = ${membership.household_id} AND hs.person_id = ${personId} AND m.since <= hs.until`.execute(db),
    ]);
    const joined = await db.selectFrom('household_members as m').innerJoin('households as h', 'h.id', 'm.household_id')
      .select(['m.id', 'm.since', 'm.until', 'h.municipality']).where('m.household_id', '=', membership.household_id).where('m.person_id', '=', personId).execute();
    const atHousehold = { householdId: membership.household_id };
    items.push(
      ...signals.rows.map((row) => presentSignal(row, viewer, null)),
      ...(await sharedSignals(db, viewer, links, cut)),
      ...joined.flatMap((m) => [
        item({ ...atHousehold, id: `${m.id}:joined`, type: 'member_joined', date: m.since, personIds: [personId], subject: m.municipality }),
        ...(m.until ? [item({ ...atHousehold, id: `${m.id}:left`, type: 'member_left', date: m.until, personIds: [personId], subject: m.municipality })] : []),
      ]),
      ...sources.rows.flatMap((m) => [
        item({ ...atHousehold, id: `${m.id}:joined`, type: 'member_joined', date: m.since, personIds: [personId], subject: m.municipality }),
        ...(m.until && m.until <= m.share_until ? [item({ ...atHousehold, id: `${m.id}:left`, type: 'member_left', date: m.until, personIds: [personId], subject: m.municipality })] : []),
      ]),
      ...involvements.flatMap((i) => [
        item({ ...atHousehold, id: `${i.id}:started`, type: 'involvement_started', date: i.since, personIds: [personId], subject: `${i.name}, ${i.organisation_name}` }),
        ...(i.until && (!cut || i.until <= cut) ? [item({ ...atHousehold, id: `${i.id}:ended`, type: 'involvement_ended', date: i.until, personIds: [personId], subject: `${i.name}, ${i.organisation_name}` })] : []),
      ]),
    );
  }
  // A signal seen through two families of the person is listed once.
  const unique = new Map(items.map((entry) => [entry.id, entry]));
  return newestFirst([...unique.values()]);
}

const newestFirst = (items: TimelineItem[]) => items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
