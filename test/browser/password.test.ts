import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/web/types.ts';
import { startInstance, testPassword, type BrowserInstance } from './support/instance.ts';
import { apiAs, logIn, screenshot } from './support/pages.ts';

const startPassword = 'Startwachtwoord-van-Bea-2025';
const newPassword = 'Mijn eigen lange wachtwoord';

async function logInWith(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('the first login with a start password from the administrator', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance(); });
  afterAll(async () => { await instance?.stop(); });

  it('asks for a new password before anything else, then continues; the next login goes straight in', async () => {
    const { baseUrl } = instance;
    // The administrator makes the account, with a start password
    const admin = await instance.newPage();
    await logIn(admin, baseUrl, instance.administrator);
    const asAdmin = apiAs(admin, baseUrl);
    const organisations = await asAdmin<{ data: Organisation[] }>('GET', '/organisations');
    const organisation = organisations.data.find((o) => o.name === instance.organisationName)!;
    const email = `nieuw-${Date.now()}@test.rondom.test`;
    await asAdmin('POST', '/users', { email, name: 'Nina Nieuw', organisationId: organisation.id, roles: ['professional'], password: startPassword });
    await admin.close();

    // First login: only the password page, no menu
    const page = await instance.newPage();
    await logInWith(page, baseUrl, email, startPassword);
    await page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Wachtwoord wijzigen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Uitloggen' }).isVisible()).resolves.toBe(true);
    const form = page.getByRole('form', { name: 'Nieuw wachtwoord kiezen' });

    // The browser checks length and the repetition first
    await form.getByLabel('Huidig wachtwoord').fill(startPassword);
    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te kort');
    await form.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets anders');
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    const summary = form.getByRole('alert');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('minstens 12 tekens');
    await expect(summary.textContent()).resolves.toContain('De twee nieuwe wachtwoorden zijn niet hetzelfde');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('alert');

    // A wrong current password: the server's answer lands on its field
    await form.getByLabel('Huidig wachtwoord').fill('Niet het goede wachtwoord');
    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await form.getByLabel('Herhaal het nieuwe wachtwoord').fill(newPassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await summary.getByText('Het huidige wachtwoord klopt niet. Er is niets gewijzigd.').waitFor();
    await expect(form.getByLabel('Huidig wachtwoord').getAttribute('aria-invalid')).resolves.toBe('true');

    // The right one: on to the app
    await form.getByLabel('Huidig wachtwoord').fill(startPassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Wachtwoord wijzigen' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'after-password-change');

    // Log out; the start password no longer works, the new one goes straight in
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await logInWith(page, baseUrl, email, startPassword);
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await logInWith(page, baseUrl, email, newPassword);
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('everyone can change their password from the header', async () => {
    const { baseUrl, professional } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/wachtwoord`);
    const form = page.getByRole('form', { name: 'Nieuw wachtwoord kiezen' });
    await form.getByLabel('Huidig wachtwoord').fill(testPassword);
    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill(testPassword);
    await form.getByLabel('Herhaal het nieuwe wachtwoord').fill(testPassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('anders is dan het huidige');

    await form.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await form.getByLabel('Herhaal het nieuwe wachtwoord').fill(newPassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').getByText('Je wachtwoord is gewijzigd.', { exact: false }).waitFor();
    await expect(form.getByLabel('Huidig wachtwoord').inputValue()).resolves.toBe('');
    // Still signed in, the app works as before
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gezinnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await page.close();
  });
});
