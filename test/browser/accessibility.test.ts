import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/api/auth/totp.ts';
import { buildUser } from '../support/factories.ts';
import type { TestMailServer } from '../support/mailServer.ts';
import { testPassword, type BrowserInstance } from './support/instance.ts';
import { linkIn, startInstanceWithMail } from './support/mail.ts';
import { apiAs, chooseOption, daysAgo, logIn, screenshot, violations } from './support/pages.ts';

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is, and returns readable violations. */
/** Opens every closed disclosure, so the forms inside are checked too (the account actions share one panel per row: opened one by one). */
async function openAllForms(page: Page) {
  const closed = page.locator('button[aria-expanded="false"]:not(.rondom-row-actions *)');
  while (await closed.count() > 0) await closed.first().click();
}

describe('accessibility (axe finds no violations)', () => {
  let instance: BrowserInstance;
  let mail: TestMailServer;
  let childId = '';
  /** Accounts that must first choose a password, or set up a second factor, before anything else opens. */
  const forced = { password: '', secondFactor: '' };
  /** Sees figures only. */
  let overseerEmail = '';
  /** Accounts the administrator creates below; their activation links are checked after that. */
  const created = { professional: 'nieuw@wijkteam.test', privacyOfficer: 'olga.overzicht@gemeente.test' };
  beforeAll(async () => {
    ({ instance, mail } = await startInstanceWithMail({
      prepare: async (db, organisationId) => {
        const password = await buildUser(db, { roles: ['professional'], organisationId, name: 'Sam Start' });
        await db.updateTable('users').set({ password_change_required: true }).where('id', '=', password.id).execute();
        const secondFactor = await buildUser(db, { roles: ['professional'], organisationId, name: 'Tessa Tweestaps' });
        await db.updateTable('users').set({ totp_required: true }).where('id', '=', secondFactor.id).execute();
        Object.assign(forced, { password: password.email, secondFactor: secondFactor.email });
        overseerEmail = (await buildUser(db, { roles: ['overseer'], organisationId, name: 'Olav Toezicht' })).email;
      },
    }));
  });
  afterAll(async () => { await instance?.stop(); await mail?.close(); });

  const logInAs = async (page: Page, email: string) => {
    await page.goto(instance.baseUrl);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  };

  it('login page, also after a failed attempt and in English', async () => {
    const page = await instance.newPage();
    await page.goto(instance.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('my families and the family page with every form open', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.professional);
    const api = async (method: string, path: string, data: unknown) => {
      const { csrfToken } = await (await page.request.get(`${instance.baseUrl}/api/v1/session`)).json() as { csrfToken: string };
      const response = await page.request.fetch(`${instance.baseUrl}/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return response.json() as Promise<{ id: string }>;
    };
    const family = await api('POST', '/households', { name: 'Gezin Yilmaz', municipality: 'Rondeel', address: { street: 'Kerkstraat 1', city: 'Rondeel' } });
    const child = await api('POST', `/households/${family.id}/persons`, { firstName: 'Elif', lastName: 'Yilmaz', birthDate: '2015-02-01', role: 'child', bsn: '111222333', school: 'De Regenboog' });
    childId = child.id;
    await api('POST', `/households/${family.id}/persons`, { firstName: 'Ayla', lastName: 'Yilmaz', birthDate: '1988-06-15', role: 'parent', relation: 'moeder' });
    // I lead; an involvement that ended (history), then the same colleague involved again
    await api('PUT', `/households/${family.id}/direction`, { userId: instance.professional.id, mandate: 'Regie op het plan' });
    const earlier = await api('POST', `/households/${family.id}/involvements`, { userId: instance.colleague.id, reason: 'Eerste melding', domain: 'child_safety' });
    await api('POST', `/households/${family.id}/involvements/${earlier.id}/end`, {});
    await api('POST', `/households/${family.id}/involvements`, { userId: instance.colleague.id, reason: 'Melding', domain: 'child_safety' });
    // Somebody who lived here before
    const uncle = await api('POST', `/households/${family.id}/persons`, { firstName: 'Kerem', lastName: 'Yilmaz', birthDate: '1980-03-03', role: 'other', relation: 'oom' });
    await api('POST', `/households/${family.id}/persons/${uncle.id}/leave`, {});
    const grandmother = await api('POST', `/households/${family.id}/network`, { name: 'Oma Fatma', relation: 'oma', doesWhat: 'Vangt de kinderen op', contact: '06-12345678' });
    await api('POST', `/households/${family.id}/persons/${child.id}/guardians`, { networkMemberId: grandmother.id });
    // The colleague proposes to take the direction over: I decide (the decision form opens below)
    const colleaguePage = await instance.newPage();
    await logIn(colleaguePage, instance.baseUrl, instance.colleague);
    await apiAs(colleaguePage, instance.baseUrl)('POST', `/households/${family.id}/direction/proposals`, { toUserId: instance.colleague.id, note: 'Veilig Thuis neemt het graag over' });
    await colleaguePage.close();
    await api('POST', `/households/${family.id}/involvements`, { userId: instance.professional.id, reason: 'x', domain: 'other' }).catch(() => undefined);

    await page.reload();
    await page.getByRole('link', { name: 'Gezin Yilmaz' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await openAllForms(page);
    expect(await violations(page)).toEqual([]);
    // The compact table, with the street to tell families with the same name apart, and a filter that finds nothing
    await page.getByRole('button', { name: 'Tabel' }).click();
    await page.getByRole('table', { name: 'Mijn gezinnen, wat aandacht vraagt eerst' }).getByText('Kerkstraat 1, Rondeel').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Soort patroon').selectOption({ label: 'Zorgmijding' });
    await page.getByRole('status').getByText('0 gezinnen gevonden').waitFor();
    await page.getByLabel('Soort patroon').selectOption({ label: 'Alle' });
    await page.getByRole('button', { name: 'Kaarten' }).click();

    await page.getByRole('link', { name: 'Gezin Yilmaz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Yilmaz' }).waitFor();
    expect(await page.getByText('•••••• 333').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await openAllForms(page);
    // Someone leads, so there is nothing to assign; the regisseur hands over, ends, and decides on the proposal
    expect(await page.getByRole('button', { name: 'Regisseur toewijzen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Besluit opslaan' }).click(); // an empty submit: the error summary
    await page.getByRole('alert').first().waitFor();
    expect(await violations(page)).toEqual([]);
    // Ending the regisseur's own involvement is refused, with the explanation; ending the direction needs a reason
    const row = page.locator('#involved tr').filter({ has: page.getByRole('rowheader', { name: instance.professional.name }) });
    await row.getByRole('button', { name: 'Ja, betrokkenheid beëindigen' }).click();
    await row.getByRole('alert').getByText('Draag eerst de regie over', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, regie beëindigen' }).click();
    await page.getByRole('form', { name: 'Regie beëindigen' }).getByRole('alert').waitFor();
    expect(await page.getByRole('region', { name: 'Eerder in dit gezin' }).textContent()).toContain('Kerem Yilmaz');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'family-page-all-forms');
    await page.close();
  });

  it('my account: changing the password with the error summary, and setting up a second factor, in Dutch and English', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.professional);
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tweede inlogstap instellen' }).click();
    await page.getByRole('img', { name: /QR-code/ }).waitFor();
    await page.getByRole('button', { name: 'Tweede inlogstap bevestigen' }).click();
    await page.getByRole('form', { name: 'Tweede inlogstap bevestigen' }).getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'my-account');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.close();
  });

  it('signals: alerts and timeline on the family page, the signal form, a person timeline, the inbox and the matches', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.professional);
    const api = apiAs(page, instance.baseUrl);
    const family = await api('POST', '/households', { name: 'Gezin Jansen', municipality: 'Rondeel' });
    const child = await api('POST', `/households/${family.id}/persons`, { firstName: 'Mila', lastName: 'Jansen', birthDate: '2018-08-08', role: 'child', bsn: '123456782' });
    const mother = await api('POST', `/households/${family.id}/persons`, { firstName: 'Eva', lastName: 'Jansen', birthDate: '1990-01-01', role: 'parent' });
    const signal = (kind: string, observedAt: string, extra: Record<string, unknown> = {}) =>
      api('POST', `/households/${family.id}/signals`, { personIds: [child.id, mother.id], kind, observedAt, ...extra });
    await signal('police_call_out', daysAgo(60), { severity: 'high', note: 'Afgeschermde notitie' });
    await signal('police_call_out', daysAgo(10));
    await signal('move', daysAgo(5), { details: { fromMunicipality: 'Elders', toMunicipality: 'Rondeel' } });
    await signal('adult_addiction', daysAgo(3));
    const alerts = await api<{ data: Array<{ id: string }> }>('GET', `/households/${family.id}/alerts`);
    expect(alerts.data.length).toBeGreaterThan(1);
    await api('POST', `/alerts/${alerts.data[0]!.id}/acknowledge`, { note: 'Besproken in het overleg' });

    // The family page: open alerts, a handled one unfolded, the timeline, and every form open
    await page.goto(`${instance.baseUrl}/gezinnen/${family.id}`);
    await page.getByRole('heading', { level: 1, name: 'Gezin Jansen' }).waitFor();
    await page.locator('#alerts').getByRole('heading', { level: 3 }).first().waitFor();
    await page.getByRole('list', { name: /Tijdlijn van Gezin Jansen/ }).waitFor();
    await page.locator('#alerts summary').click();
    expect(await violations(page)).toEqual([]);
    await openAllForms(page);
    const form = page.getByRole('form', { name: 'Signaal registreren' });
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Hulp beëindigd', form);
    expect(await violations(page)).toEqual([]);
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Verhuizing', form);
    await form.getByRole('button', { name: 'Signaal opslaan' }).click(); // nobody chosen: the error summary
    await form.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await chooseOption(page, 'Wat heb je gezien of gehoord?', 'Verslaving', form);
    await page.getByLabel('Soort signaal').selectOption('child');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'family-signals-forms');

    // Mila's own timeline
    await page.getByRole('link', { name: 'Tijdlijn van Mila' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tijdlijn van Mila Jansen' }).waitFor();
    await page.getByRole('list', { name: 'Tijdlijn van Mila Jansen' }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The inbox, in Dutch and in English
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Patronen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patronen die aandacht vragen' }).waitFor();
    await page.getByRole('region', { name: 'Gezin Jansen' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patterns that need attention' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // A match with a colleague of another organisation, with the coordination form open
    const other = await instance.newPage();
    await logIn(other, instance.baseUrl, instance.colleague);
    const theirs = await apiAs(other, instance.baseUrl)('POST', '/households', { name: 'Gezin J.', municipality: 'Elders' });
    const theirChild = await apiAs(other, instance.baseUrl)<{ id: string; newMatches: number }>('POST', `/households/${theirs.id}/persons`, { firstName: 'Mila', lastName: 'Jansen', birthDate: '2018-08-08', role: 'child', bsn: '123456782' });
    expect(theirChild.newMatches).toBeGreaterThan(0);
    await apiAs(other, instance.baseUrl)('POST', `/households/${theirs.id}/signals`, { personIds: [theirChild.id], kind: 'report_to_safe_at_home', observedAt: daysAgo(1) });
    await other.close();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(instance.colleague.name) }).waitFor();
    expect(await violations(page)).toEqual([]);
    await openAllForms(page);
    await page.getByRole('button', { name: 'Afspraak opslaan' }).first().click();
    await page.getByRole('alert').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'matches-page');
    await page.close();
  });

  it('administration: accounts with their actions, for an administrator with a second factor', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.administrator);
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByRole('rowheader', { name: instance.organisationName }).waitFor();
    const api = apiAs(page, instance.baseUrl);
    const organisations = await api<{ data: Array<{ id: string; name: string }> }>('GET', '/organisations');
    const organisationId = organisations.data.find((o) => o.name === instance.organisationName)!.id;
    await api('POST', `/organisations/${organisationId}/teams`, { name: 'Team Zuid' });
    await api('POST', '/users', { email: created.privacyOfficer, name: 'Olga Overzicht', organisationId, roles: ['privacy_officer'] });
    await page.reload();
    await page.getByRole('rowheader', { name: 'Olga Overzicht' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await openAllForms(page);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'admin-page');

    // A new account (the team select appears with the organisation), then what was sent where
    const form = page.getByRole('form', { name: 'Nieuw account' });
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    await form.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await form.getByLabel('E-mailadres').fill(created.professional);
    await form.getByLabel('Naam', { exact: true }).fill('Noor Nieuw');
    await form.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: instance.organisationName });
    await form.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Team Zuid' });
    expect(await violations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('status').getByText('Account voor Noor Nieuw aangemaakt.', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The actions of three accounts open at once: editing (with a problem from the server), deactivating, resetting the second factor
    const row = (name: string) => page.locator('#users tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    // (the address of an account not yet activated: afterwards only its owner changes it)
    await row('Olga Overzicht').getByRole('button', { name: /^Bewerken/ }).click();
    const edit = page.getByRole('form', { name: 'Account van Olga Overzicht bewerken' });
    await edit.getByLabel('E-mailadres').fill(created.professional);
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await edit.getByRole('alert').getByText('Er is al een account met dit e-mailadres').waitFor();
    await row(instance.colleague.name).getByRole('button', { name: /^Deactiveren/ }).click();
    await row(instance.privacyOfficer.name).getByRole('button', { name: /^Tweede inlogstap resetten/ }).click();
    await page.getByRole('form', { name: `Tweede inlogstap van ${instance.privacyOfficer.name} resetten` }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('form', { name: `Account van ${instance.colleague.name} deactiveren` }).getByRole('button', { name: 'Ja, deactiveren' }).click();
    await page.getByRole('status').getByText(`Het account van ${instance.colleague.name} is gedeactiveerd.`, { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);
    await row(instance.colleague.name).getByRole('button', { name: /^Heractiveren/ }).click();
    await page.getByRole('status').getByText(`Het account van ${instance.colleague.name} is weer actief.`).waitFor();
    await screenshot(page, 'admin-accounts-actions');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.close();
  });

  it('the links from the mails, and forgot password', async () => {
    // Activation with a second factor: the QR code and key, then the form with its error summary, also in English
    const page = await instance.newPage();
    await page.goto(linkIn(await mail.waitFor(created.privacyOfficer)));
    await page.getByRole('img', { name: /QR-code/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByRole('form', { name: 'Wachtwoord kiezen' }).getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activate account' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();

    // Activation without one, up to the confirmation
    await page.goto(linkIn(await mail.waitFor(created.professional)));
    const choose = page.getByRole('form', { name: 'Wachtwoord kiezen' });
    await choose.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Noor haar eigen wachtwoord');
    await choose.getByLabel('Herhaal het nieuwe wachtwoord').fill('Noor haar eigen wachtwoord');
    await choose.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByRole('status').getByText('Je account is geactiveerd.').waitFor();
    expect(await violations(page)).toEqual([]);

    // A used link, and an address without its token
    await page.goto(`${instance.baseUrl}/activeren#token=${'x'.repeat(43)}`);
    await page.getByRole('alert').getByText('Deze link werkt niet meer.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${instance.baseUrl}/wachtwoord-herstellen`);
    await page.getByRole('alert').getByText('Deze pagina werkt alleen met de volledige link uit je e-mail.').waitFor();
    expect(await violations(page)).toEqual([]);

    // Forgot password: the empty form, then the answer
    await page.goto(instance.baseUrl);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    const since = mail.received.length;
    await page.getByLabel('E-mailadres').fill(instance.privacyOfficer.email);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByRole('status').waitFor();
    expect(await violations(page)).toEqual([]);

    // The password link of an account with a second factor asks the code
    await page.goto(linkIn(await mail.waitFor(instance.privacyOfficer.email, { since })));
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByLabel('Code uit je authenticator-app').waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'password-reset-with-code');
    await page.close();
  });

  it('the pages that come first: a start password to replace, a second factor to set up', async () => {
    const page = await instance.newPage();
    await logInAs(page, forced.password);
    await page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'password-required');
    await page.close();

    const setup = await instance.newPage();
    await logInAs(setup, forced.secondFactor);
    await setup.getByRole('heading', { level: 1, name: 'Stel je tweede inlogstap in' }).waitFor();
    await setup.getByRole('img', { name: /QR-code/ }).waitFor();
    expect(await violations(setup)).toEqual([]);
    await setup.getByLabel('Code uit je authenticator-app').fill(currentTotp('JBSWY3DPEHPK3PXP'));
    await setup.getByRole('button', { name: 'Tweede inlogstap bevestigen' }).click();
    await setup.getByRole('alert').waitFor();
    expect(await violations(setup)).toEqual([]);
    await screenshot(setup, 'second-factor-required');
    await setup.close();
  });

  it('the overseer lands on the figures: counts and charts, never a name, also on a phone', async () => {
    const page = await instance.newPage();
    await logInAs(page, overseerEmail);
    await page.getByRole('heading', { level: 1, name: 'Cijfers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cijfers');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gezinnen' }).count()).resolves.toBe(0);
    const keyFigures = page.getByRole('list', { name: 'Kerncijfers' });
    await expect(keyFigures.textContent()).resolves.toMatch(/\d+ gezinnen in beeld/);
    // Each chart beside a table with the same numbers
    const alerts = page.getByRole('region', { name: 'Open patronen per soort' });
    await alerts.getByRole('table', { name: 'Open patronen per soort' }).getByRole('rowheader', { name: 'Herhaald huiselijk geweld of politie-inzet' }).waitFor();
    await expect(alerts.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Gezinnen per niveau van hulp' }).getByRole('rowheader', { name: 'Vrijwillig', exact: true }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain('Yilmaz');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'figures');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the privacy officer finds a child and looks up who saw it', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.privacyOfficer);
    await page.getByRole('heading', { level: 1, name: 'Wie heeft dit ingezien?' }).waitFor();
    await page.getByRole('region', { name: 'Wijzigingen in accounts en rollen' }).getByRole('table').waitFor();
    expect(await page.getByText('Geeft meer inzage').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);

    // An empty search: the error summary
    const search = page.getByRole('form', { name: 'Zoek het kind' });
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    await search.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);

    // Found by BSN: the results, then the log of the child
    await search.getByLabel('BSN van het kind').fill('111222333');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    const results = page.getByRole('region', { name: 'Zoekresultaat' });
    await results.getByRole('heading', { level: 3, name: 'Elif Yilmaz' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await results.getByRole('button', { name: 'Toon wie dit heeft ingezien' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gevonden in het logboek' }).waitFor();
    const log = page.getByRole('table', { name: 'Gevonden in het logboek' });
    expect(await log.textContent()).toContain(instance.professional.name);
    expect(await violations(page)).toEqual([]);

    // The name search, and nothing found
    await search.getByLabel('Met achternaam en geboortedatum').check();
    await search.getByLabel('Achternaam', { exact: true }).fill('Yilmaz');
    await search.getByLabel('Geboortedatum', { exact: true }).fill('2000-01-01');
    await search.getByRole('button', { name: 'Kind zoeken' }).click();
    await results.getByText('Geen kind gevonden').waitFor();
    expect(await violations(page)).toEqual([]);

    // The search by id, still there as a second way in
    await page.getByText('Zoeken op id').click();
    await page.getByLabel('Persoonsnummer (id) van het kind').fill(childId);
    await page.getByRole('button', { name: 'Zoeken in het logboek' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gevonden in het logboek' }).waitFor();
    const rows = log.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await log.textContent()).toContain(instance.professional.name);
    await screenshot(page, 'privacy-page');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who looked at this?' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
