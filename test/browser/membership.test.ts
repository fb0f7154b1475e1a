import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type BrowserInstance } from './support/instance.ts';
import { apiAs, daysAgo, logIn, openForm, screenshot } from './support/pages.ts';

/** Today in the browser's own calendar, as the forms fill it in. */
const dutchDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
const dutchToday = () => dutchDate.format(new Date());
const tomorrow = () => dutchDate.format(new Date(Date.now() + 86_400_000));

describe('who belongs to the family: ending an involvement, a member leaving, ending the direction', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('the regisseur ends an involvement, but not their own before handing over; the involvement is kept as history', async () => {
    const { baseUrl, professional, colleague } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    const api = apiAs(page, baseUrl);
    const family = await api('POST', '/households', { name: 'Gezin de Boer', municipality: 'Rondeel' });
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Lotte', lastName: 'de Boer', birthDate: '2017-03-03', role: 'child' });
    await api('POST', `/households/${family.id}/involvements`, { userId: colleague.id, reason: 'Onderzoek na melding', domain: 'child_safety', since: daysAgo(30) });
    await api('PUT', `/households/${family.id}/direction`, { userId: professional.id, mandate: 'Regie vanuit het wijkteam' });

    await page.goto(`${baseUrl}/gezinnen/${family.id}`);
    await page.getByRole('heading', { level: 1, name: 'Gezin de Boer' }).waitFor();
    const involved = page.locator('#involved');
    const row = involved.locator('tr').filter({ has: page.getByRole('rowheader', { name: colleague.name }) });
    const ownRow = involved.locator('tr').filter({ has: page.getByRole('rowheader', { name: professional.name }) });

    // The regisseur cannot leave: the refusal says to hand the direction over first
    let form = await openForm(page, 'Betrokkenheid beëindigen', ownRow);
    await expect(form.textContent()).resolves.toContain('je beëindigt je eigen betrokkenheid');
    await form.getByRole('button', { name: 'Ja, betrokkenheid beëindigen' }).click();
    const refusal = form.getByRole('alert');
    await refusal.getByText('Draag eerst de regie over', { exact: false }).waitFor();
    await expect(refusal.textContent()).resolves.toContain(`${professional.name} is regisseur van dit gezin`);
    await ownRow.getByRole('button', { name: 'Betrokkenheid beëindigen', expanded: true }).click(); // close the form

    // The regisseur ends a colleague's involvement: a clear warning, today as the end date, and no date in the future
    form = await openForm(page, 'Betrokkenheid beëindigen', row);
    await expect(form.getByRole('form', { name: `Betrokkenheid van ${colleague.name} beëindigen` }).isVisible()).resolves.toBe(true);
    await expect(form.textContent()).resolves.toContain(`${colleague.name} is daarna niet meer betrokken`);
    const date = form.getByLabel('Laatste dag van de betrokkenheid');
    await expect(date.inputValue()).resolves.toBe(dutchToday());
    await date.fill(tomorrow());
    await form.getByRole('button', { name: 'Ja, betrokkenheid beëindigen' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('De datum kan niet in de toekomst liggen');
    await form.getByLabel('Laatste dag van de betrokkenheid').fill(daysAgo(1));
    await form.getByRole('button', { name: 'Ja, betrokkenheid beëindigen' }).click();
    const done = involved.getByRole('status');
    await done.waitFor();
    await expect(done.textContent()).resolves.toBe(`De betrokkenheid van ${colleague.name} is beëindigd.`);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    const history = involved.getByRole('list', { name: 'Eerder betrokken' });
    await history.waitFor();
    await expect(involved.getByRole('rowheader', { name: colleague.name }).count()).resolves.toBe(0);
    await expect(involved.getByRole('rowheader', { name: professional.name }).isVisible()).resolves.toBe(true);
    await expect(history.textContent()).resolves.toContain(colleague.name);
    await expect(history.textContent()).resolves.toContain('Veilig Thuis Rondeel');
    await screenshot(page, 'involvement-ended');
    await page.close();
  });

  it('a child and a parent leave the family; the parent who leads hands over first; the direction ends with a reason', async () => {
    const { baseUrl, professional } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    const api = apiAs(page, baseUrl);
    const family = await api('POST', '/households', { name: 'Gezin Visser', municipality: 'Rondeel' });
    for (const [firstName, birthDate] of [['Noor', '2014-05-05'], ['Bram', '2019-11-11']] as const) {
      await api('POST', `/households/${family.id}/persons`, { firstName, lastName: 'Visser', birthDate, role: 'child', since: daysAgo(365) });
    }
    const mother = await api('POST', `/households/${family.id}/persons`, { firstName: 'Eva', lastName: 'Visser', birthDate: '1985-01-01', role: 'parent', relation: 'moeder' });
    await api('PUT', `/households/${family.id}/direction`, { personId: mother.id, mandate: 'Eigen regie, met steun van het wijkteam' });

    await page.goto(`${baseUrl}/gezinnen/${family.id}`);
    await page.getByRole('heading', { level: 1, name: 'Gezin Visser' }).waitFor();
    await expect(page.getByRole('region', { name: 'Eerder in dit gezin' }).count()).resolves.toBe(0);

    // The mother leads: she cannot leave before the direction is handed over
    const motherCard = page.locator('#adults .rondom-card').filter({ has: page.getByRole('heading', { name: 'Eva Visser' }) });
    let form = await openForm(page, 'Vertrekt uit dit gezin', motherCard);
    await form.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Eva Visser is regisseur van dit gezin');
    await expect(refusal.textContent()).resolves.toContain('Draag eerst de regie over');
    await motherCard.getByRole('button', { name: 'Vertrekt uit dit gezin', expanded: true }).click(); // close the form

    // Bram leaves, two days ago
    const bramCard = page.locator('#children article').filter({ has: page.getByRole('heading', { name: 'Bram Visser' }) });
    form = await openForm(page, 'Vertrekt uit dit gezin', bramCard);
    await expect(form.textContent()).resolves.toContain('Wie de veiligheid van Bram bewaakte');
    await form.getByLabel('Datum van vertrek').fill(daysAgo(400));
    await form.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('De datum kan niet voor');
    await form.getByLabel('Datum van vertrek').fill(daysAgo(2));
    await form.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    await page.locator('#children').getByRole('status').getByText('Bram Visser is uit het gezin vertrokken').waitFor();
    const former = page.getByRole('region', { name: 'Eerder in dit gezin' });
    await former.getByText('Bram Visser', { exact: false }).waitFor();
    await expect(page.locator('#children').getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Noor Visser']);
    await expect(former.getByRole('link', { name: 'Tijdlijn van Bram' }).isVisible()).resolves.toBe(true);
    await page.locator('#timeline').getByText('Uit het gezin vertrokken: Bram Visser').waitFor(); // the timeline follows
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Eerder in dit gezin' }).isVisible()).resolves.toBe(true);

    // The direction ends (the family is closed): a reason is required
    const direction = page.locator('#direction');
    form = await openForm(page, 'Regie beëindigen');
    await expect(form.textContent()).resolves.toContain('dit gezin heeft dan geen regisseur');
    await form.getByRole('button', { name: 'Ja, regie beëindigen' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Vul de reden in');
    await form.getByLabel('Reden van beëindigen').fill('Gezin afgesloten: de veiligheid is geborgd.');
    await form.getByRole('button', { name: 'Ja, regie beëindigen' }).click();
    await direction.getByText('Dit gezin heeft geen regisseur.').waitFor();
    const history = direction.getByRole('list', { name: 'Eerdere regisseurs' });
    await expect(history.textContent()).resolves.toContain('Eva Visser');
    await expect(history.textContent()).resolves.toContain('Reden van beëindigen: Gezin afgesloten: de veiligheid is geborgd.');
    await expect(direction.getByRole('button', { name: 'Regie beëindigen' }).count()).resolves.toBe(0);

    // Now the mother can leave too
    form = await openForm(page, 'Vertrekt uit dit gezin', motherCard);
    await form.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    await page.locator('#adults').getByRole('status').getByText('Eva Visser is uit het gezin vertrokken').waitFor();
    await former.getByText('Eva Visser', { exact: false }).waitFor();
    await expect(page.locator('#adults').getByText('Er zijn nog geen volwassenen geregistreerd.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'members-left');
    await page.close();
  });
});
