import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

describe('signals, timelines, pattern alerts and matching across organisations', () => {
  let t: TestApp;
  let wijkteam: Client;
  let police: Client;
  let school: Client;
  let wijkteamUser: { id: string };
  let policeUser: { id: string };
  let householdId: string;
  let sanneId: string;
  let daanId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const [teamOrg, policeOrg, schoolOrg] = [await buildOrganisation(t.db, { name: 'Wijkteam Zuid' }), await buildOrganisation(t.db, { name: 'Politie Rondeel', kind: 'police' }), await buildOrganisation(t.db, { name: 'OBS De Wilg', kind: 'school' })];
    const teamAccount = await buildUser(t.db, { roles: ['professional'], organisationId: teamOrg.id, name: 'Fatima El Amrani' });
    const policeAccount = await buildUser(t.db, { roles: ['professional'], organisationId: policeOrg.id, name: 'Wijkagent Kees Smit' });
    const schoolAccount = await buildUser(t.db, { roles: ['professional'], organisationId: schoolOrg.id, name: 'Juf Ellen' });
    wijkteamUser = teamAccount; policeUser = policeAccount;
    [wijkteam, police, school] = [await login(t.app, teamAccount), await login(t.app, policeAccount), await login(t.app, schoolAccount)];

    householdId = (await wijkteam.post('/api/v1/households', { name: 'Familie Yilmaz', municipality: 'Rondeel' })).json().id;
    sanneId = (await wijkteam.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Sanne', lastName: 'Yilmaz', birthDate: '2015-02-01', role: 'child', bsn: '111222333' })).json().id;
    daanId = (await wijkteam.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Daan', lastName: 'Yilmaz', birthDate: '2018-06-01', role: 'child' })).json().id;
    await wijkteam.post(`/api/v1/households/${householdId}/involvements`, { userId: policeAccount.id, reason: 'Politie-inzet huiselijk geweld', domain: 'domestic_violence' });
  });
  afterAll(() => t.close());

  it('serves the signal vocabulary in Dutch and English', async () => {
    const vocabulary = (await wijkteam.get('/api/v1/vocabulary/signal-kinds')).json();
    expect(vocabulary.length).toBeGreaterThan(25);
    expect(vocabulary[0]).toEqual({ code: expect.any(String), group: expect.any(String), label: { nl: expect.any(String), en: expect.any(String) } });
  });

  it('raises an explained alert after the second police call-out within twelve months', async () => {
    const first = await police.post(`/api/v1/households/${householdId}/signals`, { personIds: [sanneId, daanId], kind: 'police_call_out', observedAt: '2026-03-01', note: 'Buren belden; moeder met blauw oog' });
    expect(first.statusCode).toBe(201);
    expect((await wijkteam.get(`/api/v1/households/${householdId}/alerts`)).json().data.filter((a: { rule: string }) => a.rule === 'repeated_domestic_violence')).toHaveLength(0);
    const second = await police.post(`/api/v1/households/${householdId}/signals`, { personIds: [sanneId], kind: 'police_call_out', observedAt: '2026-10-15' });
    expect(second.statusCode).toBe(201);
    const alerts = (await wijkteam.get(`/api/v1/households/${householdId}/alerts`)).json().data;
    const repeated = alerts.find((a: { rule: string }) => a.rule === 'repeated_domestic_violence');
    expect(repeated.eventIds).toEqual([first.json().id, second.json().id]);
    expect(repeated.explanation.nl).toMatch(/2/);
    expect((await wijkteam.get('/api/v1/alerts')).json().data.map((a: { id: string }) => a.id)).toContain(repeated.id);
  });

  it('shows a signal about one child on the family timeline, with the note only for the author organisation', async () => {
    const forPolice = (await police.get(`/api/v1/households/${householdId}/timeline?types=signal`)).json().data;
    const forTeam = (await wijkteam.get(`/api/v1/households/${householdId}/timeline?types=signal`)).json().data;
    expect(forPolice).toHaveLength(2);
    expect(forPolice.find((i: { signal: { note: string | null } }) => i.signal.note)?.signal.note).toContain('blauw oog');
    const withNote = forTeam.find((i: { signal: { hasRestrictedNote: boolean } }) => i.signal.hasRestrictedNote);
    expect(withNote.signal.note).toBeNull();
    const daanTimeline = (await wijkteam.get(`/api/v1/persons/${daanId}/timeline`)).json().data;
    expect(daanTimeline.filter((i: { type: string }) => i.type === 'signal')).toHaveLength(1);
  });

  it('lets the regisseur read the restricted note', async () => {
    expect((await wijkteam.put(`/api/v1/households/${householdId}/direction`, { userId: wijkteamUser.id, mandate: 'Regie wijkteam' })).statusCode).toBe(201);
    const forRegisseur = (await wijkteam.get(`/api/v1/households/${householdId}/timeline?types=signal`)).json().data;
    expect(forRegisseur.some((i: { signal: { note: string | null } }) => i.signal.note?.includes('blauw oog'))).toBe(true);
  });

  it('tells two organisations about each other for the same child, without content or access', async () => {
    // The school registers the same child (same BSN) in a household of its own.
    const own = (await school.post('/api/v1/households', { name: 'Sanne (school)', municipality: 'Rondeel' })).json().id;
    await school.post(`/api/v1/households/${own}/persons`, { firstName: 'Sanne', lastName: 'Yilmaz', birthDate: '2015-02-01', role: 'child', bsn: '111222333' });
    // Sanne lives in a family the school cannot see: typing her BSN gives the school a record of its own, not hers.
    const sameSanne = (await school.get(`/api/v1/households/${own}`)).json().data.children[0].id;
    expect(sameSanne).not.toBe(sanneId);
    expect((await school.get(`/api/v1/persons/${sanneId}/timeline`)).statusCode).toBe(404);
    expect((await school.get(`/api/v1/households/${own}/timeline?types=signal`)).json().data).toEqual([]);
    // Adding her already registered the concern: the match is there before the school's first signal.
    const signal = await school.post(`/api/v1/households/${own}/signals`, { personIds: [sameSanne], kind: 'child_withdrawn', observedAt: '2026-11-01' });
    expect(signal.statusCode).toBe(201);
    const schoolMatches = (await school.get('/api/v1/matches')).json().data;
    const withPolice = schoolMatches.find((m: { other: { userId: string } }) => m.other.userId === policeUser.id);
    expect(withPolice.other).toMatchObject({ name: 'Wijkagent Kees Smit', organisationName: 'Politie Rondeel' });
    expect(JSON.stringify(schoolMatches)).not.toMatch(/blauw oog|police_call_out|Familie Yilmaz/);
    expect((await school.get(`/api/v1/households/${householdId}`)).statusCode).toBe(404);
    const coordinated = await school.post(`/api/v1/matches/${withPolice.id}/coordinate`, { centralContactUserId: policeUser.id });
    expect(coordinated.statusCode).toBe(200);
    const policeView = (await police.get('/api/v1/matches')).json().data.find((m: { id: string }) => m.id === withPolice.id);
    expect(policeView.centralContact.name).toBe('Wijkagent Kees Smit');
  });

  it('no longer matches once the entry has expired', async () => {
    await t.db.updateTable('match_entries').set({ expires_on: '2020-01-01' }).execute();
    expect((await school.get('/api/v1/matches')).json().data).toEqual([]);
  });

  it('acknowledges an alert with a note', async () => {
    const [alert] = (await wijkteam.get(`/api/v1/households/${householdId}/alerts`)).json().data;
    expect((await school.post(`/api/v1/alerts/${alert.id}/acknowledge`, { note: 'x' })).statusCode).toBe(404);
    const response = await wijkteam.post(`/api/v1/alerts/${alert.id}/acknowledge`, { note: 'Besproken in MDO; veiligheidsplan gemaakt' });
    expect(response.statusCode).toBe(200);
    const all = (await wijkteam.get(`/api/v1/households/${householdId}/alerts?includeAcknowledged=true`)).json().data;
    expect(all.find((a: { id: string }) => a.id === alert.id).acknowledged).toMatchObject({ by: 'Fatima El Amrani' });
  });
});

describe('figures for overseers', () => {
  it('gives the overseer aggregates without a single name, and nobody else', async () => {
    const t = await createTestApp();
    try {
      const org = await buildOrganisation(t.db);
      const professional = await login(t.app, await buildUser(t.db, { roles: ['professional'], organisationId: org.id }));
      const overseer = await login(t.app, await buildUser(t.db, { roles: ['overseer'], organisationId: org.id }));
      const id = (await professional.post('/api/v1/households', { name: 'Familie Geheim', municipality: 'Rondeel' })).json().id;
      await professional.post(`/api/v1/households/${id}/persons`, { firstName: 'Noor', lastName: 'Geheim', birthDate: '2017-01-01', role: 'child' });
      const response = await overseer.get('/api/v1/statistics');
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toMatchObject({
        households: 1, withRegisseur: 0, children: 1, childrenWithoutGuardian: 1, withoutInvolvement: 0,
        householdsByEscalationLevel: [{ level: 'voluntary', households: 1 }],
      });
      expect(response.body).not.toMatch(/Geheim|Noor/);
      expect((await professional.get('/api/v1/statistics')).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});
