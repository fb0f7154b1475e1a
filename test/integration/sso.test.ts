/**
 * Logging in through an organisation's identity provider, against a real OpenID provider (oidc-provider)
 * running in this process: discovery, authorization code flow with PKCE, state and nonce, ID token checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp, newTotpSecret } from '../../src/api/auth/totp.ts';
import { isSealed, openSecret } from '../../src/crypto/secretBox.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { FetchBrowser } from '../support/fetchBrowser.ts';
import { freePort, startIdentityProvider, type TestIdentityProvider } from '../support/identityProvider.ts';
import { anonymousClient, createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const callbackPath = '/api/v1/session/sso/callback';

describe('logging in through the organisation\'s identity provider', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  let rondom: string;
  let municipalityId: string;
  let otherOrganisationId: string;
  let admin: Client;
  let secondAdmin: Client;
  const accounts: Record<string, { id: string; email: string; password: string }> = {};
  const administratorTotp = newTotpSecret();
  const secondAdministratorTotp = newTotpSecret();

  const isCallback = (url: string) => url.startsWith(`${rondom}${callbackPath}`);

  /** Starts at Rondom, logs in at the provider's own page with `loginName`, and stops where the provider sends the browser back. */
  async function loginAtProvider(browser: FetchBrowser, loginName: string, organisationId = municipalityId): Promise<string> {
    const start = await browser.request(`${rondom}/api/v1/session/sso/start?organisation=${organisationId}`);
    expect(start.status).toBe(302);
    const authorizationUrl = new URL(start.headers.get('location')!);
    expect(authorizationUrl.origin).toBe(idp.issuer);
    const page = await browser.follow(authorizationUrl.href, isCallback);
    const html = await page.response!.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(action, html).toBeDefined();
    const back = await browser.follow(new URL(action!, page.url).href, isCallback, { form: { prompt: 'login', login: loginName, password: 'at the provider' } });
    expect(isCallback(back.url)).toBe(true);
    return back.url;
  }

  /** Arrives at Rondom's callback; returns where Rondom sends the browser next. */
  async function arrive(browser: FetchBrowser, callbackUrl: string): Promise<string> {
    const response = await browser.request(callbackUrl);
    expect(response.status).toBe(302);
    return response.headers.get('location')!;
  }

  const signedInAs = async (browser: FetchBrowser) => {
    const response = await browser.request(`${rondom}/api/v1/session`);
    return response.status === 200 ? ((await response.json()) as { user: { id: string } }).user.id : null;
  };

  const lastLoginEvent = async () => t.db.selectFrom('audit_events').select(['action', 'outcome', 'user_id', 'details'])
    .where('action', 'in', ['session.login', 'session.login_failed']).orderBy('seq', 'desc').executeTakeFirstOrThrow();

  const userRow = (id: string) => t.db.selectFrom('users').select(['activated_at', 'password_hash', 'failed_logins']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    const port = await freePort();
    rondom = `http://127.0.0.1:${port}`;
    idp = await startIdentityProvider({ redirectUris: [`${rondom}${callbackPath}`] });
    t = await createTestApp({ publicUrl: rondom });
    await t.app.listen({ port, host: '127.0.0.1' });
    municipalityId = (await buildOrganisation(t.db, { name: 'Gemeente Rondeel', kind: 'municipality' })).id;
    otherOrganisationId = (await buildOrganisation(t.db, { name: 'Wijkteam Noord' })).id;
    const totpSecret = administratorTotp;
    const administrator = await buildUser(t.db, { roles: ['administrator'], organisationId: municipalityId, totpSecret });
    accounts.administrator = administrator;
    admin = await login(t.app, { ...administrator, totp: currentTotp(totpSecret) });
    // A second administrator: a provider is in use only once another administrator than its proposer confirms it.
    const second = await buildUser(t.db, { roles: ['administrator'], organisationId: municipalityId, totpSecret: secondAdministratorTotp });
    secondAdmin = await login(t.app, { ...second, totp: currentTotp(secondAdministratorTotp) });
    accounts.fatima = await buildUser(t.db, { roles: ['professional'], organisationId: municipalityId, name: 'Fatima El Amrani' });
    // Not yet activated (a password from before the organisation had a provider): her first login there activates it.
    await t.db.updateTable('users').set({ activated_at: null }).where('id', '=', accounts.fatima.id).execute();
    accounts.jeroen = await buildUser(t.db, { roles: ['professional'], organisationId: otherOrganisationId, name: 'Jeroen de Wit' });
    accounts.disabled = await buildUser(t.db, { roles: ['professional'], organisationId: municipalityId });
    await t.db.updateTable('users').set({ disabled: true }).where('id', '=', accounts.disabled.id).execute();
    const person = (email: string, verified = true) => ({ email: email.toUpperCase(), email_verified: verified });
    for (const [name, value] of Object.entries({
      fatima: person(accounts.fatima.email), unverified: person(accounts.fatima.email, false), stranger: person('niemand@gemeente.test'),
      jeroen: person(accounts.jeroen.email), disabled: person(accounts.disabled.email), administrator: person(administrator.email),
    })) idp.people.set(name, value);
  });
  afterAll(async () => { await t?.close(); await idp?.close(); });

  describe('the administrator ties an organisation to its identity provider', () => {
    const body = () => ({ issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, displayName: 'Gemeente Rondeel' });

    it('refuses an issuer over plain http outside the loopback address', async () => {
      const response = await admin.put(`/api/v1/organisations/${municipalityId}/identity-provider`, { ...body(), issuer: 'http://login.rondeel.test' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['issuer']);
    });

    it('reports a clear problem when OpenID Connect discovery at the issuer fails', async () => {
      const nothingThere = `http://127.0.0.1:${await freePort()}`;
      const response = await admin.put(`/api/v1/organisations/${municipalityId}/identity-provider`, { ...body(), issuer: nothingThere });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'IDENTITY_PROVIDER_UNREACHABLE', errors: [{ path: 'issuer' }] });
      expect(await t.db.selectFrom('identity_providers').selectAll().execute()).toEqual([]);
    });

    it('stores the provider after discovery as a proposal that only another administrator can put in use, with the client secret sealed, and logs both', async () => {
      const response = await admin.put(`/api/v1/organisations/${municipalityId}/identity-provider`, body());
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().data).toMatchObject({ issuer: idp.issuer, clientId: 'rondom', redirectUri: `${rondom}${callbackPath}`, status: 'proposed' });
      expect(response.body).not.toContain(idp.clientSecret);
      expect(await t.db.selectFrom('identity_providers').selectAll().execute()).toEqual([]);
      expect((await anonymousClient(t.app).get('/api/v1/session/sso/organisations')).json().data).toEqual([]);
      const ownConfirmation = await admin.post(`/api/v1/organisations/${municipalityId}/identity-provider/confirm`, {});
      expect([ownConfirmation.statusCode, ownConfirmation.json().code]).toEqual([403, 'FOUR_EYES_REQUIRED']);
      const confirmed = await secondAdmin.post(`/api/v1/organisations/${municipalityId}/identity-provider/confirm`, {});
      expect(confirmed.json().data).toMatchObject({ issuer: idp.issuer, status: 'active' });
      const row = await t.db.selectFrom('identity_providers').selectAll().where('organisation_id', '=', municipalityId).executeTakeFirstOrThrow();
      expect(isSealed(row.client_secret_sealed)).toBe(true);
      expect(row.client_secret_sealed).not.toContain(idp.clientSecret);
      const event = await t.db.selectFrom('audit_events').select(['action', 'user_id', 'details']).where('action', '=', 'identity_provider.set').where('outcome', '=', 'success').executeTakeFirstOrThrow();
      expect(event).toMatchObject({ details: { organisationId: municipalityId, issuer: idp.issuer, replaced: false, proposedBy: accounts.administrator!.id } });
      expect(event.user_id).not.toBe(accounts.administrator!.id);
      expect(JSON.stringify(event.details)).not.toContain(idp.clientSecret);
    });

    it('replaces the display name while keeping the stored secret for the same client', async () => {
      const { clientSecret: _omitted, ...withoutSecret } = body();
      const response = await admin.put(`/api/v1/organisations/${municipalityId}/identity-provider`, { ...withoutSecret, displayName: 'Medewerkers Gemeente Rondeel' });
      expect(response.statusCode, response.body).toBe(200);
      expect((await secondAdmin.post(`/api/v1/organisations/${municipalityId}/identity-provider/confirm`, {})).statusCode).toBe(200);
      const row = await t.db.selectFrom('identity_providers').selectAll().where('organisation_id', '=', municipalityId).executeTakeFirstOrThrow();
      expect(row.display_name).toBe('Medewerkers Gemeente Rondeel');
      expect(openSecret(t.secrets.encryptionKey, row.client_secret_sealed)).toBe(idp.clientSecret);
      // Another client at the same provider needs its own secret.
      const otherClient = await admin.put(`/api/v1/organisations/${municipalityId}/identity-provider`, { ...withoutSecret, clientId: 'another' });
      expect(otherClient.statusCode).toBe(400);
      expect(otherClient.json().errors).toEqual([{ path: 'clientSecret', message: 'Required' }]);
    });

    it('shows in the organisations list whether an organisation has one, never the secret', async () => {
      const asAdmin = await admin.get('/api/v1/organisations');
      const municipality = asAdmin.json().data.find((o: { id: string }) => o.id === municipalityId);
      expect(municipality.identityProvider).toEqual({ issuer: idp.issuer, clientId: 'rondom', displayName: 'Medewerkers Gemeente Rondeel' });
      expect(asAdmin.json().ssoRedirectUri).toBe(`${rondom}${callbackPath}`);
      expect(asAdmin.json().data.find((o: { id: string }) => o.id === otherOrganisationId).identityProvider).toBeNull();
      const colleague = await login(t.app, accounts.jeroen!);
      const asProfessional = await colleague.get('/api/v1/organisations');
      expect(asProfessional.json().data.find((o: { id: string }) => o.id === municipalityId).identityProvider).toEqual({ displayName: 'Medewerkers Gemeente Rondeel' });
      expect(asProfessional.json()).not.toHaveProperty('ssoRedirectUri');
      for (const response of [asAdmin, asProfessional]) expect(response.body).not.toContain(idp.clientSecret);
    });

    it('lists the organisation for the login page, to anyone', async () => {
      const response = await anonymousClient(t.app).get('/api/v1/session/sso/organisations');
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toEqual([{ organisationId: municipalityId, organisationName: 'Gemeente Rondeel', displayName: 'Medewerkers Gemeente Rondeel' }]);
    });
  });

  describe('a professional logs in', () => {
    it('maps the verified e-mail address to the account of that organisation, activates it and logs the login', async () => {
      expect((await userRow(accounts.fatima!.id)).activated_at).toBeNull();
      const browser = new FetchBrowser();
      const callback = await loginAtProvider(browser, 'fatima');
      // The login under way is found through its own cookie, only for the callback, SameSite=Lax.
      expect(browser.cookiesFor(rondom).has('rondom_sso')).toBe(true);
      expect(await arrive(browser, callback)).toBe('/');
      expect(await signedInAs(browser)).toBe(accounts.fatima!.id);
      expect(browser.cookiesFor(rondom).has('rondom_sso')).toBe(false);
      expect((await userRow(accounts.fatima!.id)).activated_at).not.toBeNull();
      expect(await lastLoginEvent()).toMatchObject({ action: 'session.login', outcome: 'success', user_id: accounts.fatima!.id, details: { via: 'oidc' } });
      // The ID token's nonce, the PKCE verifier and the state were used up: nothing of the login is left.
      expect(await t.db.selectFrom('sso_logins').selectAll().execute()).toEqual([]);
    });

    it('sets the login cookie httpOnly and SameSite=Lax, for the callback path only', async () => {
      const start = await fetch(`${rondom}/api/v1/session/sso/start?organisation=${municipalityId}`, { redirect: 'manual' });
      const cookie = start.headers.getSetCookie().find((line) => line.startsWith('rondom_sso='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toContain(`Path=${callbackPath}`);
      expect(start.headers.getSetCookie().some((line) => line.startsWith('rondom_session='))).toBe(false);
    });

    it('keeps the activation time of an account that was already active', async () => {
      const activated = (await userRow(accounts.fatima!.id)).activated_at;
      const browser = new FetchBrowser();
      expect(await arrive(browser, await loginAtProvider(browser, 'fatima'))).toBe('/');
      expect((await userRow(accounts.fatima!.id)).activated_at).toEqual(activated);
    });

    const refusals: Array<[string, string, string, string | undefined]> = [
      ['an e-mail address the provider has not verified', 'unverified', 'SSO_EMAIL_NOT_VERIFIED', undefined],
      ['an e-mail address without an account', 'stranger', 'SSO_NO_ACCOUNT', undefined],
      ['the account of another organisation', 'jeroen', 'SSO_NO_ACCOUNT', 'jeroen'],
      ['a disabled account', 'disabled', 'SSO_ACCOUNT_DISABLED', 'disabled'],
      ['an administrator, who keeps password and second factor', 'administrator', 'SSO_USE_PASSWORD', 'administrator'],
    ];
    for (const [what, loginName, code, account] of refusals) {
      it(`refuses ${what}, and logs the refusal`, async () => {
        const browser = new FetchBrowser();
        const before = account ? await userRow(accounts[account]!.id) : undefined;
        expect(await arrive(browser, await loginAtProvider(browser, loginName))).toBe(`/?sso_error=${code}`);
        expect(await signedInAs(browser)).toBeNull();
        const event = await lastLoginEvent();
        expect(event).toMatchObject({ action: 'session.login_failed', outcome: 'denied', details: { via: 'oidc', failure: code, providerOrganisationId: municipalityId } });
        expect(event.user_id).toBe(account ? accounts[account]!.id : null);
        if (account) expect(await userRow(accounts[account]!.id)).toEqual(before); // nothing activated, nothing counted
      });
    }

    it('refuses an answer whose state is not that of the login this browser started, and the login cannot be used again', async () => {
      const browser = new FetchBrowser();
      const callback = new URL(await loginAtProvider(browser, 'fatima'));
      const genuine = callback.href;
      callback.searchParams.set('state', 'forged-state');
      expect(await arrive(browser, callback.href)).toBe('/?sso_error=SSO_STATE_MISMATCH');
      expect(await lastLoginEvent()).toMatchObject({ action: 'session.login_failed', details: { via: 'oidc', reason: 'state_mismatch' } });
      expect(await signedInAs(browser)).toBeNull();
      // The genuine answer afterwards finds no login under way: each login is used once at most.
      expect(await arrive(browser, genuine)).toBe('/?sso_error=SSO_EXPIRED');
      expect(await signedInAs(browser)).toBeNull();
    });

    it('refuses the answer in a browser that did not start the login', async () => {
      const browser = new FetchBrowser();
      const callback = await loginAtProvider(browser, 'fatima');
      browser.forget(rondom, 'rondom_sso');
      expect(await arrive(browser, callback)).toBe('/?sso_error=SSO_EXPIRED');
      expect(await lastLoginEvent()).toMatchObject({ action: 'session.login_failed', user_id: null, details: { via: 'oidc', reason: 'no_login_cookie' } });
      expect(await signedInAs(browser)).toBeNull();
    });

    it('reports a cancelled login at the provider', async () => {
      const browser = new FetchBrowser();
      const start = await browser.request(`${rondom}/api/v1/session/sso/start?organisation=${municipalityId}`);
      const page = await browser.follow(start.headers.get('location')!, isCallback);
      const abort = new URL(page.url);
      abort.pathname = `${abort.pathname}/abort`;
      const back = await browser.follow(abort.href, isCallback);
      expect(await arrive(browser, back.url)).toBe('/?sso_error=SSO_CANCELLED');
      expect(await lastLoginEvent()).toMatchObject({ action: 'session.login_failed', details: { reason: 'provider_error:access_denied' } });
    });

    it('sends an organisation without identity provider back to the login page', async () => {
      const response = await fetch(`${rondom}/api/v1/session/sso/start?organisation=${otherOrganisationId}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/?sso_error=SSO_UNAVAILABLE');
    });
  });

  describe('passwords', () => {
    it('refuses a password for an account of an organisation with an identity provider, exactly like a wrong password', async () => {
      const fatima = accounts.fatima!;
      const refused = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: fatima.email, password: fatima.password } });
      expect(await lastLoginEvent()).toMatchObject({ action: 'session.login_failed', user_id: fatima.id, details: { factor: 'password', reason: 'identity_provider' } });
      const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: accounts.jeroen!.email, password: 'not the password' } });
      expect({ status: refused.statusCode, body: refused.json() }).toEqual({ status: wrong.statusCode, body: wrong.json() });
      expect(refused.json().code).toBe('LOGIN_FAILED');
      expect(refused.cookies).toEqual([]);
    });

    it('still lets an administrator of that organisation log in with password and second factor', async () => {
      expect(await t.db.selectFrom('identity_providers').select('organisation_id').where('organisation_id', '=', municipalityId).executeTakeFirst()).toBeDefined();
      // The code of the login in beforeAll may still be the current one; a code is accepted once, so forget that it was used.
      await t.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', accounts.administrator!.id).execute();
      const { email, password } = accounts.administrator!;
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password, totp: currentTotp(administratorTotp) } });
      expect(response.statusCode, response.body).toBe(200);
    });

    it('lets the professional log in with a password again once the provider is removed, and logs the removal', async () => {
      const removed = await admin.delete(`/api/v1/organisations/${municipalityId}/identity-provider`);
      expect(removed.statusCode).toBe(204);
      expect(await t.db.selectFrom('audit_events').select(['user_id', 'details']).where('action', '=', 'identity_provider.remove').executeTakeFirstOrThrow())
        .toMatchObject({ user_id: accounts.administrator!.id, details: { organisationId: municipalityId } });
      expect((await admin.delete(`/api/v1/organisations/${municipalityId}/identity-provider`)).statusCode).toBe(404);
      const fatima = accounts.fatima!;
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: fatima.email, password: fatima.password } });
      expect(response.statusCode).toBe(200);
      expect((await anonymousClient(t.app).get('/api/v1/session/sso/organisations')).json().data).toEqual([]);
    });
  });
});
