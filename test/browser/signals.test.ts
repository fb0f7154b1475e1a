import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type BrowserInstance } from './support/instance.ts';
import { apiAs, chooseOption, daysAgo, logIn, openForm, screenshot } from './support/pages.ts';

/** Registers a signal through the family page's short form. */
async function registerSignal(page: Page, options: { persons: string[]; kind: string; date?: string; severity?: string; note?: string }) {
  const form = await openForm(page, 'Signaal registreren');
  for (const person of options.persons) await form.getByRole('checkbox', { name: person }).check();
  await chooseOption(page, 'Wat heb je gezien of gehoord?', options.kind, form);
  if (options.date) await form.getByLabel('Wanneer was het?').fill(options.date);
  if (options.severity) await form.getByRole('radio', { name: options.severity, exact: true }).check();
  if (options.note) await form.getByLabel('Korte notitie').fill(options.note);
  await form.getByRole('button', { name: 'Signaal opslaan' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Het signaal is opgeslagen.' });
  await saved.waitFor();
  return saved;
}

describe('signals, pattern alerts and matches in the browser', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('two police call-outs give an explained alert on the family page and in the inbox; a colleague adds a note, the regisseur handles it', async () => {
    const { baseUrl, professional, colleague } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    const api = apiAs(page, baseUrl);
    const family = await api('POST', '/households', { name: 'Gezin Visser', municipality: 'Rondeel' });
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Lotte', lastName: 'Visser', birthDate: '2017-03-03', role: 'child' });
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Mark', lastName: 'Visser', birthDate: '1985-01-20', role: 'parent', relation: 'vader' });
    await api('POST', `/households/${family.id}/involvements`, { userId: colleague.id, reason: 'Melding huiselijk geweld', domain: 'domestic_violence' });
    await api('PUT', `/households/${family.id}/direction`, { userId: professional.id, mandate: 'Regie vanuit het wijkteam' });

    await page.goto(`${baseUrl}/gezinnen/${family.id}`);
    await page.getByRole('heading', { level: 1, name: 'Gezin Visser' }).waitFor();
    const alerts = page.locator('#alerts');
    await alerts.getByText('Rondom heeft geen patronen gevonden die nog aandacht vragen.').waitFor();

    // The form: children first, the kinds grouped, today by default, medium severity by default.
    const form = await openForm(page, 'Signaal registreren');
    await expect(form.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')))
      .resolves.toEqual([expect.stringContaining('Lotte Visser'), expect.stringContaining('Mark Visser')]);
    await expect(form.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label'))))
      .resolves.toEqual(['Signalen bij het kind', 'Problemen van volwassenen', 'Incidenten en meldingen', 'Hulp en contact', 'Gebeurtenissen']);
    await expect(form.getByLabel('Wanneer was het?').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(form.getByRole('radio', { name: 'gemiddeld' }).isChecked()).resolves.toBe(true);
    await expect(form.getByText('Afgeschermd: alleen jouw organisatie en de regisseur').isVisible()).resolves.toBe(true);
    // Extra questions only for the kinds that need them.
    await expect(form.getByLabel('Verhuisd naar (gemeente)').count()).resolves.toBe(0);
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Verhuizing', form);
    await form.getByLabel('Verhuisd naar (gemeente)').waitFor();
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Letsel bij het kind', form);
    await form.getByLabel('Ik heb het kind zelf gezien en gesproken').waitFor();
    await expect(form.getByLabel('Verhuisd naar (gemeente)').count()).resolves.toBe(0);
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Hulp beëindigd', form);
    await form.getByRole('group', { name: 'Wie heeft de hulp beëindigd?' }).waitFor();
    // Nothing chosen: the error summary names what is missing.
    await form.getByRole('button', { name: 'Signaal opslaan' }).click();
    const summary = form.getByRole('alert');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Kies over wie het signaal gaat');
    await expect(summary.textContent()).resolves.toContain('Kies wie de hulp heeft beëindigd');
    await page.getByRole('button', { name: 'Signaal registreren', expanded: true }).click(); // close it

    // Two police call-outs within a year
    let saved = await registerSignal(page, { persons: ['Lotte Visser', 'Mark Visser'], kind: 'Politie-inzet', date: daysAgo(40), severity: 'hoog', note: 'Buren belden de politie; vader was onder invloed.' });
    await expect(saved.textContent()).resolves.not.toContain('nieuw patroon');
    saved = await registerSignal(page, { persons: ['Mark Visser'], kind: 'Politie-inzet' });
    await expect(saved.textContent()).resolves.toContain('Er is 1 nieuw patroon gevonden.');

    // The alert, explained, at the top
    const alert = alerts.getByRole('listitem').filter({ hasText: 'Herhaald huiselijk geweld of politie-inzet' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/2 meldingen van huiselijk geweld of politie-inzet binnen/);
    await expect(alert.textContent()).resolves.toContain('Ernst:');
    await expect(alert.getByRole('link', { name: 'Bekijk de tijdlijn' }).getAttribute('href')).resolves.toBe('#timeline');

    // The timeline: both call-outs, with who registered them, the persons and the note
    const timeline = page.getByRole('list', { name: /Tijdlijn van Gezin Visser/ });
    const callOuts = timeline.getByRole('listitem').filter({ hasText: 'Politie-inzet bij het gezin' });
    await expect.poll(() => callOuts.count()).toBe(2);
    const first = await callOuts.last().textContent();
    expect(first).toContain('Over: Lotte en Mark');
    expect(first).toContain(`Geregistreerd door ${professional.name} (${instance.organisationName})`);
    expect(first).toContain('Ernst: hoog');
    expect(first).toContain('vader was onder invloed');
    // Filtering by person and by kind of signal
    await page.getByLabel('Soort signaal').selectOption('child');
    await page.getByRole('status').filter({ hasText: '0 gebeurtenissen' }).waitFor();
    await page.getByLabel('Soort signaal').selectOption('');
    await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Lotte Visser' });
    await expect.poll(() => callOuts.count()).toBe(1);
    await page.getByLabel('Persoon', { exact: true }).selectOption('');
    await screenshot(page, 'family-signals');

    // Lotte's own timeline, from her card
    await page.getByRole('link', { name: 'Tijdlijn van Lotte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tijdlijn van Lotte Visser' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Politie-inzet bij het gezin' }).first().waitFor();
    await page.getByRole('link', { name: '← Terug naar Gezin Visser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Visser' }).waitFor();

    // My families shows the pattern, and so does the inbox
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gezinnen' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Gezin Visser' }) });
    await expect(item.getByRole('list', { name: '1 patroon gevonden' }).textContent()).resolves.toContain('Herhaald huiselijk geweld of politie-inzet');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Patronen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patronen die aandacht vragen' }).waitFor();
    const inboxFamily = page.getByRole('region', { name: 'Gezin Visser' });
    await expect(inboxFamily.textContent()).resolves.toMatch(/2 meldingen van huiselijk geweld of politie-inzet binnen/);
    await screenshot(page, 'alerts-inbox');

    // The colleague of another organisation sees that a note exists, not what it says
    const other = await instance.newPage();
    await logIn(other, baseUrl, colleague);
    await other.goto(`${baseUrl}/gezinnen/${family.id}`);
    const theirCallOut = other.getByRole('list', { name: /Tijdlijn van Gezin Visser/ }).getByRole('listitem').filter({ hasText: 'Politie-inzet bij het gezin' }).last();
    await theirCallOut.waitFor();
    await expect(theirCallOut.textContent()).resolves.toContain('Er is een afgeschermde notitie (alleen leesbaar voor de organisatie van de melder en de regisseur).');
    await expect(theirCallOut.textContent()).resolves.not.toContain('onder invloed');

    // The colleague is not the regisseur: no 'Afhandelen', but a note that stays with the alert
    const theirAlerts = other.locator('#alerts');
    await theirAlerts.getByText('De regisseur handelt dit signaal af.', { exact: false }).waitFor();
    await expect(theirAlerts.getByRole('button', { name: 'Afhandelen' }).count()).resolves.toBe(0);
    const note = await openForm(other, 'Notitie toevoegen', theirAlerts);
    await note.getByLabel('Notitie', { exact: true }).fill('Vader is in behandeling bij de verslavingszorg.');
    await note.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await theirAlerts.getByRole('list', { name: 'Notities' }).getByText('Vader is in behandeling bij de verslavingszorg.', { exact: false }).waitFor();
    await other.close();

    // The regisseur handles the alert from the inbox, with a note that is required
    await page.reload();
    const ack = await openForm(page, 'Afhandelen', inboxFamily);
    await ack.getByRole('button', { name: 'Afhandelen' }).click();
    await expect(ack.getByRole('alert').textContent()).resolves.toContain('Vul dit veld in: Wat is er gedaan?');
    await ack.getByLabel('Wat is er gedaan?').fill('Besproken met Veilig Thuis; veiligheidsplan aangepast.');
    await ack.getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByText('Er staan geen patronen open.').waitFor();
    // …and the family page keeps it, with who handled it and the colleague's note
    await page.goto(`${baseUrl}/gezinnen/${family.id}`);
    await alerts.getByText('Rondom heeft geen patronen gevonden die nog aandacht vragen.').waitFor();
    await alerts.getByText('1 afgehandeld patroon').click();
    await expect(alerts.getByText(`Afgehandeld door ${professional.name}`).isVisible()).resolves.toBe(true);
    await expect(alerts.textContent()).resolves.toContain('veiligheidsplan aangepast');
    await expect(alerts.textContent()).resolves.toContain('Vader is in behandeling bij de verslavingszorg.');
    await page.close();
  });

  it('two professionals of different organisations register a signal about the same child: both see the match and agree on a central contact', async () => {
    const { baseUrl, professional, colleague } = instance;
    const mine = await instance.newPage();
    await logIn(mine, baseUrl, professional);
    const familyA = await apiAs(mine, baseUrl)('POST', '/households', { name: 'Gezin De Boer', municipality: 'Rondeel' });
    await apiAs(mine, baseUrl)('POST', `/households/${familyA.id}/persons`, { firstName: 'Noor', lastName: 'de Boer', birthDate: '2014-05-05', role: 'child', bsn: '111222333' });
    await mine.goto(`${baseUrl}/gezinnen/${familyA.id}`);
    await mine.getByRole('heading', { level: 1, name: 'Gezin De Boer' }).waitFor();
    const first = await registerSignal(mine, { persons: ['Noor de Boer'], kind: 'Schoolverzuim' });
    await expect(first.textContent()).resolves.not.toContain('match');

    const theirs = await instance.newPage();
    await logIn(theirs, baseUrl, colleague);
    const familyB = await apiAs(theirs, baseUrl)('POST', '/households', { name: 'Gezin Boer (Veilig Thuis)', municipality: 'Elders' });
    await theirs.goto(`${baseUrl}/gezinnen/${familyB.id}`);
    await theirs.getByRole('heading', { level: 1, name: 'Gezin Boer (Veilig Thuis)' }).waitFor();
    // Entering the same child (same citizen number) says at once that someone elsewhere has a concern too —
    // and opens nothing of the other family.
    const addChild = await openForm(theirs, 'Kind toevoegen');
    await addChild.getByLabel('Voornaam').fill('Noor');
    await addChild.getByLabel('Achternaam').fill('de Boer');
    await addChild.getByLabel('Geboortedatum').fill('2014-05-05');
    await addChild.getByLabel('BSN').fill('111222333');
    await addChild.getByRole('button', { name: 'Opslaan' }).click();
    const added = theirs.getByRole('status').filter({ hasText: 'Noor de Boer is toegevoegd.' });
    await added.waitFor();
    await expect(added.textContent()).resolves.toContain('Er is 1 match');
    await expect(theirs.locator('#timeline').textContent()).resolves.not.toContain('Schoolverzuim');
    const second = await registerSignal(theirs, { persons: ['Noor de Boer'], kind: 'Melding bij Veilig Thuis', note: 'Melding van school over verwondingen' });
    await expect(second.textContent()).resolves.not.toContain('match');

    // The colleague sees me: name, organisation, contact — and agrees that they are the central contact
    await theirs.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Matches' }).click();
    await theirs.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    // (Jeroen is also involved in Gezin Visser above, so there may be more matches with me; this one is about Noor.)
    const theirMatch = theirs.getByRole('listitem').filter({ has: theirs.getByRole('link', { name: 'Noor (Gezin Boer (Veilig Thuis))' }) });
    await theirMatch.waitFor();
    await expect(theirMatch.getByRole('heading').textContent()).resolves.toContain(professional.name);
    await expect(theirMatch.textContent()).resolves.toContain(instance.organisationName);
    await expect(theirMatch.getByRole('link', { name: professional.email }).getAttribute('href')).resolves.toBe(`mailto:${professional.email}`);
    await expect(theirMatch.textContent()).resolves.toContain('Nog niet afgestemd');
    await expect(theirMatch.textContent()).resolves.not.toContain('Schoolverzuim');
    const coordinate = await openForm(theirs, 'Centraal contactpersoon afspreken');
    await coordinate.getByRole('radio', { name: `Ik (${colleague.name})` }).check();
    await coordinate.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await theirMatch.getByText('Centraal contactpersoon: jij').waitFor();
    await screenshot(theirs, 'matches');

    // I see the colleague, and who the central contact is; never what they registered
    await mine.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Matches' }).click();
    const myMatch = mine.getByRole('listitem').filter({ has: mine.getByRole('link', { name: 'Noor (Gezin De Boer)' }) }); // which of my families and children it is about
    await myMatch.waitFor();
    await expect(myMatch.getByRole('heading').textContent()).resolves.toContain(colleague.name);
    const text = await myMatch.textContent();
    expect(text).toContain('Veilig Thuis Rondeel');
    expect(text).toContain(`Centraal contactpersoon: ${colleague.name}`);
    expect(text).not.toContain('verwondingen');
    await mine.close();
    await theirs.close();
  });

  it('a match through a brother or sister with the same professional is shown on the card of the match about the child', async () => {
    const { baseUrl, professional, colleague } = instance;
    const mine = await instance.newPage();
    await logIn(mine, baseUrl, professional);
    const myApi = apiAs(mine, baseUrl);
    const myFamily = await myApi('POST', '/households', { name: 'Gezin Koster', municipality: 'Rondeel' });
    await myApi('POST', `/households/${myFamily.id}/persons`, { firstName: 'Ilse', lastName: 'Koster', birthDate: '1986-02-02', role: 'parent', bsn: '234567806' });
    await myApi('POST', `/households/${myFamily.id}/persons`, { firstName: 'Eva', lastName: 'Koster', birthDate: '2016-09-09', role: 'child', bsn: '234567818' });
    // The colleague's household elsewhere: the same mother and Eva, and Eva's brother Sem, whom I do not know.
    const theirs = await instance.newPage();
    await logIn(theirs, baseUrl, colleague);
    const theirApi = apiAs(theirs, baseUrl);
    const theirFamily = await theirApi('POST', '/households', { name: 'Gezin Koster (moeder)', municipality: 'Elders' });
    await theirApi('POST', `/households/${theirFamily.id}/persons`, { firstName: 'Ilse', lastName: 'Koster', birthDate: '1986-02-02', role: 'parent', bsn: '234567806' });
    await theirApi('POST', `/households/${theirFamily.id}/persons`, { firstName: 'Eva', lastName: 'Koster', birthDate: '2016-09-09', role: 'child', bsn: '234567818' });
    await theirApi('POST', `/households/${theirFamily.id}/persons`, { firstName: 'Sem', lastName: 'Koster', birthDate: '2019-01-01', role: 'child', bsn: '234567831' });

    await mine.goto(`${baseUrl}/matches`);
    await mine.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    const cards = mine.getByRole('listitem').filter({ has: mine.getByRole('link', { name: 'Eva (Gezin Koster)' }) });
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(1);
    const card = cards.first();
    await expect(card.getByRole('heading').textContent()).resolves.toContain(colleague.name);
    await expect(card.textContent()).resolves.toContain('Dezelfde persoon');
    await expect(card.textContent()).resolves.toMatch(/Ook via\s*een broer of zus met dezelfde ouder \(sinds /);
    await screenshot(mine, 'matches-folded');
    await mine.close();
    await theirs.close();
  });
});
