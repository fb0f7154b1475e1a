import type { Insertable } from 'kysely';
import { hashBsn } from '../../db/bsnHash.ts';
import type {
  DirectionsTable, HouseholdAddressesTable, HouseholdMembersTable, HouseholdsTable, InvolvementsTable,
  NetworkMembersTable, PersonsTable, SafetyGuardiansTable, SignalPersonsTable, SignalsTable,
} from '../../db/schema.ts';
import type { SignalDetails } from '../../domain/signals/timeline.ts';
import type { SignalKindCode } from '../../domain/signals/vocabulary.ts';
import { bsnDisplaySuffix, isValidBsn } from '../../domain/bsn.ts';
import type { InvolvementDomain, PersonRole } from '../../domain/roles.ts';
import { birthDateForAge, daysBefore, isoDaysAgo, randomBsn, type Rng } from './random.ts';

/** A user of the demo region as the family drafts need it. */
export interface UserRef { key: string; id: string; organisationId: string; name: string; teamKey: string | null; title: string }

export interface DemoContext {
  /** Content stream (who, what, when). */
  rng: Rng;
  /** Identifier stream, separate so ids stay stable when content changes. */
  ids: Rng;
  /** Identifier stream of signals, separate so adding signals leaves the other ids as they were. */
  signalIds: Rng;
  today: Date;
  bsnKey: string;
  users: ReadonlyMap<string, UserRef>;
  usedBsns: Set<string>;
  mobileSerial: { next: number };
}

/** The rows of one household, in insertion order of the tables. */
export interface HouseholdRows {
  household: Insertable<HouseholdsTable>;
  persons: Insertable<PersonsTable>[];
  members: Insertable<HouseholdMembersTable>[];
  addresses: Insertable<HouseholdAddressesTable>[];
  involvements: Insertable<InvolvementsTable>[];
  network: Insertable<NetworkMembersTable>[];
  guardians: Insertable<SafetyGuardiansTable>[];
  directions: Insertable<DirectionsTable>[];
  signals: Insertable<SignalsTable>[];
  signalPersons: Insertable<SignalPersonsTable>[];
}

/** A signal as the demo writes it: who registered it, about whom, how many days ago. */
export interface SignalSpec {
  by: string; kind: SignalKindCode; daysAgo: number; about: readonly string[];
  severity?: 'low' | 'medium' | 'high'; note?: string; details?: SignalDetails;
}

export type DirectionHolderSpec = { userKey: string } | { personId: string; supportedBy: string };

/**
 * Builds one household's rows with a small vocabulary (child, adult, address, involve, network, guard,
 * direction). Dates are given in days before today, so the demo never ages.
 */
export class HouseholdDraft {
  readonly id: string;
  readonly rows: HouseholdRows;
  readonly children: Array<{ id: string; firstName: string; age: number }> = [];
  readonly adults: Array<{ id: string; firstName: string; lastName: string; role: PersonRole }> = [];
  private readonly involvedUserKeys = new Set<string>();

  constructor(private readonly ctx: DemoContext, spec: {
    name: string; municipality: string; createdBy: string; escalationLevel?: string; createdDaysAgo?: number;
  }) {
    this.id = ctx.ids.uuid();
    const created = daysBefore(ctx.today, spec.createdDaysAgo ?? 0);
    this.rows = {
      household: {
        id: this.id, name: spec.name, municipality: spec.municipality, created_by: this.user(spec.createdBy).id,
        escalation_level: spec.escalationLevel ?? 'voluntary', created_at: created, updated_at: created,
      },
      persons: [], members: [], addresses: [], involvements: [], network: [], guardians: [], directions: [], signals: [], signalPersons: [],
    };
  }

  get personIds(): string[] {
    return this.rows.persons.map((person) => person.id);
  }

  isInvolved(userKey: string): boolean {
    return this.involvedUserKeys.has(userKey);
  }

  get involvedUsers(): string[] {
    return [...this.involvedUserKeys];
  }

  child(spec: { firstName: string; lastName: string; age: number; school?: string | null; bsn?: boolean; sinceDaysAgo?: number }): string {
    const birthDate = birthDateForAge(this.ctx.today, spec.age, this.ctx.rng.int(0, 360));
    const id = this.person(spec.firstName, spec.lastName, birthDate, spec.school ?? null, spec.bsn ?? true);
    const bornDaysAgo = Math.round((this.ctx.today.getTime() - Date.parse(birthDate)) / 86_400_000);
    this.member(id, 'child', null, Math.min(spec.sinceDaysAgo ?? bornDaysAgo, bornDaysAgo), null);
    this.children.push({ id, firstName: spec.firstName, age: spec.age });
    return id;
  }

  /**
   * A person of another household who lives here too (co-parenting: every other week with each parent). The person's
   * record stays in the household that made it; this household only adds a membership.
   */
  alsoLivesHere(person: { id: string; firstName: string; age?: number }, spec: { role: PersonRole; relation?: string; sinceDaysAgo: number }): string {
    this.member(person.id, spec.role, spec.relation ?? null, spec.sinceDaysAgo, null);
    if (spec.role === 'child') this.children.push({ id: person.id, firstName: person.firstName, age: person.age ?? 0 });
    return person.id;
  }

  adult(spec: {
    firstName: string; lastName: string; age: number; role: Exclude<PersonRole, 'child'>; relation: string;
    bsn?: boolean; sinceDaysAgo: number; untilDaysAgo?: number;
  }): string {
    const birthDate = birthDateForAge(this.ctx.today, spec.age, this.ctx.rng.int(0, 360));
    const id = this.person(spec.firstName, spec.lastName, birthDate, null, spec.bsn ?? true);
    this.member(id, spec.role, spec.relation, spec.sinceDaysAgo, spec.untilDaysAgo ?? null);
    if (spec.untilDaysAgo === undefined) this.adults.push({ id, firstName: spec.firstName, lastName: spec.lastName, role: spec.role });
    return id;
  }

  address(spec: { street: string; postcode: string | null; city: string; municipality: string; fromDaysAgo: number; untilDaysAgo?: number }): void {
    this.rows.addresses.push({
      household_id: this.id, id: this.ctx.ids.uuid(), street: spec.street, postcode: spec.postcode, city: spec.city,
      municipality: spec.municipality, valid_from: isoDaysAgo(this.ctx.today, spec.fromDaysAgo),
      valid_until: spec.untilDaysAgo === undefined ? null : isoDaysAgo(this.ctx.today, spec.untilDaysAgo),
    });
  }

  involve(userKey: string, spec: { reason: string; domain: InvolvementDomain; sinceDaysAgo: number; untilDaysAgo?: number; personId?: string; createdBy?: string }): string {
    const user = this.user(userKey);
    const id = this.ctx.ids.uuid();
    this.rows.involvements.push({
      household_id: this.id, id, user_id: user.id, organisation_id: user.organisationId, person_id: spec.personId ?? null,
      reason: spec.reason, domain: spec.domain, since: isoDaysAgo(this.ctx.today, spec.sinceDaysAgo),
      until: spec.untilDaysAgo === undefined ? null : isoDaysAgo(this.ctx.today, spec.untilDaysAgo),
      created_by: this.user(spec.createdBy ?? userKey).id,
    });
    if (spec.untilDaysAgo === undefined) this.involvedUserKeys.add(userKey);
    return id;
  }

  network(spec: { name: string; relation: string; doesWhat: string; contact?: string; sinceDaysAgo: number; untilDaysAgo?: number }): string {
    const id = this.ctx.ids.uuid();
    this.rows.network.push({
      household_id: this.id, id, name: spec.name, relation: spec.relation, does_what: spec.doesWhat,
      contact: spec.contact ?? '', since: isoDaysAgo(this.ctx.today, spec.sinceDaysAgo),
      until: spec.untilDaysAgo === undefined ? null : isoDaysAgo(this.ctx.today, spec.untilDaysAgo),
    });
    return id;
  }

  /** Names who guards a child's safety: an involved professional (`userKey`) or a network member. */
  guard(childId: string, by: { userKey: string } | { networkMemberId: string }, sinceDaysAgo: number, untilDaysAgo?: number): void {
    if ('userKey' in by && !this.isInvolved(by.userKey)) throw new Error(`${this.rows.household.name}: guardian ${by.userKey} is not involved`);
    this.rows.guardians.push({
      household_id: this.id, id: this.ctx.ids.uuid(), child_id: childId,
      user_id: 'userKey' in by ? this.user(by.userKey).id : null,
      network_member_id: 'networkMemberId' in by ? by.networkMemberId : null,
      since: isoDaysAgo(this.ctx.today, sinceDaysAgo),
      until: untilDaysAgo === undefined ? null : isoDaysAgo(this.ctx.today, untilDaysAgo),
    });
  }

  /**
   * A period of direction. A closed period (`untilDaysAgo`) carries the handover note written when it
   * ended; at most one period may be open, as the database also demands.
   */
  direction(spec: { holder: DirectionHolderSpec; mandate: string; assignedBy: string; sinceDaysAgo: number; untilDaysAgo?: number; handoverNote?: string }): void {
    if (spec.untilDaysAgo === undefined && this.rows.directions.some((period) => period.until === null)) {
      throw new Error(`${this.rows.household.name}: a second current regisseur`);
    }
    const at = (daysAgo: number) => new Date(daysBefore(this.ctx.today, daysAgo).getTime() + 10 * 3_600_000);
    this.rows.directions.push({
      household_id: this.id, id: this.ctx.ids.uuid(),
      user_id: 'userKey' in spec.holder ? this.user(spec.holder.userKey).id : null,
      person_id: 'personId' in spec.holder ? spec.holder.personId : null,
      supported_by_user_id: 'supportedBy' in spec.holder ? this.user(spec.holder.supportedBy).id : null,
      mandate: spec.mandate, since: at(spec.sinceDaysAgo),
      until: spec.untilDaysAgo === undefined ? null : at(spec.untilDaysAgo),
      handover_note: spec.handoverNote ?? null, assigned_by: this.user(spec.assignedBy).id,
    });
  }

  /**
   * A signal registered by a professional who is (or was) involved in the family, as the API demands.
   * Persons are stored in id order, the order in which the database hands them back.
   */
  signal(spec: SignalSpec): string {
    const author = this.user(spec.by);
    if (!this.rows.involvements.some((involvement) => involvement.user_id === author.id)) {
      throw new Error(`${this.rows.household.name}: signal author ${spec.by} is not involved`);
    }
    if (spec.about.length === 0) throw new Error(`${this.rows.household.name}: a signal is about at least one person`);
    const id = this.ctx.signalIds.uuid();
    const observed = daysBefore(this.ctx.today, spec.daysAgo);
    this.rows.signals.push({
      household_id: this.id, id, kind: spec.kind, observed_at: isoDaysAgo(this.ctx.today, spec.daysAgo), severity: spec.severity ?? 'medium',
      note: spec.note ?? null, details: JSON.stringify(spec.details ?? {}), author_user_id: author.id, author_organisation_id: author.organisationId,
      // Registered the same afternoon it was observed.
      created_at: new Date(observed.getTime() + 15 * 3_600_000),
    });
    for (const personId of [...new Set(spec.about)].sort()) this.rows.signalPersons.push({ household_id: this.id, signal_id: id, person_id: personId });
    return id;
  }

  /** How many days ago a person of this household was born. */
  bornDaysAgo(personId: string): number {
    const person = this.rows.persons.find((row) => row.id === personId);
    if (!person) throw new Error(`${this.rows.household.name}: unknown person ${personId}`);
    return Math.round((this.ctx.today.getTime() - Date.parse(String(person.birth_date))) / 86_400_000);
  }

  nextMobile(): string {
    const serial = this.ctx.mobileSerial.next;
    this.ctx.mobileSerial.next += 1;
    return `06-0${String(serial % 1000).padStart(3, '0')} ${String((serial * 7919 + 1234) % 10000).padStart(4, '0')}`;
  }

  user(key: string): UserRef {
    const found = this.ctx.users.get(key);
    if (!found) throw new Error(`unknown demo user ${key}`);
    return found;
  }

  private person(firstName: string, lastName: string, birthDate: string, school: string | null, withBsn: boolean): string {
    const id = this.ctx.ids.uuid();
    let bsn: string | null = null;
    if (withBsn) {
      do bsn = randomBsn(this.ctx.rng); while (this.ctx.usedBsns.has(bsn));
      if (!isValidBsn(bsn)) throw new Error('generated an invalid BSN');
      this.ctx.usedBsns.add(bsn);
    }
    this.rows.persons.push({
      id, first_name: firstName, last_name: lastName, birth_date: birthDate, school,
      bsn_hash: bsn === null ? null : hashBsn(this.ctx.bsnKey, bsn),
      bsn_last3: bsn === null ? null : bsnDisplaySuffix(bsn),
    });
    return id;
  }

  private member(personId: string, role: PersonRole, relation: string | null, sinceDaysAgo: number, untilDaysAgo: number | null): void {
    this.rows.members.push({
      household_id: this.id, id: this.ctx.ids.uuid(), person_id: personId, role, relation,
      since: isoDaysAgo(this.ctx.today, sinceDaysAgo), until: untilDaysAgo === null ? null : isoDaysAgo(this.ctx.today, untilDaysAgo),
    });
  }
}
