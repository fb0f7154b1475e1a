import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

interface Listed { id: string; basis: string; other: { userId: string }; mine: { personId: string }; folded: Array<{ id: string; basis: string; coordinatedAt: string | null }>; coordinatedAt: string | null }

/** Issue 7: a match only about someone you do not already work with on that person; one per person and professional. */
describe('matches without colleagues, folded per person and professional', () => {
  let t: TestApp;
  let wijkteam: Client;
  let police: Client;
  let school: Client;
  const users: Record<'wijkteam' | 'police' | 'school', { id: string }> = {} as never;
  let familyId: string;
  let sanneId: string;
  let schoolSanneId: string;
  const list = async (client: Client): Promise<Listed[]> => (await client.get('/api/v1/matches')).json().data;

  beforeAll(async () => {
    t = await createTestApp();
    const orgs = [await buildOrganisation(t.db, { name: 'Wijkteam Zuid' }), await buildOrganisation(t.db, { name: 'Politie Rondeel', kind: 'police' }), await buildOrganisation(t.db, { name: 'OBS De Wilg', kind: 'school' })];
    users.wijkteam = await buildUser(t.db, { roles: ['professional'], organisationId: orgs[0]!.id, name: 'Fatima El Amrani' });
    users.police = await buildUser(t.db, { roles: ['professional'], organisationId: orgs[1]!.id, name: 'Kees Smit' });
    users.school = await buildUser(t.db, { roles: ['professional'], organisationId: orgs[2]!.id, name: 'Juf Ellen' });
    [wijkteam, police, school] = [await login(t.app, users.wijkteam as never), await login(t.app, users.police as never), await login(t.app, users.school as never)];

    // The family: mother first, so the children carry her as their shared parent. The police is involved with the whole family.
    familyId = (await wijkteam.post('/api/v1/households', { name: 'Familie Yilmaz', municipality: 'Rondeel' })).json().id;
    await wijkteam.post(`/api/v1/households/${familyId}/persons`, { firstName: 'Ayse', lastName: 'Yilmaz', birthDate: '1988-03-03', role: 'parent', bsn: '123456782' });
    await wijkteam.post(`/api/v1/households/${familyId}/involvements`, { userId: users.police.id, reason: 'Huiselijk geweld', domain: 'domestic_violence' });
    const sanne = await wijkteam.post(`/api/v1/households/${familyId}/persons`, { firstName: 'Sanne', lastName: 'Yilmaz', birthDate: '2015-02-01', role: 'child', bsn: '111222333' });
    sanneId = sanne.json().id;
    // Both the district team and the police now have an entry about Sanne, and they work together in her family.
    expect(sanne.json().newMatches).toBe(0);
    await wijkteam.post(`/api/v1/households/${familyId}/persons`, { firstName: 'Daan', lastName: 'Yilmaz', birthDate: '2018-06-01', role: 'child' });

    // The school registers Sanne (same BSN) and her mother in a household of its own: it works with nobody on her.
    const own = (await school.post('/api/v1/households', { name: 'Sanne (school)', municipality: 'Rondeel' })).json().id;
    await school.post(`/api/v1/households/${own}/persons`, { firstName: 'Ayse', lastName: 'Yilmaz', birthDate: '1988-03-03', role: 'parent', bsn: '123456782' });
    const added = await school.post(`/api/v1/households/${own}/persons`, { firstName: 'Sanne', lastName: 'Yilmaz', birthDate: '2015-02-01', role: 'child', bsn: '111222333' });
    schoolSanneId = added.json().id;
    // With the district team and the police: each about Sanne herself and about her brother Daan.
    expect(added.json().newMatches).toBe(4);
  });
  afterAll(() => t.close());

  it('creates no match between professionals who are both involved in the family of the person', async () => {
    const rows = await t.db.selectFrom('matches').select(['user_a', 'user_b']).execute();
    const pairs = rows.map((row) => [row.user_a, row.user_b].sort().join('|'));
    expect(pairs).not.toContain([users.wijkteam.id, users.police.id].sort().join('|'));
  });

  it('shows one match per person and other professional, the sibling match folded under the one about the person', async () => {
    const forSchool = await list(school);
    expect(forSchool).toHaveLength(2);
    expect(forSchool.map((m) => m.other.userId).sort()).toEqual([users.wijkteam.id, users.police.id].sort());
    for (const match of forSchool) {
      expect(match).toMatchObject({ basis: 'person', mine: { personId: schoolSanneId } });
      expect(match.folded).toEqual([expect.objectContaining({ basis: 'family', coordinatedAt: null })]);
    }
    // The district team sees the school once about Sanne; Daan's match is about Daan, so it stands on its own.
    const forTeam = await list(wijkteam);
    expect(forTeam.map((m) => [m.mine.personId === sanneId ? 'Sanne' : 'Daan', m.basis, m.folded.length]).sort())
      .toEqual([['Daan', 'family', 0], ['Sanne', 'person', 0]]);
  });

  it('coordinating a match covers the matches folded under it', async () => {
    const [match] = (await list(school)).filter((m) => m.other.userId === users.police.id);
    expect((await school.post(`/api/v1/matches/${match!.id}/coordinate`, { centralContactUserId: users.police.id })).statusCode).toBe(200);
    const after = (await list(school)).find((m) => m.id === match!.id)!;
    expect(after.coordinatedAt).not.toBeNull();
    expect(after.folded.every((m) => m.coordinatedAt !== null)).toBe(true);
  });

  it('does not show a match made before the rule between professionals who work together in the family', async () => {
    const entries = await t.db.selectFrom('match_entries').select(['id', 'user_id']).where('person_id', '=', sanneId).execute();
    const team = entries.find((e) => e.user_id === users.wijkteam.id)!;
    const cop = entries.find((e) => e.user_id === users.police.id)!;
    const [a, b] = [team, cop].sort((x, y) => x.id.localeCompare(y.id));
    await t.db.insertInto('matches').values({
      id: crypto.randomUUID(), basis: 'person', subject_key: 'old', entry_a: a!.id, entry_b: b!.id, user_a: a!.user_id, user_b: b!.user_id,
    }).execute();
    expect((await list(wijkteam)).map((m) => m.other.userId)).not.toContain(users.police.id);
    expect((await list(police)).map((m) => m.other.userId)).not.toContain(users.wijkteam.id);
  });

  it('hides a match once both professionals are involved in the family of the person', async () => {
    expect((await list(wijkteam)).map((m) => m.other.userId)).toContain(users.school.id);
    expect((await wijkteam.post(`/api/v1/households/${familyId}/involvements`, { userId: users.school.id, reason: 'Zorgen op school', domain: 'education' })).statusCode).toBe(201);
    expect((await list(wijkteam)).map((m) => m.other.userId)).not.toContain(users.school.id);
    expect((await list(school)).map((m) => m.other.userId)).not.toContain(users.wijkteam.id);
  });
});
