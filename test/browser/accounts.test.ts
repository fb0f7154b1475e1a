import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/api/auth/totp.ts';
import type { TestMailServer } from '../support/mailServer.ts';
import type { BrowserInstance } from './support/instance.ts';
import { linkIn, startInstanceWithMail } from './support/mail.ts';
import { apiAs, logIn, logInWith, nextTotp, openForm, screenshot } from './support/pages.ts';

const ninaPassword = 'Nina kiest haar eigen wachtwoord';


/** The secret as the page shows it (in groups of four), as the owner would type it into an app. */
async function secretOn(page: Page) {
  return (await page.locator('.rondom-secret').textContent() ?? '').replace(/\s/g, '');
}

describe('accounts: activation by mail, a forgotten password, the second factor, administration and review', () => {
  let instance: BrowserInstance;
  let mail: TestMailServer;
  /** Logged in once: a second login in the same 30 seconds could not reuse the administrator's code. */
  let admin: Page;
  /** The privacy officer activated in this file stays logged in too (logins are limited to 10 a minute). */
  let priya: Page;
  let organisationId = '';
  const nina = { email: 'nina.nieuw@wijkteam.test', name: 'Nina Nieuw' };

  const accountRow = (name: string) => admin.locator('#users tr').filter({ has: admin.getByRole('rowheader', { name, exact: true }) });
  const reloadAdmin = async () => {
    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await admin.locator('#users tbody tr').first().waitFor();
  };

  beforeAll(async () => {
    ({ instance, mail } = await startInstanceWithMail());
    admin = await instance.newPage();
    await logIn(admin, instance.baseUrl, instance.administrator);
    const organisations = await apiAs(admin, instance.baseUrl)<{ data: Array<{ id: string; name: string }> }>('GET', '/organisations');
    organisationId = organisations.data.find((o) => o.name === instance.organisationName)!.id;
    await apiAs(admin, instance.baseUrl)('POST', `/organisations/${organisationId}/teams`, { name: 'Team Noord' });
  });
  afterAll(async () => { await instance?.stop(); await mail?.close(); });

  it('the administrator creates a professional without a password; she activates the account from the mail, logs in, and shows as active', async () => {
    await reloadAdmin();
    const form = await openForm(admin, 'Nieuw account');
    await expect(form.getByLabel('Startwachtwoord').count()).resolves.toBe(0);
    await form.getByLabel('E-mailadres').fill(nina.email);
    await form.getByLabel('Naam', { exact: true }).fill(nina.name);
    await form.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: instance.organisationName });
    await form.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Team Noord' });
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    const created = admin.getByRole('status').filter({ hasText: `Account voor ${nina.name} aangemaakt.` });
    await created.waitFor();
    await expect(created.textContent()).resolves.toMatch(new RegExp(`Activeringslink verstuurd naar ${nina.email}, geldig tot \\d{1,2} \\w+ \\d{4} om \\d{2}:\\d{2}\\.`));
    await expect(admin.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    const row = accountRow(nina.name);
    await expect(row.textContent()).resolves.toContain('Uitgenodigd');
    await expect(row.textContent()).resolves.toContain('Team Noord');

    // The link from the mail; the token leaves the address bar at once
    const link = linkIn(await mail.waitFor(nina.email));
    expect(link).toMatch(new RegExp(`^${instance.baseUrl}/activeren#token=`));
    const page = await instance.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Account activeren' }).waitFor();
    await page.getByText(nina.email, { exact: true }).waitFor();
    expect(page.url()).toBe(`${instance.baseUrl}/activeren`);
    await expect(page.getByText(instance.organisationName, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.rondom-qr').count()).resolves.toBe(0); // a professional needs no second factor here

    // The browser checks first; then the password is chosen
    const choose = page.getByRole('form', { name: 'Wachtwoord kiezen' });
    await choose.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te kort');
    await choose.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets anders');
    await choose.getByRole('button', { name: 'Account activeren' }).click();
    await expect(choose.getByRole('alert').textContent()).resolves.toContain('minstens 12 tekens');
    await choose.getByLabel('Nieuw wachtwoord', { exact: true }).fill(ninaPassword);
    await choose.getByLabel('Herhaal het nieuwe wachtwoord').fill(ninaPassword);
    await choose.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByRole('status').getByText('Je account is geactiveerd.').waitFor();
    await screenshot(page, 'activation-done');
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await logInWith(page, instance.baseUrl, nina.email, ninaPassword);
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await page.close();

    // The link worked once; opened again it says what to do
    const again = await instance.newPage();
    await again.goto(link);
    await again.getByRole('alert').getByText('Deze link werkt niet meer.').waitFor();
    await expect(again.getByRole('alert').textContent()).resolves.toContain('Vraag de beheerder van Rondom in je organisatie om een nieuwe activeringslink');
    await again.close();

    await reloadAdmin();
    await expect(accountRow(nina.name).locator('td').nth(4).textContent()).resolves.toBe('Actief');
  });

  it('a privacy officer activates the account with the second factor: QR code and key on the page, then the code', async () => {
    const email = 'priya.privacy@gemeente.test';
    const since = mail.received.length;
    await apiAs(admin, instance.baseUrl)('POST', '/users', { email, name: 'Priya Privacy', organisationId, roles: ['privacy_officer'] });
    const page = await instance.newPage();
    await page.goto(linkIn(await mail.waitFor(email, { since })));
    await page.getByRole('heading', { level: 2, name: 'Stap 1: tweede inlogstap instellen' }).waitFor();

    // The QR code is drawn in the browser and shown as an image (the CSP allows data: images)
    const qr = page.getByRole('img', { name: /QR-code om Rondom toe te voegen/ });
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;base64,/);
    await expect(qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).resolves.toBe(true);
    const shown = await page.locator('.rondom-secret').textContent();
    expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = await secretOn(page);
    const svg = Buffer.from((await qr.getAttribute('src'))!.split(',')[1]!, 'base64').toString();
    expect(svg).toContain('<svg');
    await screenshot(page, 'activation-second-factor');

    const choose = page.getByRole('form', { name: 'Wachtwoord kiezen' });
    await choose.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Priya kiest een lang wachtwoord');
    await choose.getByLabel('Herhaal het nieuwe wachtwoord').fill('Priya kiest een lang wachtwoord');
    await choose.getByRole('button', { name: 'Account activeren' }).click();
    await expect(choose.getByRole('alert').textContent()).resolves.toContain('Vul de code in als 6 cijfers');
    await choose.getByLabel('Code uit je authenticator-app').fill(currentTotp(secret));
    await choose.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByRole('status').getByText('Je account is geactiveerd.').waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('de code uit je authenticator-app');

    await logInWith(page, instance.baseUrl, email, 'Priya kiest een lang wachtwoord', nextTotp(secret));
    await page.getByRole('heading', { level: 1, name: 'Wie heeft dit ingezien?' }).waitFor();
    priya = page;
  });

  it('a forgotten password: the same answer for any address, a mail, a new password, and the old one no longer works', async () => {
    const { colleague } = instance;
    const page = await instance.newPage();
    await page.goto(instance.baseUrl);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    expect(page.url()).toBe(`${instance.baseUrl}/wachtwoord-vergeten`);

    await page.getByLabel('E-mailadres').fill('niemand@nergens.test');
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    const unknown = await page.getByRole('status').textContent();
    expect(unknown).toContain('Als er een account met niemand@nergens.test is, krijg je binnen enkele minuten een e-mail');

    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    const since = mail.received.length;
    await page.getByLabel('E-mailadres').fill(colleague.email);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    expect((await page.getByRole('status').textContent())?.replace(colleague.email, 'niemand@nergens.test')).toBe(unknown);

    const link = linkIn(await mail.waitFor(colleague.email, { since }));
    expect(link).toMatch(new RegExp(`^${instance.baseUrl}/wachtwoord-herstellen#token=`));
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByText(colleague.name, { exact: true }).waitFor();
    expect(page.url()).toBe(`${instance.baseUrl}/wachtwoord-herstellen`);
    const choose = page.getByRole('form', { name: 'Wachtwoord kiezen' });
    await choose.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Jeroen zijn nieuwe wachtwoord');
    await choose.getByLabel('Herhaal het nieuwe wachtwoord').fill('Jeroen zijn nieuwe wachtwoord');
    await choose.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
    await page.getByRole('status').getByText('Je nieuwe wachtwoord is opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();

    await logInWith(page, instance.baseUrl, colleague.email, 'correct horse battery staple');
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await logInWith(page, instance.baseUrl, colleague.email, 'Jeroen zijn nieuwe wachtwoord');
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();

    // By choice, a second factor from "Mijn account"
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    const section = page.getByRole('region', { name: 'Tweede inlogstap' });
    await section.getByRole('button', { name: 'Tweede inlogstap instellen' }).click();
    await section.locator('.rondom-secret').waitFor();
    await section.getByLabel('Code uit je authenticator-app').fill(currentTotp(await secretOn(page)));
    await section.getByLabel('Je wachtwoord').fill('Jeroen zijn nieuwe wachtwoord');
    await section.getByRole('button', { name: 'Tweede inlogstap bevestigen' }).click();
    await section.getByRole('status').getByText('Je tweede inlogstap is ingesteld.').waitFor();
    await section.getByText('Je tweede inlogstap is ingesteld. Ben je je telefoon').waitFor();
    await page.close();
  });

  it('a second factor the administrator requires is set up at the next login, before anything else', async () => {
    const row = accountRow(nina.name);
    await row.getByRole('button', { name: `Bewerken ${nina.name}` }).click();
    const edit = admin.getByRole('form', { name: `Account van ${nina.name} bewerken` });
    await edit.getByLabel('Tweede inlogstap verplicht').check();
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await admin.getByRole('status').getByText(`Wijzigingen voor ${nina.name} opgeslagen.`).waitFor();
    await row.getByText('Verplicht, nog niet ingesteld').waitFor();

    const page = await instance.newPage();
    await logInWith(page, instance.baseUrl, nina.email, ninaPassword);
    await page.getByRole('heading', { level: 1, name: 'Stel je tweede inlogstap in' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Mijn account' }).count()).resolves.toBe(0);
    await page.getByRole('img', { name: /QR-code/ }).waitFor();
    await page.getByLabel('Code uit je authenticator-app').fill('123');
    await page.getByRole('button', { name: 'Tweede inlogstap bevestigen' }).click();
    await page.getByRole('alert').getByText('Vul de code in als 6 cijfers').waitFor();
    await page.getByLabel('Code uit je authenticator-app').fill(currentTotp(await secretOn(page)));
    await page.getByLabel('Je wachtwoord').fill(ninaPassword);
    await page.getByRole('button', { name: 'Tweede inlogstap bevestigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(true);
    await page.close();
    await reloadAdmin();
    await accountRow(nina.name).getByText('Ingesteld', { exact: true }).waitFor();
  });

  it('the privacy officer sees the team-lead role granted, marked as giving more insight', async () => {
    const { professional } = instance;
    const row = accountRow(professional.name);
    await row.getByRole('button', { name: `Bewerken ${professional.name}` }).click();
    const edit = admin.getByRole('form', { name: `Account van ${professional.name} bewerken` });
    await edit.getByLabel(/^Teamleider/).check();
    await edit.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Team Noord' });
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await admin.getByRole('status').getByText(`Wijzigingen voor ${professional.name} opgeslagen.`).waitFor();
    await row.getByText('Professional, Teamleider').waitFor();

    const page = priya;
    await page.reload();
    const section = page.getByRole('region', { name: 'Wijzigingen in accounts en rollen' });
    const change = section.getByRole('row').filter({ hasText: 'Account gewijzigd' }).filter({ hasText: professional.name });
    await change.waitFor();
    const text = await change.textContent();
    expect(text).toContain(instance.administrator.name);
    expect(text).toContain('Geeft meer inzage');
    expect(text).toContain('Rollen: Professional → Professional, Teamleider');
    expect(text).toContain('Team: (geen) → Team Noord');
    // Activations and creations are there too; Nina's activation by herself names her
    await expect(section.getByRole('row').filter({ hasText: 'Account geactiveerd door de eigenaar' }).filter({ hasText: nina.name }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'account-changes');
  });

  it('the administrator deactivates a regisseur (told to have the direction handed over), reactivates, sends a new link and resets a second factor', async () => {
    const { professional } = instance;
    // The professional leads a family
    const own = await instance.newPage();
    await logIn(own, instance.baseUrl, professional);
    const family = await apiAs(own, instance.baseUrl)('POST', '/households', { name: 'Gezin Visser', municipality: 'Rondeel' });
    await apiAs(own, instance.baseUrl)('PUT', `/households/${family.id}/direction`, { userId: professional.id, mandate: 'Regie vanuit het wijkteam' });

    let row = accountRow(professional.name);
    await row.getByRole('button', { name: `Deactiveren ${professional.name}` }).click();
    const confirm = admin.getByRole('form', { name: `Account van ${professional.name} deactiveren` });
    await expect(confirm.textContent()).resolves.toContain('Wie nu ingelogd is, wordt meteen uitgelogd.');
    await confirm.getByRole('button', { name: 'Ja, deactiveren' }).click();
    const result = admin.getByRole('status').filter({ hasText: 'is gedeactiveerd' });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(`Let op: ${professional.name} is regisseur van 1 gezin`);
    await expect(result.textContent()).resolves.toContain('De teamleider moet de regie overdragen');
    await expect(admin.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    await row.getByText('Gedeactiveerd').waitFor();
    // Her session ended at once
    await own.reload();
    await own.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await own.close();

    await row.getByRole('button', { name: `Heractiveren ${professional.name}` }).click();
    await admin.getByRole('status').getByText(`Het account van ${professional.name} is weer actief.`).waitFor();
    await row.locator('td').nth(4).getByText('Actief', { exact: true }).waitFor();

    // A new activation link for an account not yet activated
    const email = 'later@wijkteam.test';
    await apiAs(admin, instance.baseUrl)('POST', '/users', { email, name: 'Lotte Later', organisationId, roles: ['professional'] });
    const first = await mail.waitFor(email);
    await reloadAdmin();
    const since = mail.received.length;
    row = accountRow('Lotte Later');
    await row.getByRole('button', { name: 'Activeringslink opnieuw sturen Lotte Later' }).click();
    await admin.getByRole('status').getByText(new RegExp(`Activeringslink verstuurd naar ${email}, geldig tot`)).waitFor();
    expect(linkIn(await mail.waitFor(email, { since }))).not.toBe(linkIn(first));
    await expect(row.getByRole('button', { name: /Tweede inlogstap resetten/ }).count()).resolves.toBe(0);

    // Nina lost her phone: her second factor is reset, and a new activation link goes to her
    row = accountRow(nina.name);
    await row.getByRole('button', { name: `Tweede inlogstap resetten ${nina.name}` }).click();
    const reset = admin.getByRole('form', { name: `Tweede inlogstap van ${nina.name} resetten` });
    await expect(reset.textContent()).resolves.toContain(`krijgt een nieuwe activeringslink op ${nina.email}`);
    const sinceReset = mail.received.length;
    await reset.getByRole('button', { name: 'Ja, tweede inlogstap resetten' }).click();
    const done = admin.getByRole('status').filter({ hasText: `De tweede inlogstap van ${nina.name} is gereset.` });
    await done.waitFor();
    await expect(done.textContent()).resolves.toContain(`Activeringslink verstuurd naar ${nina.email}`);
    await row.getByText('Uitgenodigd').waitFor();
    await mail.waitFor(nina.email, { since: sinceReset });
    await screenshot(admin, 'admin-accounts');
  });
});
