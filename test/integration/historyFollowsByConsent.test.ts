/**
 * Findings of an outside probe: a child's later history leaked to the professionals of an earlier family,
 * and a made-up family with a typed citizen number pulled another family's records (including another
 * organisation's report of what a child disclosed). A child's history now follows it only when the
 * earlier family's regisseur accepts a request, and never beyond the day it left.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { startMailServer, type TestMailServer } from '../support/mailServer.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const sanne = { firstName: 'Sanne', lastName: 'de Boer', birthDate: '2016-05-05', role: 'child', bsn: '123456782' };
const signalKinds = (items: Array<{ type: string; kind: string }>) => items.filter((i) => i.type === 'signal').map((i) => i.kind).sort();

describe('a child\'s history follows it only with the earlier regisseur\'s consent', () => {
  let t: TestApp;
  let smtp: TestMailServer;
  let anouk: Client; // district team, regisseur of the earlier family
  let jeroen: Client; // Veilig Thuis, involved in the earlier family
  let bas: Client; // shelter, makes a family of his own
  let accounts: Record<'anouk' | 'jeroen' | 'bas', Awaited<ReturnType<typeof buildUser>>>;
  let earlier: string;
  let sanneEarlier: string;

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp({}, { mail: smtp });
    const [districtTeam, safeAtHome, shelter] = [
      await buildOrganisation(t.db, { name: 'Wijkteam Oost' }), await buildOrganisation(t.db, { name: 'Veilig Thuis', kind: 'safe_at_home' }),
      await buildOrganisation(t.db, { name: 'Opvang De Haven', kind: 'shelter' }),
    ];
    accounts = {
      anouk: await buildUser(t.db, { roles: ['professional'], organisationId: districtTeam.id, name: 'Anouk Jansen' }),
      jeroen: await buildUser(t.db, { roles: ['professional'], organisationId: safeAtHome.id, name: 'Jeroen de Wit' }),
      bas: await buildUser(t.db, { roles: ['professional'], organisationId: shelter.id, name: 'Bas Bakker' }),
    };
    [anouk, jeroen, bas] = [await login(t.app, accounts.anouk), await login(t.app, accounts.jeroen), await login(t.app, accounts.bas)];
    earlier = (await anouk.post('/api/v1/households', { name: 'Familie de Boer', municipality: 'Rondeel' })).json().id;
    sanneEarlier = (await anouk.post(`/api/v1/households/${earlier}/persons`, sanne)).json().id;
    await anouk.post(`/api/v1/households/${earlier}/involvements`, { userId: accounts.jeroen.id, reason: 'Melding', domain: 'child_safety' });
    await anouk.put(`/api/v1/households/${earlier}/direction`, { userId: accounts.anouk.id, mandate: 'Regie wijkteam' });
    expect((await anouk.post(`/api/v1/households/${earlier}/signals`, { personIds: [sanneEarlier], kind: 'child_school_absence', observedAt: '2026-09-01' })).statusCode).toBe(201);
    // Another organisation's report of what the child disclosed, with a restricted note.
    expect((await jeroen.post(`/api/v1/households/${earlier}/signals`, { personIds: [sanneEarlier], kind: 'child_disclosure', observedAt: '2026-09-10', severity: 'high', note: 'Sanne vertelde dat …' })).statusCode).toBe(201);
    expect((await anouk.post(`/api/v1/households/${earlier}/persons/${sanneEarlier}/leave`, {})).statusCode).toBe(200);
  });
  afterAll(async () => { await t.close(); await smtp.close(); });

  const newFamilyOfBas = async (name: string) => (await bas.post('/api/v1/households', { name, municipality: 'Kreekmonde' })).json().id as string;

  it('does not open the earlier family\'s records to a family made up with the child\'s citizen number', async () => {
    const madeUp = await newFamilyOfBas('Familie Verzonnen');
    const added = await bas.post(`/api/v1/households/${madeUp}/persons`, sanne);
    expect(added.statusCode).toBe(201);
    expect(added.json().id).not.toBe(sanneEarlier);
    expect(added.json()).not.toHaveProperty('linkedExisting');
    const here = added.json().id as string;
    expect(signalKinds((await bas.get(`/api/v1/households/${madeUp}/timeline`)).json().data)).toEqual([]);
    expect(signalKinds((await bas.get(`/api/v1/persons/${here}/timeline`)).json().data)).toEqual([]);
    expect((await bas.get(`/api/v1/persons/${sanneEarlier}/timeline`)).statusCode).toBe(404);
    expect(JSON.stringify((await bas.get(`/api/v1/households/${madeUp}/alerts`)).json())).not.toMatch(/disclosure|vertelde/);
    // Known elsewhere — contact X: matching tells both sides who the other is, nothing more.
    const matches = (await bas.get('/api/v1/matches')).json().data;
    expect(matches.map((m: { other: { userId: string } }) => m.other.userId).sort()).toEqual([accounts.anouk.id, accounts.jeroen.id].sort());
    expect(JSON.stringify(matches)).not.toMatch(/disclosure|school_absence|vertelde/);
  });

  it('opens the records up to the day the child left once the earlier regisseur accepts, after a refusal and a wrong decider', async () => {
    const newHome = await newFamilyOfBas('Familie Vos');
    const here = (await bas.post(`/api/v1/households/${newHome}/persons`, sanne)).json().id as string;
    const unknownChild = (await bas.post(`/api/v1/households/${newHome}/persons`, { ...sanne, firstName: 'Mees', bsn: '111222333' })).json().id as string;
    const since = smtp.received.length;

    // Asked twice each: the one who asks cannot tell a request that found an earlier family from one that found none.
    const ask = (personId: string) => bas.post(`/api/v1/households/${newHome}/persons/${personId}/history-requests`, { reason: 'Woont sinds vorige week bij ons in de opvang' });
    const answers = [await ask(here), await ask(here), await ask(unknownChild), await ask(unknownChild)];
    expect(answers.map((a) => [a.statusCode, Object.keys(a.json()).sort()])).toEqual(Array(4).fill([202, ['batchId', 'status']]));
    const mail = await smtp.waitFor(accounts.anouk.email, { since });
    const outgoing = (await bas.get(`/api/v1/households/${newHome}/history-requests`)).json().data.outgoing;
    const shape = (personId: string) => outgoing.filter((r: { personId: string }) => r.personId === personId).map((r: { status: string; answers: unknown[] }) => [r.status, r.answers]);
    expect(shape(here)).toEqual([['pending', []], ['pending', []]]);
    expect(shape(unknownChild)).toEqual(shape(here));
    expect(JSON.stringify(outgoing)).not.toContain(earlier);
    // A family the child has left cannot ask for anything (it would get what is recorded after the child left).
    const formerMember = await anouk.post(`/api/v1/households/${earlier}/persons/${sanneEarlier}/history-requests`, { reason: 'Waar is Sanne nu?' });
    expect([formerMember.statusCode, formerMember.json().code]).toEqual([422, 'NOT_A_MEMBER']);
    expect(mail.text).not.toMatch(/Sanne|de Boer/);

    // The earlier regisseur sees who asks and what they entered; someone else involved may not decide.
    const incoming = (await anouk.get(`/api/v1/households/${earlier}/history-requests`)).json();
    expect(incoming.can.decide).toBe(true);
    expect(incoming.data.incoming).toHaveLength(1); // asked twice, shown once
    const listed = (await anouk.get('/api/v1/households')).json().data.find((h: { id: string }) => h.id === earlier);
    expect(listed.historyRequestsWaiting).toBe(1);
    expect(incoming.data.incoming[0]).toMatchObject({
      status: 'pending', requester: { name: 'Bas Bakker', organisationName: 'Opvang De Haven' }, askingMunicipality: 'Kreekmonde',
      child: { personId: sanneEarlier, firstName: 'Sanne' }, entered: { firstName: 'Sanne', birthDate: '2016-05-05', bsnMatches: true },
    });
    const requestId = incoming.data.incoming[0].id as string;
    const byJeroen = await jeroen.post(`/api/v1/households/${earlier}/history-requests/${requestId}/decide`, { decision: 'accept', note: 'Akkoord' });
    expect([byJeroen.statusCode, byJeroen.json().code]).toEqual([403, 'REGISSEUR_DECIDES']);
    expect((await bas.post(`/api/v1/households/${earlier}/history-requests/${requestId}/decide`, { decision: 'accept', note: 'x' })).statusCode).toBe(404);

    expect((await anouk.post(`/api/v1/households/${earlier}/history-requests/${requestId}/decide`, { decision: 'decline', note: 'Eerst even bellen: 06-12345678' })).statusCode).toBe(200);
    const declined = (await bas.get(`/api/v1/households/${newHome}/history-requests`)).json().data.outgoing.find((r: { personId: string }) => r.personId === here);
    // Pending as a whole (a request never shows whether any family is left to answer); the refusal gives its
    // note, but not who refused or from which organisation: the note says what the regisseur chose to say.
    expect(declined.status).toBe('pending');
    expect(declined.answers).toEqual([expect.objectContaining({ status: 'declined', by: '', organisationName: '', note: 'Eerst even bellen: 06-12345678' })]);
    expect(signalKinds((await bas.get(`/api/v1/households/${newHome}/timeline`)).json().data)).toEqual([]);

    await bas.post(`/api/v1/households/${newHome}/persons/${here}/history-requests`, { reason: 'Na ons telefoongesprek' });
    const pendingAtAnouk = async () => (await anouk.get(`/api/v1/households/${earlier}/history-requests`)).json().data.incoming.find((r: { status: string }) => r.status === 'pending');
    await expect.poll(pendingAtAnouk).toBeDefined(); // sent on to the earlier family just after the answer
    const again = await pendingAtAnouk();
    const accepted = await anouk.post(`/api/v1/households/${earlier}/history-requests/${again.id}/decide`, { decision: 'accept', note: 'Besproken met Bas' });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });

    const timeline = (await bas.get(`/api/v1/households/${newHome}/timeline?types=signal`)).json().data;
    expect(signalKinds(timeline)).toEqual(['child_disclosure', 'child_school_absence']);
    expect(timeline.every((i: { personIds: string[]; householdId: string; signal: { fromOtherHousehold: boolean } }) =>
      i.personIds.join() === here && i.householdId === newHome && i.signal.fromOtherHousehold)).toBe(true);
    // The restricted note stays with the author's organisation.
    expect(JSON.stringify(timeline)).not.toContain('vertelde');
    expect(signalKinds((await bas.get(`/api/v1/persons/${here}/timeline`)).json().data)).toEqual(['child_disclosure', 'child_school_absence']);
    const decisions = await t.db.selectFrom('audit_events').select(['household_ids', 'outcome']).where('action', '=', 'history.decide').execute();
    expect(decisions.filter((e) => e.outcome === 'success').map((e) => [...e.household_ids].sort())).toEqual([[earlier, newHome].sort(), [earlier, newHome].sort()]);
    expect(decisions.filter((e) => e.outcome === 'denied')).toHaveLength(2); // Jeroen, who is not the regisseur, and Bas

    // What the earlier family records afterwards stays with it.
    await sql`INSERT INTO signals (household_id, id, kind, observed_at, severity, details, author_user_id, author_organisation_id, created_at)
      VALUES (${earlier}, ${randomUUID()}, 'police_call_out', current_date + 1, 'high', '{}', ${accounts.anouk.id},
              (SELECT organisation_id FROM users WHERE id = ${accounts.anouk.id}), now() + interval '1 day')`.execute(t.db);
    await sql`INSERT INTO signal_persons (household_id, signal_id, person_id) SELECT household_id, id, ${sanneEarlier} FROM signals WHERE household_id = ${earlier} AND kind = 'police_call_out'`.execute(t.db);
    expect(signalKinds((await bas.get(`/api/v1/households/${newHome}/timeline`)).json().data)).toEqual(['child_disclosure', 'child_school_absence']);
  });

  it('never shows a professional of an earlier family what was recorded about the child after it left', async () => {
    // A child record shared by two families (as records were linked before typing a citizen number stopped
    // linking them): the earlier family sees the child's history only up to the day it left.
    const later = await newFamilyOfBas('Familie Later');
    await t.db.insertInto('household_members').values({ household_id: later, id: randomUUID(), person_id: sanneEarlier, role: 'child', relation: null, since: '2026-11-01' }).execute();
    expect((await bas.post(`/api/v1/households/${later}/signals`, { personIds: [sanneEarlier], kind: 'child_injury', observedAt: '2026-11-20', note: 'Blauwe plekken' })).statusCode).toBe(201);
    const seenByAnouk = (await anouk.get(`/api/v1/persons/${sanneEarlier}/timeline`)).json().data;
    expect(signalKinds(seenByAnouk)).toEqual(['child_disclosure', 'child_school_absence']);
    expect(JSON.stringify(seenByAnouk)).not.toMatch(/child_injury|Bas Bakker|Opvang De Haven|Kreekmonde|Blauwe/);
    expect(seenByAnouk.every((i: { householdId: string }) => i.householdId === earlier)).toBe(true);
    // The family she lives in now sees its own records, not the earlier family's.
    expect(signalKinds((await bas.get(`/api/v1/persons/${sanneEarlier}/timeline`)).json().data)).toEqual(['child_injury']);
  });
});
