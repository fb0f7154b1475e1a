import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret } from '../../src/api/auth/totp.ts';
import { sealSecret } from '../../src/crypto/secretBox.ts';
import { buildUser, testEncryptionKey } from '../support/factories.ts';
import { startInstance, testPassword, type BrowserInstance } from './support/instance.ts';
import { logIn, logInWith, nextTotp, screenshot, violations } from './support/pages.ts';

const newPassword = 'Mijn eigen lange wachtwoord';

describe('choosing a password when logged in', () => {
  let instance: BrowserInstance;
  /** The first administrator, as `rondom create-admin` makes it: a printed start password, to be replaced at the first login. */
  const first = { email: '', secret: newTotpSecret() };
  beforeAll(async () => {
    instance = await startInstance({
      prepare: async (db, organisationId) => {
        const user = await buildUser(db, { roles: ['administrator'], organisationId, name: 'Eerste Beheerder' });
        await db.updateTable('users').set({ password_change_required: true, totp_secret: sealSecret(testEncryptionKey, first.secret), totp_required: true })
          .where('id', '=', user.id).execute();
        first.email = user.email;
      },
    });
  });
  afterAll(async () => { await instance?.stop(); });

  it('the first administrator, with a printed start password, chooses a new one before anything else; the next login goes straight in', async () => {
    const { baseUrl } = instance;
    const page = await instance.newPage();
    await logInWith(page, baseUrl, first.email, testPassword, currentTotp(first.secret));
    await page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Mijn account' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Uitloggen' }).isVisible()).resolves.toBe(true);
    const form = page.getByRole('form', { name: 'Nieuw wachtwoord kiezen' });

    // The browser checks length and the repetition first
    await form.getByLabel('Huidig wachtwoord').fill(testPassword);
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
    await form.getByLabel('Huidig wachtwoord').fill(testPassword);
    await form.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Mijn account' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'after-password-change');

    // Log out; the start password no longer works, the new one goes straight in
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await logInWith(page, baseUrl, first.email, testPassword);
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await logInWith(page, baseUrl, first.email, newPassword, nextTotp(first.secret));
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('everyone can change their password under "Mijn account"', async () => {
    const { baseUrl, professional } = instance;
    const page = await instance.newPage();
    await logIn(page, baseUrl, professional);
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
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

  it('the owner changes their own e-mail address under "Mijn account", with the password, and logs in with the new one', async () => {
    const { baseUrl, professional } = instance;
    const page = await instance.newPage();
    await logInWith(page, baseUrl, professional.email, newPassword);
    await page.getByRole('link', { name: 'Mijn account' }).click();
    const section = page.getByRole('region', { name: 'E-mailadres wijzigen' });
    await section.getByText(`Je e-mailadres is nu ${professional.email}.`, { exact: false }).waitFor();
    const form = section.getByRole('form', { name: 'E-mailadres wijzigen' });
    await form.getByLabel('Nieuw e-mailadres').fill('fatima.nieuw@wijkteam.test');
    await form.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await form.getByRole('button', { name: 'E-mailadres opslaan' }).click();
    await form.getByRole('alert').getByText('Het huidige wachtwoord klopt niet', { exact: false }).first().waitFor();
    await form.getByLabel('Huidig wachtwoord').fill(newPassword);
    await form.getByRole('button', { name: 'E-mailadres opslaan' }).click();
    await section.getByRole('status').getByText('Je e-mailadres is gewijzigd naar fatima.nieuw@wijkteam.test.', { exact: false }).waitFor();
    await section.getByText('Je e-mailadres is nu fatima.nieuw@wijkteam.test.', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();

    const again = await instance.newPage();
    await logInWith(again, baseUrl, professional.email, newPassword);
    await again.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await logInWith(again, baseUrl, 'fatima.nieuw@wijkteam.test', newPassword);
    await again.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await again.close();
  });
});
