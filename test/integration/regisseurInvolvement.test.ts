import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDirections } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

/**
 * The regisseur is an involved professional, and ending the involvement of whoever leads is refused
 * (REGISSEUR_MUST_HAND_OVER). The same must hold the other way round: once a professional's involvement has
 * been ended, they cannot be given the lead — otherwise the family is led, from the next day on, by someone
 * who is no longer involved in it.
 */
describe('the regisseur is always someone whose involvement has not ended', () => {
  let t: TestApp;
  let anouk: Client;
  let anoukId: string;
  let marco: { id: string };

  let marcoClient: Client;

  /**
   * A family in which Marco was involved, and he has ended his involvement (today, or from a later date on).
   * He ends it himself: without a regisseur nobody else may (src/domain/governance.ts).
   */
  async function familyMarcoLeft(until?: string): Promise<string> {
    const householdId = (await anouk.post('/api/v1/households', { name: 'Familie Bakker', municipality: 'Rondeel' })).json().id;
    const involvementId = (await anouk.post(`/api/v1/households/${householdId}/involvements`, { userId: marco.id, reason: 'Schoolmaatschappelijk werk', domain: 'education' })).json().id;
    const ended = await marcoClient.post(`/api/v1/households/${householdId}/involvements/${involvementId}/end`, until ? { until } : {});
    expect(ended.statusCode).toBe(200);
    return householdId;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const organisationId = (await buildOrganisation(t.db)).id;
    const anoukAccount = await buildUser(t.db, { roles: ['professional'], organisationId, name: 'Anouk Jansen' });
    anoukId = anoukAccount.id;
    const marcoAccount = await buildUser(t.db, { roles: ['professional'], organisationId, name: 'Marco de Vries' });
    marco = marcoAccount;
    anouk = await login(t.app, anoukAccount);
    marcoClient = await login(t.app, marcoAccount);
  });
  afterAll(() => t.close());

  it('refuses to assign the direction to a professional whose involvement was ended', async () => {
    const householdId = await familyMarcoLeft();
    const response = await anouk.put(`/api/v1/households/${householdId}/direction`, { userId: marco.id, mandate: 'Regie' });
    expect([response.statusCode, response.json().code]).toEqual([422, 'DIRECTION_REQUIRES_INVOLVEMENT']);
    expect(await currentDirections(t.db, householdId)).toEqual([]);
  });

  it('refuses to hand the direction over to a professional whose involvement was ended', async () => {
    const householdId = await familyMarcoLeft();
    expect((await anouk.put(`/api/v1/households/${householdId}/direction`, { userId: anoukId, mandate: 'Regie' })).statusCode).toBe(201);
    const response = await anouk.post(`/api/v1/households/${householdId}/direction/handover`, { toUserId: marco.id, note: 'Overdracht' });
    expect([response.statusCode, response.json().code]).toEqual([422, 'DIRECTION_REQUIRES_INVOLVEMENT']);
    expect((await currentDirections(t.db, householdId)).map((d) => d.user_id)).toEqual([anoukId]);
  });

  it('refuses the lead to a professional whose involvement is due to end, as it refuses ending the regisseur\'s involvement', async () => {
    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const householdId = await familyMarcoLeft(nextMonth);
    const response = await anouk.put(`/api/v1/households/${householdId}/direction`, { userId: marco.id, mandate: 'Regie' });
    // Otherwise, from next month on, the family is led by someone no longer involved in it.
    expect([response.statusCode, response.json().code]).toEqual([422, 'DIRECTION_REQUIRES_INVOLVEMENT']);
    expect(await currentDirections(t.db, householdId)).toEqual([]);
  });
});
