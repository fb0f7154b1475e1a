import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

interface Listed { id: string; name: string; street: string | null; escalationLevel: string }
interface Page { data: Listed[]; nextCursor: string | null }

/** Issue 7: "Mijn gezinnen" puts what needs attention first, filters, and pages with a cursor. */
describe('my families: what needs attention first, filters and a cursor', () => {
  let t: TestApp;
  let fatima: Client;
  let userId: string;
  const ids: Record<string, string> = {};
  const page = async (query = ''): Promise<Page> => {
    const response = await fatima.get(`/api/v1/households${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const names = (listed: Listed[]) => listed.map((family) => family.name);

  const alert = (householdId: string, rule: string, severity: string) => t.db.insertInto('household_alerts').values({
    household_id: householdId, id: randomUUID(), alert_key: `${rule}:${randomUUID()}`, rule, severity,
    explanation: JSON.stringify({ nl: 'Uitleg', en: 'Explanation' }), event_ids: [], person_ids: [],
  } as never).execute();

  beforeAll(async () => {
    t = await createTestApp();
    const organisation = await buildOrganisation(t.db, { name: 'Wijkteam Noord' });
    const user = await buildUser(t.db, { roles: ['professional'], organisationId: organisation.id, name: 'Fatima El Amrani' });
    userId = user.id;
    fatima = await login(t.app, user as never);
    // Created in alphabetical order, so that only the attention can change it.
    for (const name of ['Gezin Aalders', 'Gezin Bakker', 'Gezin Claes', 'Gezin Dekker', 'Gezin Evers']) {
      ids[name] = (await fatima.post('/api/v1/households', { name, municipality: name === 'Gezin Evers' ? 'Oosterdorp' : 'Rondeel' })).json().id;
    }
    // Everyone has a regisseur but Claes; Dekker has a high alert, Bakker a medium one.
    for (const name of ['Gezin Aalders', 'Gezin Bakker', 'Gezin Dekker', 'Gezin Evers']) {
      await fatima.put(`/api/v1/households/${ids[name]}/direction`, { userId, mandate: 'Regie vanuit het wijkteam' });
    }
    await alert(ids['Gezin Dekker']!, 'repeated_domestic_violence', 'high');
    await alert(ids['Gezin Bakker']!, 'care_avoidance', 'medium');
    await t.db.updateTable('households').set({ escalation_level: 'with_conditions' }).where('id', '=', ids['Gezin Evers']!).execute();
  });
  afterAll(() => t.close());

  it('puts the most severe open alert first, then a family without a regisseur, then the name', async () => {
    expect(names((await page()).data)).toEqual(['Gezin Dekker', 'Gezin Bakker', 'Gezin Claes', 'Gezin Aalders', 'Gezin Evers']);
  });

  it('pages with a cursor in the same order, without repeating or skipping a family', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let requests = 0;
    do {
      const next: Page = await page(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(next.data.length).toBeLessThanOrEqual(2);
      seen.push(...names(next.data));
      cursor = next.nextCursor;
      requests += 1;
    } while (cursor && requests < 10);
    expect(seen).toEqual(['Gezin Dekker', 'Gezin Bakker', 'Gezin Claes', 'Gezin Aalders', 'Gezin Evers']);
    expect(requests).toBe(3);
  });

  it('filters by alert kind, municipality, escalation level and "regisseur is me"', async () => {
    expect(names((await page('?rule=care_avoidance')).data)).toEqual(['Gezin Bakker']);
    expect(names((await page('?municipality=Oosterdorp')).data)).toEqual(['Gezin Evers']);
    expect(names((await page('?escalationLevel=with_conditions')).data)).toEqual(['Gezin Evers']);
    expect(names((await page('?mine=true')).data)).not.toContain('Gezin Claes');
    expect((await page('?mine=true')).data).toHaveLength(4);
  });

  it('refuses a cursor it did not give out', async () => {
    const response = await fatima.get('/api/v1/households?cursor=bm9uc2Vuc2U');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });
});
