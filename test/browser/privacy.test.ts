import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type BrowserInstance } from './support/instance.ts';
import { apiAs, logIn, screenshot } from './support/pages.ts';

describe('the privacy officer finds a child and sees who looked at it', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('by BSN and by last name and birth date, then opens the log', async () => {
    // A professional registers a family with two children (one with a BSN) and looks at the family page
    const professionalPage = await instance.newPage();
    await logIn(professionalPage, instance.baseUrl, instance.professional);
    const api = apiAs(professionalPage, instance.baseUrl);
    const family = await api('POST', '/households', { name: 'Gezin Bakker', municipality: 'Rondeel' });
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Sanne', lastName: 'Bakker', birthDate: '2016-03-02', role: 'child', bsn: '123456782' });
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Daan', lastName: 'Bakker', birthDate: '2020-09-30', role: 'child' });
    await professionalPage.goto(`${instance.baseUrl}/gezinnen/${family.id}`);
    await professionalPage.getByRole('heading', { level: 1, name: 'Gezin Bakker' }).waitFor();
    await professionalPage.close();

    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.privacyOfficer);
    await page.getByRole('heading', { level: 1, name: 'Wie heeft dit ingezien?' }).waitFor();
    const search = page.getByRole('form', { name: 'Zoek het kind' });
    await expect(search.getByText('Let op: ook zoeken wordt vastgelegd.').isVisible()).resolves.toBe(true);

    // A BSN that fails the eleven-test is caught before anything is searched
    await search.getByLabel('BSN van het kind').fill('123456789');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    await expect(search.getByRole('alert').textContent()).resolves.toContain('elfproef');

    // By BSN, typed the way people write it
    await search.getByLabel('BSN van het kind').fill('1234 56 782');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    const results = page.getByRole('region', { name: 'Zoekresultaat' });
    await results.getByRole('heading', { level: 3, name: 'Sanne Bakker' }).waitFor();
    await page.waitForFunction((text) => document.activeElement?.textContent === text, 'Zoekresultaat', { timeout: 5_000 }); // focus moved there
    await expect(results.getByRole('status').textContent()).resolves.toBe('1 persoon gevonden');
    await expect(results.getByText('•••••• 782').isVisible()).resolves.toBe(true);
    await expect(results.getByText('2 maart 2016').isVisible()).resolves.toBe(true);

    await results.getByRole('button', { name: 'Toon wie dit heeft ingezien' }).click();
    const log = page.getByRole('region', { name: 'Gevonden in het logboek' });
    await log.getByRole('table').waitFor();
    await page.waitForFunction((text) => document.activeElement?.textContent === text, 'Gevonden in het logboek', { timeout: 5_000 }); // focus moved there
    const table = await log.getByRole('table').textContent();
    expect(table).toContain(instance.professional.name);
    expect(table).toContain('Gezinspagina bekeken');
    expect(table).toContain(instance.privacyOfficer.name); // the search itself is in the log too
    expect(table).toContain('Persoon opgezocht (privacycontrole)');
    await screenshot(page, 'privacy-by-bsn');

    // By last name (any capitals) and birth date: only the child born that day
    await search.getByLabel('Met achternaam en geboortedatum').check();
    await search.getByLabel('Achternaam', { exact: true }).fill('bakker');
    await search.getByLabel('Geboortedatum', { exact: true }).fill('2016-03-02');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    await log.waitFor({ state: 'detached' }); // a new search closes the old log
    await results.getByRole('heading', { level: 3, name: 'Sanne Bakker' }).waitFor();
    await expect(results.getByRole('heading', { level: 3 }).count()).resolves.toBe(1);
    await page.waitForFunction((text) => document.activeElement?.textContent === text, 'Zoekresultaat', { timeout: 5_000 }); // focus moved there
    await results.getByRole('button', { name: 'Toon wie dit heeft ingezien' }).click();
    await log.getByRole('table').waitFor();
    await expect(log.getByRole('table').textContent()).resolves.toContain(instance.professional.name);

    // Nobody found: said plainly, with what to try next
    await search.getByLabel('Geboortedatum', { exact: true }).fill('2016-03-03');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    await results.getByText('Geen kind gevonden met deze achternaam en geboortedatum').waitFor();

    // The whole log, filtered to the professional: their family page view is one row, every look named in it
    await expect(page.getByText('Over iedereen.').isVisible()).resolves.toBe(true);
    const filters = page.getByRole('form', { name: 'Filter het logboek' });
    await filters.getByLabel('Medewerker (e-mailadres)').fill(instance.professional.email);
    await filters.getByRole('button', { name: 'Toon logboek' }).click();
    const pageView = log.getByRole('row').filter({ hasText: 'Gezinspagina bekeken' });
    await pageView.waitFor();
    await expect(pageView.count()).resolves.toBe(1);
    for (const look of ['Tijdlijn van gezin bekeken', 'Signalen bekeken', 'Verzoeken om eerdere geschiedenis bekeken', 'Voorstellen voor overdracht bekeken']) {
      await expect(pageView.textContent()).resolves.toContain(look);
    }
    await expect(pageView.textContent()).resolves.toContain('5 handelingen in één keer');
    await expect(log.getByRole('table').textContent()).resolves.not.toContain(instance.privacyOfficer.name);

    // By action, and by period: today holds it, a period that ends before it starts is refused before asking
    await filters.getByLabel('Handeling').selectOption({ label: 'Gezin aangemaakt' });
    await filters.getByRole('button', { name: 'Toon logboek' }).click();
    await log.getByRole('row').filter({ hasText: 'Gezinspagina bekeken' }).waitFor({ state: 'detached' });
    await expect(log.getByRole('status').textContent()).resolves.toBe('1 regel gevonden');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    await filters.getByLabel('Vanaf datum').fill(today);
    await filters.getByLabel('Tot en met datum').fill('2020-01-01');
    await filters.getByRole('button', { name: 'Toon logboek' }).click();
    await expect(filters.getByRole('alert').textContent()).resolves.toContain('De einddatum ligt vóór de begindatum');
    await filters.getByLabel('Tot en met datum').fill(today);
    await filters.getByRole('button', { name: 'Toon logboek' }).click();
    await page.waitForFunction(() => !document.querySelector('form[aria-label="Filter het logboek"] [role="alert"]'));
    await expect(log.getByRole('status').textContent()).resolves.toBe('1 regel gevonden');

    // The same selection as CSV
    const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('link', { name: 'Download als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`rondom-logboek-${today}.csv`);
    const csv = (await readFile(await download.path())).toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^seq;occurred_at;request;/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';household.create;');
    expect(lines[1]).toContain(instance.professional.email);

    // On a phone every word of a row stays readable: the rows reflow, nothing scrolls sideways
    await filters.getByLabel('Handeling').selectOption({ label: 'Alle handelingen' });
    await filters.getByRole('button', { name: 'Toon logboek' }).click();
    await pageView.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>('#audit-results ~ * .rondom-table-wrap, section[aria-labelledby="audit-results"] .rondom-table-wrap')!;
      // A cell whose content is taller than the cell runs over the next line: unreadable.
      const cells = [...wrap.querySelectorAll<HTMLElement>('td')];
      return {
        wrap: wrap.scrollWidth - wrap.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        overrunCells: cells.filter((cell) => cell.scrollHeight > cell.clientHeight + 1).length, stacked: cells[1]!.getBoundingClientRect().top >= cells[0]!.getBoundingClientRect().bottom - 1,
      };
    });
    await screenshot(page, 'privacy-log-phone');
    expect(overflow).toEqual({ wrap: 0, page: 0, overrunCells: 0, stacked: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same in English
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who looked at this?' }).waitFor();
    await page.getByRole('form', { name: 'Find the child' }).getByLabel('By BSN').check();
    await page.getByLabel('BSN of the child').fill('123456782');
    await page.getByRole('button', { name: 'Find child' }).click();
    await page.getByRole('region', { name: 'Search result' }).getByRole('button', { name: 'Show who viewed this' }).click();
    await expect(page.getByRole('region', { name: 'Found in the log' }).getByRole('table').textContent()).resolves.toContain(instance.professional.name);
    await page.close();
  });
});
