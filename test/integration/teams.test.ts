import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/api/auth/totp.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

/** Issue 7: the administrator renames a team, takes it out of use once nobody is in it, and puts it back. */
describe('teams: rename, out of use, back in use', () => {
  let t: TestApp;
  let admin: Client;
  let organisationId: string;
  beforeAll(async () => {
    t = await createTestApp();
    organisationId = (await buildOrganisation(t.db, { name: 'Wijkteam Noord' })).id;
    const secret = 'JBSWY3DPEHPK3PXP';
    const account = await buildUser(t.db, { roles: ['administrator'], organisationId, totpSecret: secret });
    admin = await login(t.app, { ...account, totp: currentTotp(secret) });
  });
  afterAll(() => t.close());

  const teamsOf = async () => ((await admin.get('/api/v1/organisations')).json().data as Array<{ id: string; teams: Array<{ id: string; name: string; active: boolean }> }>)
    .find((o) => o.id === organisationId)!.teams;

  it('refuses to take a team out of use while an account is in it; afterwards it takes nobody in until it is back in use', async () => {
    const teamId = (await admin.post(`/api/v1/organisations/${organisationId}/teams`, { name: 'Team Noord' })).json().id as string;
    const member = await buildUser(t.db, { roles: ['professional'], organisationId, teamId, name: 'Jan Lid' });

    const refused = await admin.patch(`/api/v1/teams/${teamId}`, { active: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'TEAM_NOT_EMPTY', params: { count: 1 } });

    expect((await admin.patch(`/api/v1/users/${member.id}`, { teamId: null })).statusCode).toBe(200);
    const renamed = await admin.patch(`/api/v1/teams/${teamId}`, { name: 'Team Noord-Oost', active: false });
    expect(renamed.json().data).toEqual({ id: teamId, name: 'Team Noord-Oost', active: false });
    expect(await teamsOf()).toContainEqual({ id: teamId, name: 'Team Noord-Oost', active: false });

    // Out of use: nobody can be put in it
    const refusedMember = await admin.patch(`/api/v1/users/${member.id}`, { teamId });
    expect(refusedMember.statusCode).toBeGreaterThanOrEqual(400);

    expect((await admin.patch(`/api/v1/teams/${teamId}`, { active: true })).json().data.active).toBe(true);
    expect((await admin.patch(`/api/v1/users/${member.id}`, { teamId })).statusCode).toBe(200);

    const logged = await t.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'team.update').execute();
    expect(logged.map((event) => (event.details as { active?: boolean }).active)).toEqual([false, true]);
  });

  it('refuses an empty change and an unknown team', async () => {
    expect((await admin.patch('/api/v1/teams/00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode).toBe(404);
    const teamId = (await admin.post(`/api/v1/organisations/${organisationId}/teams`, { name: 'Team Zuid' })).json().id as string;
    expect((await admin.patch(`/api/v1/teams/${teamId}`, {})).statusCode).toBe(400);
  });
});
