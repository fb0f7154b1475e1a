import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { authenticator } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentTotp } from '../../../src/api/auth/totp.ts';
import { testPassword, type TestAccount } from './instance.ts';

/** What axe finds against WCAG 2.1 AA and best practice, one line per rule; empty when clean. */
export async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(result.passes.length).toBeGreaterThan(10); // axe really ran on a real page
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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

/** Logs in with an address and password typed as given (and the code, when asked), without waiting for the result. */
export async function logInWith(page: Page, baseUrl: string, email: string, password: string, code?: string) {
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (code) {
    await page.getByLabel('Code uit je authenticator-app').fill(code);
    await page.getByRole('button', { name: 'Code bevestigen' }).click();
  }
}

/**
 * The code of the next 30-second step, for a second login with the same secret: a code once used (logging in,
 * activating, setting up) does not work again, and the server accepts the next step too (phones drift).
 */
export const nextTotp = (secret: string) => authenticator.clone({ ...authenticator.options, epoch: Date.now() + 30_000 }).generate(secret);

/** Opens a disclosure ("+ Kind toevoegen"), the first one on the page or in `scope` (a card, a table row), and returns the form it shows. */
export async function openForm(page: Page, buttonName: string, scope: Page | Locator = page) {
  const button = scope.getByRole('button', { name: buttonName, exact: false }).first();
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

/** Calls the API as the user logged in on `page` (same cookies, with the CSRF token), for setting up data quickly. */
export function apiAs(page: Page, baseUrl: string) {
  return async <T = { id: string }>(method: string, path: string, data?: unknown): Promise<T> => {
    const { csrfToken } = await (await page.request.get(`${baseUrl}/api/v1/session`)).json() as { csrfToken: string };
    const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, { method, ...(data === undefined ? {} : { data }), headers: { 'x-csrf-token': csrfToken } });
    if (response.status() >= 300) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return response.json() as Promise<T>;
  };
}

/** A date `days` before today, as YYYY-MM-DD. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
