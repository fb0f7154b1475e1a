import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type BrowserInstance } from './support/instance.ts';
import { chooseOption, logIn, openForm, screenshot } from './support/pages.ts';

describe('the family journey in the browser', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('creates a family with two children, involves a colleague, assigns one regisseur (nothing left to assign while one leads) and hands over', async () => {
    const { baseUrl, professional, colleague } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mijn gezinnen');

    // A new family
    let form = await openForm(page, 'Nieuw gezin');
    await form.getByLabel('Naam van het gezin').fill('Gezin Bakker');
    await form.getByLabel('Gemeente').fill('Rondeel');
    await form.getByRole('button', { name: 'Gezin opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Bakker' }).waitFor();
    expect(page.url()).toMatch(/\/gezinnen\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Niemand bewaakt').count()).resolves.toBe(0);

    // Two children
    for (const [firstName, birthDate] of [['Sanne', '2016-04-12'], ['Daan', '2020-09-30']] as const) {
      form = await openForm(page, 'Kind toevoegen');
      await form.getByLabel('Voornaam').fill(firstName);
      await form.getByLabel('Achternaam').fill('Bakker');
      await form.getByLabel('Geboortedatum').fill(birthDate);
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { level: 3, name: `${firstName} Bakker` }).waitFor();
    }
    const children = page.locator('#children');
    await expect(children.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Sanne Bakker', 'Daan Bakker']);
    await expect(page.locator('#questions').getByText('Niemand bewaakt de veiligheid van Sanne en Daan.').isVisible()).resolves.toBe(true);

    // Involve the colleague, found in the directory
    form = await openForm(page, 'Professional toevoegen');
    await form.getByRole('searchbox', { name: 'Zoek een professional' }).fill('Jeroen');
    await form.getByRole('button', { name: 'Zoeken' }).click();
    await form.getByLabel(colleague.name).check();
    await form.getByLabel('Waarom is deze professional betrokken?').fill('Onderzoek na melding huiselijk geweld');
    await form.getByLabel('Domein').selectOption('domestic_violence');
    await form.getByRole('button', { name: 'Betrokkenheid opslaan' }).click();
    const involved = page.locator('#involved');
    await involved.getByRole('rowheader', { name: colleague.name }).waitFor();
    await expect(involved.getByText('Veilig Thuis Rondeel').first().isVisible()).resolves.toBe(true);

    // Assign myself as regisseur
    const direction = page.locator('#direction');
    form = await openForm(page, 'Regisseur toewijzen');
    await chooseOption(page, 'Wie wordt regisseur?', professional.name, form);
    await form.getByLabel('Mandaat').fill('Regie op het veiligheidsplan; mag namens het netwerk afspraken maken.');
    await form.getByRole('button', { name: 'Regisseur toewijzen' }).click();
    await direction.getByRole('heading', { level: 3, name: `Regisseur: ${professional.name}` }).waitFor();

    // While someone leads there is nothing to assign: one regisseur at a time (a second is refused, see concurrency.test.ts)
    await expect(direction.getByRole('button', { name: 'Regisseur toewijzen' }).count()).resolves.toBe(0);

    // Hand over to the colleague
    form = await openForm(page, 'Regie overdragen');
    await chooseOption(page, 'Aan wie draag je de regie over?', colleague.name, form);
    await form.getByLabel('Overdrachtsnotitie').fill('Veilig Thuis neemt de regie over na het onderzoek.');
    await form.getByRole('button', { name: 'Regie overdragen' }).click();
    await direction.getByRole('heading', { level: 3, name: `Regisseur: ${colleague.name}` }).waitFor();
    const history = direction.getByRole('list', { name: 'Eerdere regisseurs' });
    await expect(history.textContent()).resolves.toContain(professional.name);
    await expect(history.textContent()).resolves.toContain('Veilig Thuis neemt de regie over na het onderzoek.');
    // No longer the regisseur: I can propose a handover, not make one
    await expect(direction.getByRole('button', { name: 'Regie overdragen' }).count()).resolves.toBe(0);
    await expect(direction.getByRole('button', { name: 'Overdracht voorstellen' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'family-page');

    // The list of my families shows the new regisseur and the children with ages
    await page.getByRole('link', { name: 'Terug naar mijn gezinnen' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Gezin Bakker' }) });
    await expect(item.textContent()).resolves.toContain(`Regisseur: ${colleague.name}`);
    await expect(item.textContent()).resolves.toMatch(/Sanne \(\d+ (jaar|maanden)\) en Daan \(\d+ (jaar|maanden)\)/);
    await page.close();
  });
});
