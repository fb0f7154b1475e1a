/**
 * The permission review in one grid: every route × every kind of actor, with the answer each must get.
 * The expectations are written out here by hand, not derived from the policy modules, so a change in who
 * may do what shows up as a failing cell (and a new route without a row fails the completeness test).
 *
 * Each cell first puts the database in a state where the request would succeed for someone allowed to
 * make it, and sends a valid body: a refusal is then the authorisation's doing, not validation's.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/api/app.ts';
import { refusalActions } from '../../src/api/refusals.ts';
import { issueAccountToken } from '../../src/db/queries/accountTokens.ts';
import { sealSecret } from '../../src/crypto/secretBox.ts';
import { routePolicies } from '../../src/api/routes/index.ts';
import { changedTables, countRows, tableState } from '../support/databaseState.ts';
import { buildOrganisation, buildTeam, buildUser } from '../support/factories.ts';
import { startIdentityProvider, type TestIdentityProvider } from '../support/identityProvider.ts';
import { anonymousClient, createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const actors = ['anonymous', 'outsider', 'involved', 'teamLead', 'privacyOfficer', 'administrator', 'overseer'] as const;
type Actor = (typeof actors)[number];

/** What an actor gets back. */
const outcomes = {
  ok200: { status: 200 },
  ok201: { status: 201 },
  ok204: { status: 204 },
  unauthenticated: { status: 401, code: 'UNAUTHENTICATED' },
  // Writes check the CSRF token (bound to a signed-in session) before anything else.
  csrf: { status: 403, code: 'CSRF_INVALID' },
  forbidden: { status: 403, code: 'FORBIDDEN' },
  hidden: { status: 404, code: 'NOT_FOUND' },
  // Sees the family, but the governance rules (src/domain/governance.ts) leave this to someone else.
  notRegisseur: { status: 403, code: 'ONLY_REGISSEUR_CHANGES_DIRECTION' },
  notTheirs: { status: 403, code: 'NOT_YOURS_TO_END' },
  notTheirProposal: { status: 403, code: 'PROPOSAL_NOT_YOURS_TO_DECIDE' },
  // Authorised, but the current password given is wrong: proves the route is open without changing a password.
  wrongPassword: { status: 422, code: 'PASSWORD_INCORRECT' },
  ok202: { status: 202 },
  // The browser is sent on (to the identity provider, or back to the login page).
  redirect302: { status: 302 },
} as const;
type Outcome = keyof typeof outcomes;

interface Fixture {
  householdId: string; childId: string; organisationId: string; teamId: string;
  users: Record<Exclude<Actor, 'anonymous'> | 'teamMember' | 'loginProbe', { id: string; email: string; password: string }>;
}
type Params = Record<string, string>;

interface RouteCase {
  policy: string;
  /** 'write' cells must change the data tables when allowed; 'read' and 'session' cells never do. */
  effect: 'read' | 'write' | 'session';
  /** Brings the database into a state in which the request succeeds for an allowed actor; returns extra path params. */
  prepare?: (f: Fixture) => Promise<Params | void>;
  url: (f: Fixture, params: Params) => string;
  body?: (f: Fixture) => Promise<unknown> | unknown;
  expect: Record<Actor, Outcome>;
  check?: (response: LightMyRequestResponse, f: Fixture, actor: Actor) => void;
  /** Tables a refused attempt is meant to change (a wrong current password counts as a failed login). */
  refusalChanges?: string[];
}

/** One row of the grid, in the column order of `actors`. */
const row = (...cells: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]) =>
  Object.fromEntries(actors.map((actor, i) => [actor, cells[i]])) as Record<Actor, Outcome>;

let t: TestApp;
/** A real OpenID provider for the identity-provider routes, and an organisation (without accounts) that uses it. */
let idp: TestIdentityProvider;
let ssoOrganisationId: string;

async function ssoOrganisationHasProvider() {
  await t.db.insertInto('identity_providers').values({
    organisation_id: ssoOrganisationId, issuer: idp.issuer, client_id: idp.clientId, display_name: 'Gemeente Rondeel',
    client_secret_sealed: sealSecret(t.secrets.encryptionKey, idp.clientSecret),
  }).onConflict((conflict) => conflict.column('organisation_id').doNothing()).execute();
}

/** A provider for that organisation, proposed by another administrator than the one in the grid. */
async function ssoProviderProposedByAnotherAdministrator(f: Fixture) {
  const other = await buildUser(t.db, { roles: ['administrator'], organisationId: f.organisationId });
  await t.db.insertInto('identity_provider_proposals').values({
    organisation_id: ssoOrganisationId, issuer: idp.issuer, client_id: idp.clientId, display_name: 'Gemeente Rondeel (nieuw)',
    client_secret_sealed: sealSecret(t.secrets.encryptionKey, idp.clientSecret), proposed_by: other.id,
  }).onConflict((conflict) => conflict.column('organisation_id').doUpdateSet({ proposed_by: other.id })).execute();
}

const H = (f: Fixture) => `/api/v1/households/${f.householdId}`;

/** Leaves the household without a current regisseur. */
async function noCurrentDirection(f: Fixture) {
  await t.db.updateTable('directions').set({ until: new Date() }).where('household_id', '=', f.householdId).where('until', 'is', null).execute();
}

/** Makes the involved professional the current regisseur. */
async function involvedLeads(f: Fixture) {
  await noCurrentDirection(f);
  await t.db.insertInto('directions').values({
    household_id: f.householdId, id: randomUUID(), user_id: f.users.involved.id, mandate: 'Regie vanuit het wijkteam',
    since: new Date(), assigned_by: f.users.involved.id,
  }).execute();
}

/** A pending proposal (by the team member, to the team member) to hand the involved professional's direction over. */
async function proposalToTeamMember(f: Fixture) {
  await involvedLeads(f);
  await t.db.updateTable('direction_proposals').set({ status: 'lapsed' }).where('household_id', '=', f.householdId).where('status', '=', 'pending').execute();
  const proposalId = randomUUID();
  await t.db.insertInto('direction_proposals').values({
    household_id: f.householdId, id: proposalId, to_user_id: f.users.teamMember.id, to_person_id: null, supported_by_user_id: null,
    note: 'Ik zie het gezin wekelijks', proposed_by: f.users.teamMember.id,
  }).execute();
  return { proposalId };
}

/** Adds a current member to the household directly; returns the person id. */
async function addMember(f: Fixture, firstName: string) {
  const personId = randomUUID();
  await t.db.insertInto('persons').values({ id: personId, first_name: firstName, last_name: 'Bakker', birth_date: '2014-02-02', bsn_hash: null, bsn_last3: null, school: null }).execute();
  await t.db.insertInto('household_members').values({ household_id: f.householdId, id: randomUUID(), person_id: personId, role: 'child', relation: null, since: '2026-01-01' }).execute();
  return personId;
}

/** Another family asks for the fixture family's records about its child (as if its citizen number was typed there). */
async function pendingRequestFor(f: Fixture) {
  const otherHousehold = randomUUID();
  const otherChild = randomUUID();
  await t.db.insertInto('households').values({ id: otherHousehold, name: 'Familie Elders', municipality: 'Kreekmonde', created_by: f.users.outsider.id }).execute();
  await t.db.insertInto('persons').values({ id: otherChild, first_name: 'Sanne', last_name: 'Bakker', birth_date: '2016-03-02', bsn_hash: null, bsn_last3: null, school: null }).execute();
  await t.db.insertInto('household_members').values({ household_id: otherHousehold, id: randomUUID(), person_id: otherChild, role: 'child', relation: null, since: '2026-06-01' }).execute();
  const id = randomUUID();
  await t.db.insertInto('history_requests').values({
    household_id: otherHousehold, id, batch_id: randomUUID(), person_id: otherChild, source_household_id: f.householdId, source_person_id: f.childId,
    requested_by: f.users.outsider.id, reason: 'Sanne woont nu bij ons',
  }).execute();
  return id;
}

/** A stored, unacknowledged pattern alert on the household. */
async function openAlert(f: Fixture) {
  const id = randomUUID();
  await t.db.insertInto('household_alerts').values({
    household_id: f.householdId, id, alert_key: `test:${id}`, rule: 'crisisAfterCrisis', variant: null, severity: 'high',
    explanation: JSON.stringify({ summary: 'test' }), event_ids: [], person_ids: [f.childId],
  }).execute();
  return id;
}

/** A match between the involved professional and the team member about the child. */
async function matchOfInvolvedAndTeamMember(f: Fixture) {
  const subjectKey = `test-${randomUUID()}`;
  const entry = (userId: string) => ({ id: randomUUID(), subject_key: subjectKey, person_id: f.childId, household_id: f.householdId, user_id: userId, organisation_id: f.organisationId, expires_on: '2099-01-01' });
  const a = entry(f.users.involved.id);
  const b = entry(f.users.teamMember.id);
  await t.db.insertInto('match_entries').values([a, b]).execute();
  const id = randomUUID();
  await t.db.insertInto('matches').values({ id, basis: 'person', subject_key: subjectKey, entry_a: a.id, entry_b: b.id, user_a: a.user_id, user_b: b.user_id }).execute();
  return id;
}

/** The token of the account `invitedAccount` made last (the body of the next request uses it). */
let lastToken = '';

/** An account the administrator created and its owner has not activated yet, with a fresh activation token. */
async function invitedAccount(f: Fixture) {
  const id = randomUUID();
  await t.db.insertInto('users').values({
    id, email: `uitgenodigd-${id.slice(0, 8)}@test.rondom.test`, name: 'Uitgenodigd', organisation_id: f.organisationId, team_id: null,
    roles: ['professional'], phone: null, password_hash: null, totp_secret: null, activated_at: null,
  }).execute();
  lastToken = (await t.db.transaction().execute((tx) => issueAccountToken(tx, id, 'activation', 24))).token;
  return { id, token: lastToken };
}

const table: Record<string, RouteCase> = {
  //                                                   anonymous          outsider     involved   teamLead     privacyOfficer administrator overseer
  'POST /api/v1/session': {
    policy: 'public', effect: 'session',
    url: () => '/api/v1/session', body: (f) => ({ email: f.users.loginProbe.email, password: f.users.loginProbe.password }),
    expect: row('ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
  },
  'GET /api/v1/session': {
    policy: 'authenticated', effect: 'read', url: () => '/api/v1/session',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
    check: (response, f, actor) => expect(response.json().user.id).toBe(f.users[actor as Exclude<Actor, 'anonymous'>].id),
  },
  'DELETE /api/v1/session': {
    policy: 'authenticated', effect: 'session', url: () => '/api/v1/session',
    expect: row('unauthenticated', 'ok204', 'ok204', 'ok204', 'ok204', 'ok204', 'ok204'),
  },
  'GET /api/v1/households': {
    policy: 'household.list', effect: 'read', url: () => '/api/v1/households',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'forbidden', 'forbidden', 'forbidden'),
    check: (response, f, actor) => {
      const ids = response.json().data.map((h: { id: string }) => h.id);
      if (actor === 'outsider') expect(ids).not.toContain(f.householdId);
      else expect(ids).toContain(f.householdId);
    },
  },
  'POST /api/v1/households': {
    policy: 'household.create', effect: 'write', url: () => '/api/v1/households', body: () => ({ name: 'Familie Nieuw', municipality: 'Rondeel' }),
    expect: row('unauthenticated', 'ok201', 'ok201', 'ok201', 'forbidden', 'forbidden', 'forbidden'),
  },
  'GET /api/v1/households/:id': {
    policy: 'household.read', effect: 'read', url: H,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
    check: (response, f) => expect(response.json().data.children.map((c: { id: string }) => c.id)).toContain(f.childId),
  },
  'PATCH /api/v1/households/:id': {
    policy: 'household.update', effect: 'write', url: H,
    body: async (f) => ({ version: (await t.db.selectFrom('households').select('version').where('id', '=', f.householdId).executeTakeFirstOrThrow()).version, name: `Familie Bakker ${randomUUID().slice(0, 4)}` }),
    expect: row('unauthenticated', 'hidden', 'ok200', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/persons': {
    policy: 'household.addPerson', effect: 'write', url: (f) => `${H(f)}/persons`,
    body: () => ({ firstName: 'Mila', lastName: 'Bakker', birthDate: '2018-05-05', role: 'child' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/persons/:personId/guardians': {
    policy: 'household.setGuardian', effect: 'write', url: (f) => `${H(f)}/persons/${f.childId}/guardians`,
    body: (f) => ({ userId: f.users.involved.id }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/moves': {
    policy: 'household.move', effect: 'write', url: (f) => `${H(f)}/moves`,
    body: () => ({ street: 'Kade 1', city: 'Rondeel', municipality: 'Rondeel', since: '2026-01-01' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/involvements': {
    policy: 'household.addInvolvement', effect: 'write', url: (f) => `${H(f)}/involvements`,
    body: async (f) => {
      const candidate = await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId });
      return { userId: candidate.id, reason: 'Schuldhulp voor moeder', domain: 'finances' };
    },
    expect: row('unauthenticated', 'hidden', 'ok201', 'ok201', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/involvements/:involvementId/end': {
    policy: 'household.endInvolvement', effect: 'write',
    // The regisseur (involved) and the team lead of the professional whose involvement ends (src/domain/governance.ts).
    prepare: async (f) => {
      await involvedLeads(f);
      const other = await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId, teamId: f.teamId });
      const involvementId = randomUUID();
      await t.db.insertInto('involvements').values({
        household_id: f.householdId, id: involvementId, user_id: other.id, organisation_id: f.organisationId,
        reason: 'Gezinscoach', domain: 'parenting', since: '2026-01-01', created_by: f.users.involved.id,
      }).execute();
      return { involvementId };
    },
    url: (f, p) => `${H(f)}/involvements/${p.involvementId}/end`, body: () => ({}),
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/network': {
    policy: 'household.addNetwork', effect: 'write', url: (f) => `${H(f)}/network`,
    body: () => ({ name: 'Buurvrouw Ans', relation: 'buurvrouw', doesWhat: 'Vangt de kinderen op na school' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'PUT /api/v1/households/:id/direction': {
    policy: 'household.assignDirection', effect: 'write', prepare: noCurrentDirection, url: (f) => `${H(f)}/direction`,
    body: (f) => ({ userId: f.users.involved.id, mandate: 'Regie afgesproken met ouders' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/direction/handover': {
    policy: 'household.handOverDirection', effect: 'write', prepare: involvedLeads, url: (f) => `${H(f)}/direction/handover`,
    body: (f) => ({ toUserId: f.users.teamMember.id, note: 'Gezinscoach neemt het over' }),
    // The team lead sees the family (via a team member) but leads no team of the regisseur's.
    expect: row('unauthenticated', 'hidden', 'ok201', 'notRegisseur', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/direction/proposals': {
    policy: 'household.proposeHandover', effect: 'write',
    prepare: async (f) => { await proposalToTeamMember(f); await t.db.updateTable('direction_proposals').set({ status: 'lapsed' }).where('household_id', '=', f.householdId).execute(); },
    url: (f) => `${H(f)}/direction/proposals`,
    body: (f) => ({ toUserId: f.users.teamMember.id, note: 'Gezinscoach ziet het gezin wekelijks' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/households/:id/direction/proposals': {
    policy: 'household.read', effect: 'read', prepare: proposalToTeamMember, url: (f) => `${H(f)}/direction/proposals`,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
    check: (response, f, actor) => {
      const [first] = response.json().data;
      expect(first.to.userId).toBe(f.users.teamMember.id);
      // The regisseur decides; the team lead of the proposed person does not.
      expect(first.can).toEqual(actor === 'involved' ? { accept: true, decline: true } : { accept: false, decline: false });
    },
  },
  'POST /api/v1/households/:id/direction/proposals/:proposalId/decide': {
    policy: 'household.decideHandoverProposal', effect: 'write', prepare: proposalToTeamMember,
    url: (f, p) => `${H(f)}/direction/proposals/${p.proposalId}/decide`, body: () => ({ decision: 'accept' }),
    expect: row('unauthenticated', 'hidden', 'ok200', 'notTheirProposal', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/direction/end': {
    policy: 'household.endDirection', effect: 'write', prepare: involvedLeads, url: (f) => `${H(f)}/direction/end`,
    body: () => ({ note: 'Gezin afgesloten' }),
    expect: row('unauthenticated', 'hidden', 'ok200', 'notRegisseur', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/persons/:personId/leave': {
    policy: 'household.addPerson', effect: 'write',
    prepare: async (f) => ({ personId: await addMember(f, 'Tom') }),
    url: (f, p) => `${H(f)}/persons/${p.personId}/leave`, body: () => ({}),
    expect: row('unauthenticated', 'hidden', 'ok200', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/signals': {
    policy: 'household.registerSignal', effect: 'write', url: (f) => `${H(f)}/signals`,
    body: (f) => ({ personIds: [f.childId], kind: 'child_school_absence', observedAt: '2026-01-05', severity: 'medium' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/households/:id/timeline': {
    policy: 'household.readTimeline', effect: 'read', url: (f) => `${H(f)}/timeline`,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/persons/:id/timeline': {
    policy: 'person.readTimeline', effect: 'read', url: (f) => `/api/v1/persons/${f.childId}/timeline`,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/persons/:personId/history-requests': {
    policy: 'household.requestHistory', effect: 'write', url: (f) => `${H(f)}/persons/${f.childId}/history-requests`,
    body: () => ({ reason: 'Woont sinds kort in dit gezin' }),
    expect: row('unauthenticated', 'hidden', 'ok202', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/households/:id/history-requests': {
    policy: 'household.readHistoryRequests', effect: 'read', url: (f) => `${H(f)}/history-requests`,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/households/:id/history-requests/:requestId/decide': {
    policy: 'household.decideHistoryRequest', effect: 'write',
    prepare: async (f) => { await involvedLeads(f); return { requestId: await pendingRequestFor(f) }; },
    url: (f, p) => `${H(f)}/history-requests/${p.requestId}/decide`, body: () => ({ decision: 'decline', note: 'Eerst overleggen' }),
    expect: row('unauthenticated', 'hidden', 'ok200', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/households/:id/alerts': {
    policy: 'household.readAlerts', effect: 'read', prepare: async (f) => ({ alertId: await openAlert(f) }), url: (f) => `${H(f)}/alerts`,
    expect: row('unauthenticated', 'hidden', 'ok200', 'ok200', 'hidden', 'hidden', 'hidden'),
    check: (response, f) => expect(response.json().data.map((a: { householdId: string }) => a.householdId)).toContain(f.householdId),
  },
  'GET /api/v1/alerts': {
    policy: 'household.list', effect: 'read', prepare: async (f) => ({ alertId: await openAlert(f) }), url: () => '/api/v1/alerts',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'forbidden', 'forbidden', 'forbidden'),
    check: (response, f, actor) => {
      const households = response.json().data.map((a: { householdId: string }) => a.householdId);
      if (actor === 'outsider') expect(households).not.toContain(f.householdId);
      else expect(households).toContain(f.householdId);
    },
  },
  'POST /api/v1/alerts/:id/acknowledge': {
    // The involved professional is the regisseur (others add a note: see governance.test.ts).
    policy: 'household.acknowledgeAlert', effect: 'write', prepare: async (f) => { await involvedLeads(f); return { alertId: await openAlert(f) }; },
    url: (_f, p) => `/api/v1/alerts/${p.alertId}/acknowledge`, body: () => ({ note: 'Besproken in het MDO' }),
    expect: row('unauthenticated', 'hidden', 'ok200', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'POST /api/v1/alerts/:id/notes': {
    policy: 'household.addAlertNote', effect: 'write', prepare: async (f) => ({ alertId: await openAlert(f) }),
    url: (_f, p) => `/api/v1/alerts/${p.alertId}/notes`, body: () => ({ note: 'Moeder belde vanochtend, klonk rustiger' }),
    expect: row('unauthenticated', 'hidden', 'ok201', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/matches': {
    policy: 'match.list', effect: 'read', url: () => '/api/v1/matches',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'forbidden', 'forbidden', 'forbidden'),
  },
  'POST /api/v1/matches/:id/coordinate': {
    policy: 'match.coordinate', effect: 'write', prepare: async (f) => ({ matchId: await matchOfInvolvedAndTeamMember(f) }),
    url: (_f, p) => `/api/v1/matches/${p.matchId}/coordinate`, body: (f) => ({ centralContactUserId: f.users.involved.id }),
    // Only the two matched professionals; the team lead of one of them is no party to it.
    expect: row('unauthenticated', 'hidden', 'ok200', 'hidden', 'hidden', 'hidden', 'hidden'),
  },
  'GET /api/v1/statistics': {
    policy: 'statistics.read', effect: 'read', url: () => '/api/v1/statistics',
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200'),
    // Aggregate figures only: no family or child can be recognised in them.
    check: (response, f) => {
      expect(response.json().data.households).toBeGreaterThanOrEqual(1);
      expect(response.body).not.toMatch(/Bakker|Sanne/);
      expect(response.body).not.toContain(f.householdId);
      expect(response.body).not.toContain(f.childId);
    },
  },
  'GET /api/v1/vocabulary/signal-kinds': {
    policy: 'authenticated', effect: 'read', url: () => '/api/v1/vocabulary/signal-kinds',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
  },
  'GET /api/v1/organisations': {
    policy: 'organisation.list', effect: 'read', url: () => '/api/v1/organisations',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
  },
  'POST /api/v1/organisations': {
    policy: 'organisation.create', effect: 'write', url: () => '/api/v1/organisations',
    body: () => ({ name: `GGD ${randomUUID().slice(0, 4)}`, kind: 'youth_health', municipality: 'Rondeel' }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok201', 'forbidden'),
  },
  'POST /api/v1/organisations/:id/teams': {
    policy: 'organisation.createTeam', effect: 'write', url: (f) => `/api/v1/organisations/${f.organisationId}/teams`,
    body: () => ({ name: 'Team Zuid' }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok201', 'forbidden'),
  },
  'PATCH /api/v1/teams/:id': {
    policy: 'organisation.updateTeam', effect: 'write',
    prepare: async (f) => {
      const id = randomUUID();
      await t.db.insertInto('teams').values({ id, organisation_id: f.organisationId, name: 'Team Oost' }).execute();
      return { teamId: id };
    },
    url: (_f, params) => `/api/v1/teams/${params.teamId}`,
    body: () => ({ name: `Team Oost ${randomUUID().slice(0, 4)}` }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'GET /api/v1/users': {
    policy: 'user.list', effect: 'read', url: () => '/api/v1/users',
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'forbidden', 'ok200', 'forbidden'),
    check: (response, _f, actor) => {
      // Only the administrator sees account details; professionals get the directory.
      const first = response.json().data[0];
      if (actor === 'administrator') expect(first).toHaveProperty('roles');
      else expect(first).not.toHaveProperty('roles');
    },
  },
  'POST /api/v1/users': {
    policy: 'user.create', effect: 'write', url: () => '/api/v1/users',
    body: (f) => ({ email: `nieuw-${randomUUID().slice(0, 8)}@test.rondom.test`, name: 'Nieuwe Collega', organisationId: f.organisationId, roles: ['professional'] }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok201', 'forbidden'),
  },
  'PATCH /api/v1/users/:id': {
    policy: 'user.update', effect: 'write', prepare: async (f) => ({ userId: (await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId })).id }),
    url: (_f, p) => `/api/v1/users/${p.userId}`, body: () => ({ name: `Hernoemd ${randomUUID().slice(0, 4)}` }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/users/:id/deactivate': {
    policy: 'user.deactivate', effect: 'write', prepare: async (f) => ({ userId: (await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId })).id }),
    url: (_f, p) => `/api/v1/users/${p.userId}/deactivate`, body: () => ({}),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/users/:id/reactivate': {
    policy: 'user.reactivate', effect: 'write',
    prepare: async (f) => {
      const { id } = await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId });
      await t.db.updateTable('users').set({ disabled: true }).where('id', '=', id).execute();
      return { userId: id };
    },
    url: (_f, p) => `/api/v1/users/${p.userId}/reactivate`, body: () => ({}),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/users/:id/activation': {
    policy: 'user.sendActivation', effect: 'write', prepare: async (f) => ({ userId: (await invitedAccount(f)).id }),
    url: (_f, p) => `/api/v1/users/${p.userId}/activation`, body: () => ({}),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/users/:id/second-factor/reset': {
    policy: 'user.update', effect: 'write',
    prepare: async (f) => ({ userId: (await buildUser(t.db, { roles: ['professional'], organisationId: f.organisationId, totpSecret: 'JBSWY3DPEHPK3PXP' })).id }),
    url: (_f, p) => `/api/v1/users/${p.userId}/second-factor/reset`, body: () => ({}),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  // The owner's side of an activation link: whoever holds the link, signed in as anyone or not.
  'POST /api/v1/account/token': {
    policy: 'public', effect: 'read', prepare: async (f) => ({ token: (await invitedAccount(f)).token }),
    url: () => '/api/v1/account/token', body: () => ({ token: lastToken }),
    expect: row('ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
  },
  'POST /api/v1/account/token/complete': {
    policy: 'public', effect: 'write', prepare: async (f) => ({ token: (await invitedAccount(f)).token }),
    url: () => '/api/v1/account/token/complete', body: () => ({ token: lastToken, password: 'een eigen lang wachtwoord' }),
    expect: row('ok204', 'ok204', 'ok204', 'ok204', 'ok204', 'ok204', 'ok204'),
  },
  'POST /api/v1/account/password-reset': {
    policy: 'public', effect: 'read', url: () => '/api/v1/account/password-reset', body: () => ({ email: 'niemand@test.rondom.test' }),
    expect: row('ok202', 'ok202', 'ok202', 'ok202', 'ok202', 'ok202', 'ok202'),
  },
  'POST /api/v1/session/second-factor/setup': {
    policy: 'authenticated', effect: 'read', url: () => '/api/v1/session/second-factor/setup', body: () => ({}),
    expect: row('unauthenticated', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
  },
  'POST /api/v1/session/second-factor': {
    // (The row above started a setup in each session.) The password is asked again: a wrong one binds nothing.
    policy: 'authenticated', effect: 'read', url: () => '/api/v1/session/second-factor', body: () => ({ totp: '000000', currentPassword: 'not the password' }),
    refusalChanges: ['users'],
    expect: row('unauthenticated', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword'),
  },
  'GET /api/v1/audit/account-changes': {
    policy: 'audit.query', effect: 'read', url: () => '/api/v1/audit/account-changes',
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden', 'forbidden'),
  },
  'GET /api/v1/audit': {
    policy: 'audit.query', effect: 'read', url: (f) => `/api/v1/audit?personId=${f.childId}`,
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden', 'forbidden'),
  },
  'GET /api/v1/audit/events.csv': {
    policy: 'audit.export', effect: 'read', url: (f) => `/api/v1/audit/events.csv?personId=${f.childId}`,
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden', 'forbidden'),
    check: (response) => expect(String(response.headers['content-type'])).toMatch(/^text\/csv/),
  },
  'POST /api/v1/session/password': {
    policy: 'authenticated', effect: 'write', url: () => '/api/v1/session/password',
    body: () => ({ currentPassword: 'not the password', newPassword: 'an entirely new password' }), refusalChanges: ['users'],
    expect: row('unauthenticated', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword'),
  },
  'GET /api/v1/session/sso/organisations': {
    policy: 'public', effect: 'read', prepare: ssoOrganisationHasProvider, url: () => '/api/v1/session/sso/organisations',
    expect: row('ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200', 'ok200'),
    check: (response) => expect(response.json().data.map((o: { organisationId: string }) => o.organisationId)).toContain(ssoOrganisationId),
  },
  'GET /api/v1/session/sso/start': {
    policy: 'public', effect: 'read', prepare: ssoOrganisationHasProvider, url: () => `/api/v1/session/sso/start?organisation=${ssoOrganisationId}`,
    expect: row('redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302'),
    check: (response) => expect(String(response.headers.location)).toMatch(new RegExp(`^${idp.issuer}/`)),
  },
  'GET /api/v1/session/sso/callback': {
    // Without the login cookie of a login under way: back to the login page, for everyone alike.
    policy: 'public', effect: 'read', url: () => '/api/v1/session/sso/callback?code=abc&state=def',
    expect: row('redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302', 'redirect302'),
    check: (response) => expect(response.headers.location).toBe('/?sso_error=SSO_EXPIRED'),
  },
  'PUT /api/v1/organisations/:id/identity-provider': {
    policy: 'organisation.setIdentityProvider', effect: 'write', url: () => `/api/v1/organisations/${ssoOrganisationId}/identity-provider`,
    body: () => ({ issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, displayName: `Gemeente Rondeel ${randomUUID().slice(0, 4)}` }),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/organisations/:id/identity-provider/confirm': {
    policy: 'organisation.setIdentityProvider', effect: 'write', prepare: ssoProviderProposedByAnotherAdministrator,
    url: () => `/api/v1/organisations/${ssoOrganisationId}/identity-provider/confirm`, body: () => ({}),
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden'),
  },
  'POST /api/v1/session/email': {
    // Authorised for everyone signed in, but the current password given is wrong: nothing changes but the count of failures.
    policy: 'authenticated', effect: 'write', url: () => '/api/v1/session/email', refusalChanges: ['users'],
    body: () => ({ email: `nieuw-${randomUUID().slice(0, 8)}@test.rondom.test`, currentPassword: 'not the password' }),
    expect: row('unauthenticated', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword', 'wrongPassword'),
  },
  'DELETE /api/v1/organisations/:id/identity-provider': {
    policy: 'organisation.removeIdentityProvider', effect: 'write', prepare: ssoOrganisationHasProvider,
    url: () => `/api/v1/organisations/${ssoOrganisationId}/identity-provider`,
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'forbidden', 'ok204', 'forbidden'),
  },
  'GET /api/v1/audit/subjects': {
    policy: 'audit.query', effect: 'read', url: () => '/api/v1/audit/subjects?bsn=111222333',
    expect: row('unauthenticated', 'forbidden', 'forbidden', 'forbidden', 'ok200', 'forbidden', 'forbidden'),
  },
};

describe('policy matrix: every route × every kind of actor', () => {
  let f: Fixture;
  const sessions = new Map<Actor, Client>();

  async function clientOf(actor: Actor): Promise<Client> {
    if (actor === 'anonymous') return anonymousClient(t.app);
    const cached = sessions.get(actor);
    if (cached) return cached;
    const client = await login(t.app, f.users[actor]);
    sessions.set(actor, client);
    return client;
  }

  beforeAll(async () => {
    // Demo mode only waives the second factor for administrators and privacy officers (authentication.test.ts
    // covers it); the grid logs actors in again after the session cells, and a TOTP code must not be reused.
    t = await createTestApp({ demo: true });
    const districtTeam = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const school = await buildOrganisation(t.db, { name: 'Basisschool De Linde', kind: 'school' });
    const municipality = await buildOrganisation(t.db, { name: 'Gemeente Rondeel', kind: 'municipality' });
    const team = await buildTeam(t.db, districtTeam.id);
    ssoOrganisationId = (await buildOrganisation(t.db, { name: 'Gemeente Rondeel-Zuid', kind: 'municipality' })).id;
    idp = await startIdentityProvider({ redirectUris: [`${defaultConfig.publicUrl}/api/v1/session/sso/callback`] });
    const users: Fixture['users'] = {
      involved: await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, name: 'Anouk Jansen' }),
      teamMember: await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, teamId: team.id, name: 'Gezinscoach Bram' }),
      teamLead: await buildUser(t.db, { roles: ['professional', 'team_lead'], organisationId: districtTeam.id, teamId: team.id }),
      outsider: await buildUser(t.db, { roles: ['professional'], organisationId: school.id }),
      privacyOfficer: await buildUser(t.db, { roles: ['privacy_officer'], organisationId: municipality.id }),
      administrator: await buildUser(t.db, { roles: ['administrator'], organisationId: municipality.id }),
      overseer: await buildUser(t.db, { roles: ['overseer'], organisationId: municipality.id }),
      loginProbe: await buildUser(t.db, { roles: ['professional'], organisationId: school.id }),
    };
    const anouk = await login(t.app, users.involved);
    const household = await anouk.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel', address: { street: 'Lindelaan 4', city: 'Rondeel' } });
    const householdId = household.json().id as string;
    const child = await anouk.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Sanne', lastName: 'Bakker', birthDate: '2016-03-02', role: 'child' });
    // The team lead's way in: a member of their team is involved in this family.
    const viaTeam = await anouk.post(`/api/v1/households/${householdId}/involvements`, { userId: users.teamMember.id, reason: 'Gezinscoaching', domain: 'parenting' });
    expect([household.statusCode, child.statusCode, viaTeam.statusCode]).toEqual([201, 201, 201]);
    f = { householdId, childId: child.json().id, organisationId: districtTeam.id, teamId: team.id, users };
  });
  afterAll(async () => { await t.close(); await idp?.close(); });

  it('knows for every declared policy whether its refusals are logged, and as what', () => {
    const policies = new Set(routePolicies.values());
    expect([...policies].filter((policy) => !(policy in refusalActions))).toEqual([]);
  });

  it('has a row for every route the server declares, with the policy the route declares', () => {
    const declared = Object.fromEntries([...routePolicies].sort());
    const expected = Object.fromEntries(Object.entries(table).map(([route, c]) => [route, c.policy]).sort());
    expect(declared).toEqual(expected);
  });

  for (const [route, routeCase] of Object.entries(table)) {
    const method = route.split(' ')[0]!;
    describe(route, () => {
      for (const actor of actors) {
        const outcome = outcomes[routeCase.expect[actor]];
        const allowed = outcome.status < 400;
        it(`${actor} → ${outcome.status}${'code' in outcome ? ` ${outcome.code}` : ''}${allowed ? '' : ', and nothing changes'}`, async () => {
          const params = (await routeCase.prepare?.(f)) ?? {};
          const client = await clientOf(actor);
          const body = await routeCase.body?.(f);
          const before = await tableState(t.db);
          const auditBefore = await countRows(t.db, 'audit_events');

          const response = await client.request(method as 'GET', routeCase.url(f, params), body ?? (method === 'GET' ? undefined : {}));

          expect({ status: response.statusCode, code: allowed ? undefined : response.json().code }, response.body)
            .toEqual({ status: outcome.status, code: 'code' in outcome ? outcome.code : undefined });
          const after = await tableState(t.db);
          const unexpected = changedTables(before, after).filter((table) => allowed || !(routeCase.refusalChanges ?? []).includes(table));
          if (!allowed || routeCase.effect !== 'write') expect(unexpected).toEqual([]);
          else expect(changedTables(before, after)).not.toEqual([]);
          if (allowed && (routeCase.effect === 'write' || /\/(households|persons|alerts|matches|audit|statistics)\b/.test(route))) {
            // Every allowed write, and every read of case content or of the audit trail, leaves an audit event.
            expect(await countRows(t.db, 'audit_events')).toBeGreaterThan(auditBefore);
          }
          if (allowed) routeCase.check?.(response, f, actor);
          if (outcome === outcomes.hidden) {
            // Indistinguishable from a family that does not exist.
            const nowhere = Object.fromEntries(Object.keys(params).map((key) => [key, randomUUID()]));
            const url = routeCase.url({ ...f, householdId: randomUUID(), childId: randomUUID() }, nowhere);
            const elsewhere = await client.request(method as 'GET', url, await routeCase.body?.(f) ?? (method === 'GET' ? undefined : {}));
            expect({ status: elsewhere.statusCode, body: elsewhere.json() }).toEqual({ status: response.statusCode, body: response.json() });
          }
          if (routeCase.effect === 'session') sessions.delete(actor); // logging in or out ends this client's session
        });
      }
    });
  }

  it('writes an audit event for every allowed read of case content and records each refused one as denied', async () => {
    const ofHousehold = (outcome: string) => t.db.selectFrom('audit_events').select(['action', 'user_id', 'outcome'])
      .where(sql<boolean>`household_ids @> ARRAY[${f.householdId}]::uuid[]`).where('action', '=', 'household.read')
      .where('outcome', '=', outcome).orderBy('seq').execute();
    const [allowedBefore, deniedBefore] = [await ofHousehold('success'), await ofHousehold('denied')];
    for (const actor of actors) await (await clientOf(actor)).get(H(f));
    const allowed = (await ofHousehold('success')).slice(allowedBefore.length);
    expect(allowed.map((e) => e.user_id).sort()).toEqual([f.users.involved.id, f.users.teamLead.id].sort());
    const denied = (await ofHousehold('denied')).slice(deniedBefore.length);
    // The anonymous attempt is logged too, without a user (its address is kept).
    expect(denied.map((e) => e.user_id ?? 'anonymous').sort()).toEqual(['anonymous', f.users.outsider.id, f.users.privacyOfficer.id, f.users.administrator.id, f.users.overseer.id].sort());
  });
});
