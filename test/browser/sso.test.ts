import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type TestIdentityProvider } from '../support/identityProvider.ts';
import { freePort, startInstance, testPassword, type BrowserInstance } from './support/instance.ts';
import { logIn, screenshot, violations } from './support/pages.ts';

/** On the provider's own (development) login page: any login name picks the person, any password will do. */
async function logInAtProvider(page: Page, loginName: string) {
  await page.getByPlaceholder('Enter any login').fill(loginName);
  await page.getByPlaceholder('and password').fill('wachtwoord bij de gemeente');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('logging in through the organisation\'s identity provider', () => {
  let instance: BrowserInstance;
  let idp: TestIdentityProvider;
  let redirectUri: string;
  /** The confirming administrator stays logged in: a second login within the same 30 seconds could not reuse the code. */
  let adminPage: Page;

  beforeAll(async () => {
    const port = await freePort();
    redirectUri = `http://localhost:${port}/api/v1/session/sso/callback`;
    idp = await startIdentityProvider({ redirectUris: [redirectUri] });
    instance = await startInstance({ port });
    idp.people.set('fatima', { email: instance.professional.email, email_verified: true });
    idp.people.set('onbekend', { email: 'onbekend@gemeente.test', email_verified: true });
  });
  afterAll(async () => { await instance?.stop(); await idp?.close(); });

  it('the administrator ties the organisation to its identity provider with the keyboard-friendly form', async () => {
    const page = await instance.newPage();
    await logIn(page, instance.baseUrl, instance.administrator);
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    const section = page.getByRole('region', { name: 'Inloggen via de eigen organisatie (SSO)' });
    await expect(section.locator('#sso-redirect-uri').textContent()).resolves.toBe(redirectUri);
    await section.getByLabel('Organisatie').selectOption({ label: instance.organisationName });
    const form = section.getByRole('form', { name: `Identity provider van ${instance.organisationName}` });
    // Nothing filled in yet: the summary names what is missing
    await form.getByRole('button', { name: 'Identity provider opslaan' }).click();
    await form.getByRole('alert').getByText('Vul de issuer-URL in').waitFor();
    await form.getByLabel('Issuer-URL').fill(idp.issuer);
    await form.getByLabel('Client-ID').fill(idp.clientId);
    await form.getByLabel('Client secret').fill(idp.clientSecret);
    await expect(form.getByLabel('Naam op de inlogknop').inputValue()).resolves.toBe(instance.organisationName);
    await form.getByRole('button', { name: 'Identity provider opslaan' }).click();
    await section.getByRole('status').getByText(`Voorgesteld: professionals van ${instance.organisationName} loggen in via ${instance.organisationName} zodra een andere beheerder dit bevestigt.`, { exact: false }).waitFor();
    // Not in use yet, and the one who proposed it cannot put it in use
    const row = page.getByRole('row', { name: new RegExp(instance.organisationName) }).first();
    await row.getByText(`Wachtwoord (voorstel: via ${instance.organisationName})`).waitFor();
    await section.getByText('Een andere beheerder moet dit voorstel bevestigen.', { exact: false }).waitFor();
    await expect(section.getByRole('button', { name: 'Koppeling bevestigen' }).count()).resolves.toBe(0);
    await page.close();

    // A second administrator checks it and confirms
    const second = adminPage = await instance.newPage();
    await logIn(second, instance.baseUrl, instance.secondAdministrator);
    await second.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    const sectionOfSecond = second.getByRole('region', { name: 'Inloggen via de eigen organisatie (SSO)' });
    await sectionOfSecond.getByLabel('Organisatie').selectOption({ label: `${instance.organisationName} (voorstel wacht op bevestiging)` });
    await sectionOfSecond.getByText(`${instance.administrator.name} stelde op`, { exact: false }).waitFor();
    await expect(sectionOfSecond.getByText(idp.issuer).count()).resolves.toBeGreaterThan(0);
    expect(await violations(second)).toEqual([]);
    await screenshot(second, 'sso-admin-confirm');
    await sectionOfSecond.getByRole('button', { name: 'Koppeling bevestigen' }).click();
    await sectionOfSecond.getByRole('status').getByText(`Bevestigd: professionals van ${instance.organisationName} loggen voortaan in via ${instance.organisationName}.`).waitFor();
    await second.getByRole('row', { name: new RegExp(instance.organisationName) }).first().getByText(`Via ${instance.organisationName}`, { exact: true }).waitFor();
    await sectionOfSecond.getByText('Laat leeg om het bewaarde secret te houden.').waitFor();
    expect(await violations(second)).toEqual([]);
    await screenshot(second, 'sso-admin');
  });

  it('the professional clicks the organisation\'s button, logs in at the provider and lands in Rondom signed in', async () => {
    const page = await instance.newPage();
    const callbacks: Request[] = [];
    page.on('request', (request) => { if (request.url().startsWith(redirectUri)) callbacks.push(request); });
    await page.goto(instance.baseUrl);
    await page.getByRole('heading', { level: 2, name: 'Inloggen via je organisatie' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'sso-login-page');
    await page.getByRole('link', { name: `Inloggen via ${instance.organisationName}` }).click();
    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await logInAtProvider(page, 'fatima');
    await page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }).waitFor();
    await expect(page.getByRole('button', { name: 'Uitloggen' }).isVisible()).resolves.toBe(true);
    // The way back from the provider is a cross-site navigation: the Strict session cookie is not sent along,
    // the Lax cookie with the login's handle is.
    expect(callbacks).toHaveLength(1);
    const cookieHeader = (await callbacks[0]!.allHeaders()).cookie ?? '';
    expect(cookieHeader).toContain('rondom_sso=');
    expect(cookieHeader).not.toContain('rondom_session=');
    const session = await (await page.request.get(`${instance.baseUrl}/api/v1/session`)).json() as { user: { id: string } };
    expect(session.user.id).toBe(instance.professional.id);
    await page.close();
  });

  it('says in plain words why a login through the organisation was refused', async () => {
    const page = await instance.newPage();
    await page.goto(instance.baseUrl);
    await page.getByRole('link', { name: `Inloggen via ${instance.organisationName}` }).click();
    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await logInAtProvider(page, 'onbekend');
    await page.getByRole('alert').getByText('Er is in Rondom geen account met jouw e-mailadres bij deze organisatie.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('refuses the professional\'s password now that the organisation logs in through its provider', async () => {
    const page = await instance.newPage();
    await page.goto(instance.baseUrl);
    await page.getByLabel('E-mailadres').fill(instance.professional.email);
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await page.close();
  });

  it('the administrator removes the link, after confirming; the login page no longer offers it', async () => {
    const page = adminPage;
    await page.reload();
    const section = page.getByRole('region', { name: 'Inloggen via de eigen organisatie (SSO)' });
    await section.getByLabel('Organisatie').selectOption({ label: `${instance.organisationName} (SSO ingesteld)` });
    await section.getByRole('button', { name: 'Koppeling verwijderen' }).click();
    await section.getByText(`Na het verwijderen loggen professionals van ${instance.organisationName} weer in met een wachtwoord.`, { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Ja, koppeling verwijderen' }).click();
    await section.getByRole('status').getByText(`De koppeling van ${instance.organisationName} met de identity provider is verwijderd.`).waitFor();
    await page.getByRole('row', { name: new RegExp(instance.organisationName) }).first().getByText('Wachtwoord').waitFor();
    await page.close();
    const anonymous = await instance.newPage();
    await anonymous.goto(instance.baseUrl);
    await anonymous.getByLabel('E-mailadres').waitFor();
    await expect(anonymous.getByRole('link', { name: /^Inloggen via/ }).count()).resolves.toBe(0);
    await anonymous.close();
  });
});
