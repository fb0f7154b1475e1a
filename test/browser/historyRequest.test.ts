import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type BrowserInstance } from './support/instance.ts';
import { apiAs, logIn, openForm, screenshot } from './support/pages.ts';

describe('a child\'s earlier history follows only when the earlier regisseur agrees', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('asks for it in the new family, decides in the earlier one, and shows it on the new family\'s timeline', async () => {
    const { baseUrl, professional, colleague } = instance;
    const child = { firstName: 'Noor', lastName: 'Visser', birthDate: '2015-07-07', role: 'child', bsn: '123456782' };

    // The earlier family: the professional leads it, and recorded a concern; Noor has left.
    const earlierPage = await instance.newPage();
    await logIn(earlierPage, baseUrl, professional);
    const asProfessional = apiAs(earlierPage, baseUrl);
    const earlier = await asProfessional('POST', '/households', { name: 'Gezin Visser', municipality: 'Rondeel' });
    const noorEarlier = await asProfessional('POST', `/households/${earlier.id}/persons`, child);
    await asProfessional('PUT', `/households/${earlier.id}/direction`, { userId: professional.id, mandate: 'Regie wijkteam' });
    await asProfessional('POST', `/households/${earlier.id}/signals`, { personIds: [noorEarlier.id], kind: 'child_school_absence', observedAt: '2026-10-01' });
    await asProfessional('POST', `/households/${earlier.id}/persons/${noorEarlier.id}/leave`, {});

    // The new family: the colleague enters Noor with her citizen number; nothing of the earlier family shows.
    const newPage = await instance.newPage();
    await logIn(newPage, baseUrl, colleague);
    const asColleague = apiAs(newPage, baseUrl);
    const family = await asColleague('POST', '/households', { name: 'Gezin de Haan', municipality: 'Kreekmonde' });
    await asColleague('POST', `/households/${family.id}/persons`, child);
    await newPage.goto(`${baseUrl}/gezinnen/${family.id}`);
    await newPage.getByRole('heading', { level: 1, name: 'Gezin de Haan' }).waitFor();
    await newPage.locator('#timeline').getByText('Bij het gezin gekomen: Noor Visser').waitFor(); // the timeline has loaded
    await expect(newPage.locator('#timeline').textContent()).resolves.not.toContain('Schoolverzuim');

    const card = newPage.getByRole('article', { name: 'Noor Visser' });
    const form = await openForm(newPage, 'Eerdere geschiedenis van Noor opvragen', card);
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Vul de reden in');
    await form.getByLabel('Waarom vraag je de geschiedenis op?').fill('Noor woont sinds deze week bij haar vader, bij ons in beeld via de opvang.');
    await form.getByRole('button', { name: 'Verzoek versturen' }).click();
    await newPage.getByText('Je verzoek om de eerdere geschiedenis van Noor is verstuurd.').waitFor();
    const history = newPage.locator('#history');
    await history.getByText('In afwachting').waitFor();
    await screenshot(newPage, 'history-requested');

    // The earlier regisseur sees who asks and what they entered, and hands the records over.
    await earlierPage.goto(`${baseUrl}/gezinnen/${earlier.id}`);
    const incoming = earlierPage.locator('#history');
    await incoming.getByRole('heading', { name: 'Verzoek om de eerdere gegevens over Noor Visser' }).waitFor();
    await expect(incoming.textContent()).resolves.toContain(colleague.name);
    await expect(incoming.textContent()).resolves.toContain('zelfde naam en geboortedatum als bij jullie');
    await expect(incoming.textContent()).resolves.toContain('BSN komt overeen');
    const axe = await new AxeBuilder({ page: earlierPage }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const decision = await openForm(earlierPage, 'Beslissen over het verzoek voor Noor', incoming);
    await decision.getByLabel('Gegevens overdragen').check();
    await decision.getByLabel('Toelichting voor de aanvrager').fill('Gebeld met de aanvrager; het klopt.');
    await decision.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await incoming.getByRole('button', { name: '1 eerder beantwoord verzoek' }).waitFor();
    await screenshot(earlierPage, 'history-decided');

    // Back in the new family: the answer, and the earlier signal on the timeline, marked as from elsewhere.
    await newPage.reload();
    await history.getByText('Overgedragen', { exact: true }).first().waitFor();
    await expect(history.textContent()).resolves.toContain('Gebeld met de aanvrager; het klopt.');
    await newPage.locator('#timeline').getByText('Schoolverzuim').first().waitFor();
  });
});
