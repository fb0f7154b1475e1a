import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDirections } from '../support/databaseState.ts';
import { buildOrganisation, buildTeam, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

/**
 * Who may change who leads a family (src/domain/governance.ts), through the API: the regisseur or their team
 * lead hands over and ends; others propose; a compulsory measure keeps the direction with the certified
 * institution; involvements are ended by the professional, the regisseur or their team lead; the regisseur
 * acknowledges an alert and others add notes.
 */
describe('governance of a family', () => {
  let t: TestApp;
  type Account = Awaited<ReturnType<typeof buildUser>>;
  let anouk: Account; let bram: Account; let lead: Account; let linda: Account; let lisa: Account;
  const as = new Map<string, Client>();
  const client = async (account: Account) => {
    if (!as.has(account.id)) as.set(account.id, await login(t.app, account));
    return as.get(account.id)!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const districtTeam = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const certified = await buildOrganisation(t.db, { name: 'Jeugdbescherming West', kind: 'child_protection' });
    const team = await buildTeam(t.db, districtTeam.id);
    anouk = await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, teamId: team.id, name: 'Anouk Jansen' });
    bram = await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, name: 'Bram de Graaf' });
    lead = await buildUser(t.db, { roles: ['professional', 'team_lead'], organisationId: districtTeam.id, teamId: team.id, name: 'Teamleider Noord' });
    linda = await buildUser(t.db, { roles: ['professional'], organisationId: certified.id, name: 'Linda Hoekstra' });
    lisa = await buildUser(t.db, { roles: ['professional'], organisationId: certified.id, name: 'Lisa Visser' });
  });
  afterAll(() => t.close());

  /** A family in which Anouk, Bram, Linda and Lisa are involved; `leader` leads. */
  async function family(leader: Account = anouk): Promise<{ id: string; base: string; involvements: Map<string, string> }> {
    const a = await client(anouk);
    const id = (await a.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel' })).json().id as string;
    const base = `/api/v1/households/${id}`;
    const involvements = new Map<string, string>();
    for (const who of [bram, linda, lisa]) {
      const added = await a.post(`${base}/involvements`, { userId: who.id, reason: 'Betrokken', domain: 'parenting' });
      expect(added.statusCode).toBe(201);
      involvements.set(who.id, added.json().id);
    }
    involvements.set(anouk.id, (await t.db.selectFrom('involvements').select('id').where('household_id', '=', id).where('user_id', '=', anouk.id).executeTakeFirstOrThrow()).id);
    expect((await a.put(`${base}/direction`, { userId: leader.id, mandate: 'Regie afgesproken' })).statusCode).toBe(201);
    return { id, base, involvements };
  }
  const leaderOf = async (householdId: string) => (await currentDirections(t.db, householdId)).map((d) => d.user_id);
  const denied = (householdId: string, action: string) => t.db.selectFrom('audit_events').select(['user_id', 'details'])
    .where('action', '=', action).where('outcome', '=', 'denied').where(sql<boolean>`household_ids @> ARRAY[${householdId}]::uuid[]`).execute();

  it('refuses a handover or ending by someone else involved with 403, changes nothing, and logs the refusal', async () => {
    const f = await family();
    const b = await client(bram);
    const handover = await b.post(`${f.base}/direction/handover`, { toUserId: bram.id, note: 'Ik neem het over' });
    const end = await b.post(`${f.base}/direction/end`, { note: 'Klaar' });
    expect([handover.statusCode, handover.json().code, handover.json().params]).toEqual([403, 'ONLY_REGISSEUR_CHANGES_DIRECTION', { name: 'Anouk Jansen' }]);
    expect([end.statusCode, end.json().code]).toEqual([403, 'ONLY_REGISSEUR_CHANGES_DIRECTION']);
    expect(await leaderOf(f.id)).toEqual([anouk.id]);
    expect((await denied(f.id, 'direction.handover')).map((e) => e.user_id)).toEqual([bram.id]);
    expect((await denied(f.id, 'direction.end')).map((e) => e.user_id)).toEqual([bram.id]);
    // The abilities say the same: Bram proposes, Anouk hands over; nobody assigns while someone leads.
    const canOf = async (account: Account) => (await (await client(account)).get(f.base)).json().can;
    expect(await canOf(bram)).toMatchObject({ assignDirection: false, handOverDirection: false, endDirection: false, proposeHandover: true, acknowledgeAlert: false, addAlertNote: true });
    expect(await canOf(anouk)).toMatchObject({ assignDirection: false, handOverDirection: true, endDirection: true, proposeHandover: false, acknowledgeAlert: true });
  });

  it('lets the team lead of the regisseur hand over, though not involved themselves', async () => {
    const f = await family();
    const response = await (await client(lead)).post(`${f.base}/direction/handover`, { toUserId: bram.id, note: 'Anouk is langdurig afwezig' });
    expect(response.statusCode).toBe(201);
    expect(await leaderOf(f.id)).toEqual([bram.id]);
  });

  it('takes a proposal from anyone involved; the regisseur accepts it, and nobody accepts their own', async () => {
    const f = await family();
    const b = await client(bram);
    const proposed = await b.post(`${f.base}/direction/proposals`, { toUserId: bram.id, note: 'Ik zie het gezin elke week' });
    expect(proposed.statusCode).toBe(201);
    const proposalId = proposed.json().id as string;
    const again = await b.post(`${f.base}/direction/proposals`, { toUserId: bram.id, note: 'Nog een keer' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ALREADY_EXISTS']);

    const own = await b.post(`${f.base}/direction/proposals/${proposalId}/decide`, { decision: 'accept' });
    expect([own.statusCode, own.json().code]).toEqual([403, 'PROPOSAL_NOT_YOURS_TO_DECIDE']);
    const byLinda = await (await client(linda)).post(`${f.base}/direction/proposals/${proposalId}/decide`, { decision: 'decline' });
    expect([byLinda.statusCode, byLinda.json().code]).toEqual([403, 'PROPOSAL_NOT_YOURS_TO_DECIDE']);
    expect(await leaderOf(f.id)).toEqual([anouk.id]);

    const list = (await (await client(anouk)).get(`${f.base}/direction/proposals`)).json().data;
    expect(list).toEqual([expect.objectContaining({ id: proposalId, status: 'pending', note: 'Ik zie het gezin elke week', can: { accept: true, decline: true } })]);

    const accepted = await (await client(anouk)).post(`${f.base}/direction/proposals/${proposalId}/decide`, { decision: 'accept', note: 'Goed idee' });
    expect(accepted.statusCode).toBe(200);
    expect(await leaderOf(f.id)).toEqual([bram.id]);
    const history = await t.db.selectFrom('directions').select(['user_id', 'handover_note']).where('household_id', '=', f.id).where('until', 'is not', null).execute();
    expect(history).toEqual([{ user_id: anouk.id, handover_note: 'Goed idee' }]);
  });

  it('lets the proposed person accept a proposal someone else made, and lapses open proposals when the direction changes', async () => {
    const f = await family();
    const byLinda = await (await client(linda)).post(`${f.base}/direction/proposals`, { toUserId: bram.id, note: 'Bram kent het gezin het best' });
    const accepted = await (await client(bram)).post(`${f.base}/direction/proposals/${byLinda.json().id}/decide`, { decision: 'accept' });
    expect(accepted.statusCode).toBe(200);
    expect(await leaderOf(f.id)).toEqual([bram.id]);

    const open = await (await client(anouk)).post(`${f.base}/direction/proposals`, { toUserId: anouk.id, note: 'Terug naar mij' });
    expect((await (await client(bram)).post(`${f.base}/direction/handover`, { toUserId: linda.id, note: 'Naar Linda' })).statusCode).toBe(201);
    const lapsed = await (await client(anouk)).post(`${f.base}/direction/proposals/${open.json().id}/decide`, { decision: 'accept' });
    expect([lapsed.statusCode, lapsed.json().code]).toEqual([404, 'NOT_FOUND']);
    expect(await leaderOf(f.id)).toEqual([linda.id]);
  });

  describe('under a compulsory measure', () => {
    it('keeps the direction with the certified institution that carries out the measure', async () => {
      const f = await family(linda);
      await t.db.updateTable('households').set({ escalation_level: 'compulsory' }).where('id', '=', f.id).execute();
      const l = await client(linda);
      const away = await l.post(`${f.base}/direction/handover`, { toUserId: anouk.id, note: 'Terug naar het wijkteam' });
      expect([away.statusCode, away.json().code]).toEqual([403, 'DIRECTION_WITH_CERTIFIED_INSTITUTION']);
      const end = await l.post(`${f.base}/direction/end`, { note: 'Klaar' });
      expect([end.statusCode, end.json().code]).toEqual([403, 'DIRECTION_WITH_CERTIFIED_INSTITUTION']);
      const proposal = await (await client(anouk)).post(`${f.base}/direction/proposals`, { toUserId: anouk.id, note: 'Ik neem het over' });
      expect([proposal.statusCode, proposal.json().code]).toEqual([403, 'DIRECTION_WITH_CERTIFIED_INSTITUTION']);
      expect(await leaderOf(f.id)).toEqual([linda.id]);
      expect((await (await client(linda)).get(f.base)).json().can).toMatchObject({ handOverDirection: true, endDirection: false });

      // A colleague within the same institution can take it on.
      expect((await l.post(`${f.base}/direction/handover`, { toUserId: lisa.id, note: 'Nieuwe jeugdbeschermer' })).statusCode).toBe(201);
      expect(await leaderOf(f.id)).toEqual([lisa.id]);
    });

    it('lets a district team that still leads hand the direction to the institution, and to no one else', async () => {
      const f = await family(anouk);
      await t.db.updateTable('households').set({ escalation_level: 'compulsory' }).where('id', '=', f.id).execute();
      const a = await client(anouk);
      const toBram = await a.post(`${f.base}/direction/handover`, { toUserId: bram.id, note: 'Naar Bram' });
      expect([toBram.statusCode, toBram.json().code]).toEqual([403, 'DIRECTION_WITH_CERTIFIED_INSTITUTION']);
      expect((await a.post(`${f.base}/direction/handover`, { toUserId: linda.id, note: 'De maatregel is uitgesproken' })).statusCode).toBe(201);
      expect(await leaderOf(f.id)).toEqual([linda.id]);
    });
  });

  it('ends an involvement only for the professional themselves, the regisseur or their team lead', async () => {
    const f = await family();
    const bramsInvolvement = f.involvements.get(bram.id)!;
    const byLinda = await (await client(linda)).post(`${f.base}/involvements/${bramsInvolvement}/end`, {});
    expect([byLinda.statusCode, byLinda.json().code]).toEqual([403, 'NOT_YOURS_TO_END']);
    expect((await denied(f.id, 'involvement.end')).map((e) => e.user_id)).toEqual([linda.id]);
    expect((await (await client(linda)).get(f.base)).json().can.endInvolvements).toEqual([f.involvements.get(linda.id)]);
    expect((await (await client(anouk)).get(f.base)).json().can.endInvolvements.sort()).toEqual([...f.involvements.values()].sort());

    expect((await (await client(bram)).post(`${f.base}/involvements/${bramsInvolvement}/end`, {})).statusCode).toBe(200);
    expect((await (await client(anouk)).post(`${f.base}/involvements/${f.involvements.get(lisa.id)}/end`, {})).statusCode).toBe(200);
  });

  it('has the regisseur acknowledge an alert; others add notes, which are kept and shown with it', async () => {
    const f = await family();
    const alertId = randomUUID();
    await t.db.insertInto('household_alerts').values({
      household_id: f.id, id: alertId, alert_key: `test:${alertId}`, rule: 'crisis_after_crisis', variant: null, severity: 'high',
      explanation: JSON.stringify({ nl: 'Drie crises in een half jaar', en: 'Three crises in six months' }), event_ids: [], person_ids: [],
    }).execute();
    const b = await client(bram);
    const ack = await b.post(`/api/v1/alerts/${alertId}/acknowledge`, { note: 'Gezien' });
    expect([ack.statusCode, ack.json().code]).toEqual([403, 'ONLY_REGISSEUR_ACKNOWLEDGES']);
    expect((await denied(f.id, 'alert.acknowledge')).map((e) => e.user_id)).toEqual([bram.id]);
    expect((await b.post(`/api/v1/alerts/${alertId}/notes`, { note: 'Moeder belde, klonk rustiger' })).statusCode).toBe(201);

    const seenByBram = (await b.get(`${f.base}/alerts`)).json().data[0];
    expect(seenByBram).toMatchObject({ acknowledged: null, can: { acknowledge: false, addNote: true }, notes: [{ by: 'Bram de Graaf', note: 'Moeder belde, klonk rustiger' }] });
    const a = await client(anouk);
    expect((await a.get('/api/v1/alerts')).json().data.find((x: { id: string }) => x.id === alertId).can).toEqual({ acknowledge: true, addNote: true });

    expect((await a.post(`/api/v1/alerts/${alertId}/acknowledge`, { note: 'Besproken in het MDO' })).statusCode).toBe(200);
    const handled = (await b.get(`${f.base}/alerts?includeAcknowledged=true`)).json().data[0];
    expect(handled.acknowledged).toMatchObject({ by: 'Anouk Jansen', note: 'Besproken in het MDO' });
    expect(handled.notes).toHaveLength(1);
  });

  it('lets anyone involved acknowledge an alert while nobody leads, but not a team lead who is not involved', async () => {
    const f = await family();
    expect((await (await client(anouk)).post(`${f.base}/direction/end`, { note: 'Gezin afgesloten' })).statusCode).toBe(200);
    const alertId = randomUUID();
    await t.db.insertInto('household_alerts').values({
      household_id: f.id, id: alertId, alert_key: `test:${alertId}`, rule: 'crisis_after_crisis', variant: null, severity: 'high',
      explanation: JSON.stringify({ nl: 'x', en: 'x' }), event_ids: [], person_ids: [],
    }).execute();
    expect((await (await client(lead)).post(`/api/v1/alerts/${alertId}/acknowledge`, { note: 'Gezien' })).statusCode).toBe(404);
    expect((await (await client(bram)).get(f.base)).json().can).toMatchObject({ assignDirection: true, acknowledgeAlert: true, proposeHandover: false });
    expect((await (await client(bram)).post(`/api/v1/alerts/${alertId}/acknowledge`, { note: 'Gezien' })).statusCode).toBe(200);
  });
});
