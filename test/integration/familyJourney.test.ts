import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

describe('a district team registers a family and makes one regisseur lead it', () => {
  let t: TestApp;
  let anouk: Client;
  let colleague: { id: string; email: string; password: string };
  let anoukId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const team = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const school = await buildOrganisation(t.db, { name: 'Basisschool De Linde', kind: 'school' });
    const account = await buildUser(t.db, { roles: ['professional'], organisationId: team.id, name: 'Anouk Jansen' });
    anoukId = account.id;
    colleague = await buildUser(t.db, { roles: ['professional'], organisationId: school.id, name: 'Marco de Vries' });
    anouk = await login(t.app, account);
  });
  afterAll(() => t.close());

  it('creates a family with two children, an involvement, a regisseur, refuses a second one and hands over', async () => {
    const created = await anouk.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel', address: { street: 'Lindelaan 4', city: 'Rondeel' } });
    expect(created.statusCode).toBe(201);
    const householdId = created.json().id;

    for (const child of [{ firstName: 'Sanne', birthDate: '2016-03-02', bsn: '111222333' }, { firstName: 'Daan', birthDate: '2019-10-11' }]) {
      const added = await anouk.post(`/api/v1/households/${householdId}/persons`, { ...child, lastName: 'Bakker', role: 'child' });
      expect(added.statusCode).toBe(201);
    }
    expect((await anouk.post(`/api/v1/households/${householdId}/persons`, { firstName: 'Petra', lastName: 'Bakker', birthDate: '1988-01-01', role: 'parent', relation: 'moeder' })).statusCode).toBe(201);

    const involvement = await anouk.post(`/api/v1/households/${householdId}/involvements`, { userId: colleague.id, reason: 'Zorgen over verzuim van Sanne', domain: 'education' });
    expect(involvement.statusCode).toBe(201);

    const assigned = await anouk.put(`/api/v1/households/${householdId}/direction`, { userId: anoukId, mandate: 'Regie namens het wijkteam, afgesproken in het MDO' });
    expect(assigned.statusCode).toBe(201);

    const second = await anouk.put(`/api/v1/households/${householdId}/direction`, { userId: colleague.id, mandate: 'Ook regie' });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.json()).toMatchObject({ code: 'DIRECTION_ALREADY_HELD' });
    expect(second.json().detail).toContain('Anouk Jansen');

    const handover = await anouk.post(`/api/v1/households/${householdId}/direction/handover`, { toUserId: colleague.id, note: 'School heeft het beste contact met moeder' });
    expect(handover.statusCode).toBe(201);

    const page = await anouk.get(`/api/v1/households/${householdId}`);
    expect(page.statusCode).toBe(200);
    const { data } = page.json();
    expect(data.children.map((c: { firstName: string }) => c.firstName)).toEqual(['Sanne', 'Daan']);
    expect(data.children[0].bsnLast3).toBe('333');
    expect(data.regisseur).toMatchObject({ name: 'Marco de Vries', kind: 'user' });
    expect(data.directionHistory).toHaveLength(2);
    expect(data.directionHistory[1]).toMatchObject({ name: 'Anouk Jansen', handoverNote: 'School heeft het beste contact met moeder' });
    expect(data.involvements.map((i: { name: string }) => i.name).sort()).toEqual(['Anouk Jansen', 'Marco de Vries']);
    expect(data.fiveQuestions.map((q: { status: string }) => q.status)).toEqual(['unanswered', 'unanswered', 'not_yet_answerable', 'answered', 'not_yet_answerable']);
  });

  it('never stores the citizen number itself', async () => {
    const rows = await t.db.selectFrom('persons').select(['bsn_hash', 'bsn_last3']).where('bsn_hash', 'is not', null).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bsn_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('111222333');
  });

  it('answers the five questions once every child is watched and the network is known', async () => {
    const list = await anouk.get('/api/v1/households');
    const family = list.json().data[0];
    expect(family.alerts.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    const page = (await anouk.get(`/api/v1/households/${family.id}`)).json().data;
    const grandma = await anouk.post(`/api/v1/households/${family.id}/network`, { name: 'Oma Riet', relation: 'grootmoeder', doesWhat: 'Haalt de kinderen op woensdag op' });
    expect(grandma.statusCode).toBe(201);
    for (const child of page.children) {
      const guardian = await anouk.post(`/api/v1/households/${family.id}/persons/${child.id}/guardians`, { networkMemberId: grandma.json().id });
      expect(guardian.statusCode).toBe(201);
    }
    const after = (await anouk.get('/api/v1/households')).json().data[0];
    expect(after.alerts).toEqual([]);
  });

  it('refuses a stale version with 409 instead of overwriting', async () => {
    const family = (await anouk.get('/api/v1/households')).json().data[0];
    const first = await anouk.patch(`/api/v1/households/${family.id}`, { version: family.version, name: 'Familie Bakker-de Wit' });
    expect(first.statusCode).toBe(200);
    const stale = await anouk.patch(`/api/v1/households/${family.id}`, { version: family.version, name: 'Familie Bakker' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const page = (await anouk.get(`/api/v1/households/${family.id}`)).json().data;
    expect(page.name).toBe('Familie Bakker-de Wit');
  });

  it('rejects unknown fields and names the failing field', async () => {
    const response = await anouk.post('/api/v1/households', { name: 'X', municipality: 'Rondeel', colour: 'red' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'colour' })]));
    const badBsn = await anouk.post(`/api/v1/households/${(await anouk.get('/api/v1/households')).json().data[0].id}/persons`, { firstName: 'A', lastName: 'B', birthDate: '2020-01-01', role: 'child', bsn: '123456789' });
    expect(badBsn.statusCode).toBe(400);
    expect(badBsn.json().errors[0].path).toBe('bsn');
  });

  it('keeps an intact audit chain of everything that happened', async () => {
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    const actions = await t.db.selectFrom('audit_events').select('action').execute();
    expect(new Set(actions.map((a) => a.action))).toEqual(expect.objectContaining({}));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['session.login', 'household.create', 'person.add', 'direction.assign', 'direction.handover', 'household.read', 'household.list']));
  });
});
