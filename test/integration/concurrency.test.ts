import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDirections } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

describe('concurrent changes never overwrite each other or make two regisseurs', () => {
  let t: TestApp;
  let organisationId: string;
  let creator: Client;
  let creatorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    organisationId = (await buildOrganisation(t.db, { name: 'Wijkteam Zuid' })).id;
    const account = await buildUser(t.db, { roles: ['professional'], organisationId, name: 'Anouk Jansen' });
    creatorId = account.id;
    creator = await login(t.app, account);
  });
  afterAll(() => t.close());

  const newHousehold = async (name = 'Familie Yilmaz') => {
    const response = await creator.post('/api/v1/households', { name, municipality: 'Rondeel' });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };
  const involve = async (householdId: string, userId: string) => {
    const response = await creator.post(`/api/v1/households/${householdId}/involvements`, { userId, reason: 'Betrokken bij het gezin', domain: 'parenting' });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };

  it('lets exactly one of ten simultaneous regisseur assignments win; the other nine get 409', async () => {
    const householdId = await newHousehold();
    const professionals = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      buildUser(t.db, { roles: ['professional'], organisationId, name: `Professional ${i}` })));
    for (const professional of professionals) await involve(householdId, professional.id);
    const clients = await Promise.all(professionals.map((professional) => login(t.app, professional)));

    const responses = await Promise.all(clients.map((client, i) =>
      client.put(`/api/v1/households/${householdId}/direction`, { userId: professionals[i]!.id, mandate: `Ik neem de regie (${i})` })));

    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    expect(new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['DIRECTION_ALREADY_HELD']));
    const winner = professionals[statuses.indexOf(201)]!;
    const current = await currentDirections(t.db, householdId);
    expect(current).toEqual([expect.objectContaining({ id: responses[statuses.indexOf(201)]!.json().id, user_id: winner.id })]);
    expect(await t.db.selectFrom('directions').select('id').where('household_id', '=', householdId).execute()).toHaveLength(1);
  });

  it('involves a professional once when eight identical requests arrive together; ending that one involvement ends access', async () => {
    const householdId = await newHousehold('Familie Doğan');
    const colleague = await buildUser(t.db, { roles: ['professional'], organisationId, name: 'Gezinscoach Sem' });
    const responses = await Promise.all(Array.from({ length: 8 }, () =>
      creator.post(`/api/v1/households/${householdId}/involvements`, { userId: colleague.id, reason: 'Gezinscoaching', domain: 'parenting' })));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['ALREADY_EXISTS']));
    const open = await t.db.selectFrom('involvements').select('id').where('household_id', '=', householdId).where('user_id', '=', colleague.id).where('until', 'is', null).execute();
    expect(open).toHaveLength(1);

    const asColleague = await login(t.app, colleague);
    expect((await asColleague.get(`/api/v1/households/${householdId}`)).statusCode).toBe(200);
    // The creator leads this family: the regisseur may end anyone's involvement.
    expect((await creator.put(`/api/v1/households/${householdId}/direction`, { userId: creatorId, mandate: 'Regie' })).statusCode).toBe(201);
    const ended = await creator.post(`/api/v1/households/${householdId}/involvements/${open[0]!.id}/end`, {});
    expect(ended.statusCode).toBe(200);
    expect((await asColleague.get(`/api/v1/households/${householdId}`)).statusCode).toBe(404);
  });

  it('refuses an update based on a stale version with 409 and keeps the newer change', async () => {
    const householdId = await newHousehold('Familie de Wit');
    const first = await creator.patch(`/api/v1/households/${householdId}`, { version: 1, name: 'Familie de Wit-Bakker' });
    expect(first.json()).toEqual({ id: householdId, version: 2 });
    const stale = await creator.patch(`/api/v1/households/${householdId}`, { version: 1, name: 'Familie de Wit' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    expect(await t.db.selectFrom('households').select(['name', 'version']).where('id', '=', householdId).executeTakeFirstOrThrow())
      .toEqual({ name: 'Familie de Wit-Bakker', version: 2 });
  });

  it('lets only one of ten simultaneous updates of the same version through', async () => {
    const householdId = await newHousehold('Familie Peters');
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      creator.patch(`/api/v1/households/${householdId}`, { version: 1, name: `Familie Peters ${i}` })));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const stored = await t.db.selectFrom('households').select(['name', 'version']).where('id', '=', householdId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: `Familie Peters ${statuses.indexOf(200)}`, version: 2 });
  });

  describe('no sequence of assign, handover, end and ending involvements ever yields two regisseurs', () => {
    const people = [0, 1, 2, 3] as const; // 0 is the creator; 3 starts without involvement
    type Who = (typeof people)[number];
    type Step =
      | { kind: 'assign'; who: Who } | { kind: 'handover'; who: Who; by: 'regisseur' | 'other' } | { kind: 'end'; by: 'regisseur' | 'other' }
      | { kind: 'endInvolvement'; who: Who } | { kind: 'addInvolvement'; who: Who };
    const who = fc.constantFrom(...people);
    const step: fc.Arbitrary<Step> = fc.oneof(
      { arbitrary: who.map((w) => ({ kind: 'assign', who: w }) as const), weight: 3 },
      // By the regisseur (the creator while nobody leads), or by someone else involved, who is refused.
      { arbitrary: fc.record({ kind: fc.constant('handover' as const), who, by: fc.constantFrom('regisseur' as const, 'other' as const) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('end' as const), by: fc.constantFrom('regisseur' as const, 'other' as const) }), weight: 1 },
      // The creator (0) keeps their own involvement, so the run never depends on whether an involvement ended
      // today still gives access today. An involvement is ended by the professional themselves.
      { arbitrary: fc.constantFrom(1, 2, 3).map((w) => ({ kind: 'endInvolvement', who: w as Who }) as const), weight: 2 },
      { arbitrary: who.map((w) => ({ kind: 'addInvolvement', who: w }) as const), weight: 1 },
    );

    let others: Array<Awaited<ReturnType<typeof buildUser>>>;
    let clients: Client[];
    beforeAll(async () => {
      others = await Promise.all([1, 2, 3].map((i) => buildUser(t.db, { roles: ['professional'], organisationId, name: `Collega ${i}` })));
      clients = [creator, ...await Promise.all(others.map((other) => login(t.app, other)))];
    });

    it('holds after every step of random command sequences sent through the API', async () => {
      const userIdOf = (w: Who) => (w === 0 ? creatorId : others[w - 1]!.id);
      await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const householdId = await newHousehold('Familie Property');
        await involve(householdId, userIdOf(1));
        await involve(householdId, userIdOf(2));
        // The model: who leads, whose involvement is open, and who was involved at some point today. Only a
        // professional with an open involvement can take the lead: one whose involvement was ended would lead
        // a family they are no longer involved in from tomorrow on.
        let leader: Who | null = null;
        const open = new Set<Who>([0, 1, 2]);
        const involvedToday = new Set<Who>([0, 1, 2]);
        const base = `/api/v1/households/${householdId}`;

        for (const s of steps) {
          let expected: number;
          let response;
          // Who acts on the direction: the regisseur (the creator while nobody leads), or anyone else still involved.
          const bystander = [...open].find((w) => w !== leader);
          const actor = (by: 'regisseur' | 'other'): Who | undefined => (by === 'regisseur' || leader === null ? leader ?? 0 : bystander);
          switch (s.kind) {
            case 'assign':
              expected = !open.has(s.who) ? 422 : leader !== null ? 409 : 201;
              response = await creator.put(`${base}/direction`, { userId: userIdOf(s.who), mandate: 'Regie' });
              if (expected === 201) leader = s.who;
              break;
            case 'handover': {
              const by = actor(s.by);
              if (by === undefined) continue;
              expected = !open.has(s.who) ? 422 : leader === null ? 409 : leader === s.who ? 422 : by !== leader ? 403 : 201;
              response = await clients[by]!.post(`${base}/direction/handover`, { toUserId: userIdOf(s.who), note: 'Overdracht' });
              if (expected === 201) leader = s.who;
              break;
            }
            case 'end': {
              const by = actor(s.by);
              if (by === undefined) continue;
              expected = leader === null ? 409 : by !== leader ? 403 : 200;
              response = await clients[by]!.post(`${base}/direction/end`, { note: 'Regie beëindigd' });
              if (expected === 200) leader = null;
              break;
            }
            case 'endInvolvement': {
              const involvement = await t.db.selectFrom('involvements').select('id').where('household_id', '=', householdId)
                .where('user_id', '=', userIdOf(s.who)).where('until', 'is', null).executeTakeFirst();
              expected = !open.has(s.who) ? 404 : leader === s.who ? 409 : 200;
              response = await clients[s.who]!.post(`${base}/involvements/${involvement?.id ?? randomUUID()}/end`, {});
              if (expected === 200) open.delete(s.who);
              break;
            }
            case 'addInvolvement':
              response = await creator.post(`${base}/involvements`, { userId: userIdOf(s.who), reason: 'Betrokken', domain: 'parenting' });
              // Whether someone ended today may be added again today is a choice; both answers keep the rule.
              expected = open.has(s.who) ? 409 : involvedToday.has(s.who) && response.statusCode === 409 ? 409 : 201;
              if (expected === 201) { open.add(s.who); involvedToday.add(s.who); }
              break;
          }
          expect({ step: s, status: response.statusCode }, response.body).toEqual({ step: s, status: expected });
          const current = await currentDirections(t.db, householdId);
          expect(current.length).toBeLessThanOrEqual(1);
          expect(current.map((d) => d.user_id)).toEqual(leader === null ? [] : [userIdOf(leader)]);
          // The regisseur is always someone whose involvement has not been ended.
          for (const direction of current) {
            const involvement = await t.db.selectFrom('involvements').select('id').where('household_id', '=', householdId)
              .where('user_id', '=', direction.user_id!).where('until', 'is', null).executeTakeFirst();
            expect(involvement, 'the regisseur has an open involvement').toBeDefined();
          }
        }
      }), { numRuns: 15 });
    });
  });
});
