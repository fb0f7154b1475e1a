import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { currentTotp } from '../../../src/api/auth/totp.ts';
import { testPassword, type TestAccount } from './instance.ts';

/** Logs in through the login page (in Dutch, the default), answering the second-factor question when asked. */
export async function logIn(page: Page, baseUrl: string, account: TestAccount) {
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord').fill(testPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (account.totpSecret) {
    const code = page.getByLabel('Code uit je authenticator-app');
    await code.waitFor();
    await code.fill(currentTotp(account.totpSecret));
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
  }
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Opens a disclosure ("+ Kind toevoegen") and returns the form it shows. */
export async function openForm(page: Page, buttonName: string) {
  const button = page.getByRole('button', { name: buttonName, exact: false }).first();
  await button.click();
  const panelId = await button.getAttribute('aria-controls');
  return page.locator(`[id="${panelId}"]`);
}

/** Chooses the option whose text contains `text` in a select. */
export async function chooseOption(page: Page, label: string, text: string, scope = page.locator('body')) {
  const select = scope.getByLabel(label);
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`No option "${text}" in "${label}"`);
  await select.selectOption(value);
}

/** Saves a full-page screenshot when RONDOM_SCREENSHOTS names a folder (for looking at the pages); otherwise nothing. */
export async function screenshot(page: Page, name: string) {
  const folder = process.env.RONDOM_SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
