/**
 * Findings of a probe of the account routes: no password (not even a fixed one) opens an account its owner
 * has not activated; the administrator cannot redirect an activated account's links to a mailbox of their
 * own; codes guessed on a link count towards the lockout; links die with a deactivation; odd text and
 * odd bodies are refused cleanly, after the 401 for anonymous callers.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/api/auth/totp.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { startMailServer, type ReceivedMail, type TestMailServer } from '../support/mailServer.ts';
import { attemptLogin } from '../support/rawSession.ts';
import { anonymousClient, createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const tokenOf = (mail: ReceivedMail) => /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';

describe('no way into an account that is not one\'s own', () => {
  let t: TestApp;
  let smtp: TestMailServer;
  let admin: Client;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp({}, { mail: smtp });
    organisationId = (await buildOrganisation(t.db, { name: 'Wijkteam Zuid' })).id;
    const adminAccount = await buildUser(t.db, { roles: ['administrator'], organisationId, totpSecret: 'GEZDGNBVGY3TQOJQ' });
    admin = await login(t.app, { ...adminAccount, totp: currentTotp('GEZDGNBVGY3TQOJQ') });
  });
  afterAll(async () => { await t.close(); await smtp.close(); });

  it('opens an account that is not activated yet with no password at all, and ends sessions from before its activation', async () => {
    const email = 'nog.niet@wijkteam.test';
    const since = smtp.received.length;
    expect((await admin.post('/api/v1/users', { email, name: 'Nog Niet', organisationId, roles: ['professional'] })).statusCode).toBe(201);
    for (const password of ['rondom-dummy-password-for-timing', 'correct horse battery staple', 'x']) {
      const attempt = await attemptLogin(t.app, { email, password });
      expect([attempt.statusCode, attempt.json().code], password).toEqual([401, 'LOGIN_FAILED']);
    }
    const token = tokenOf(await smtp.waitFor(email, { since }));
    expect((await anonymousClient(t.app).post('/api/v1/account/token/complete', { token, password: 'mijn eigen lange wachtwoord' })).statusCode).toBe(204);
    expect((await attemptLogin(t.app, { email, password: 'mijn eigen lange wachtwoord' })).statusCode).toBe(200);
  });

  it('lets only the owner change the address of an activated account, with their password; the old address hears of it', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId });
    const changedByAdmin = await admin.patch(`/api/v1/users/${owner.id}`, { email: 'beheerder-eigen-box@elders.test' });
    expect([changedByAdmin.statusCode, changedByAdmin.json().code]).toEqual([409, 'EMAIL_CHANGED_BY_OWNER']);
    expect(await t.db.selectFrom('users').select('email').where('id', '=', owner.id).executeTakeFirstOrThrow()).toEqual({ email: owner.email });

    const session = await login(t.app, owner);
    const other = await login(t.app, owner);
    // A reset link asked for before the change must not work after it.
    const since = smtp.received.length;
    await anonymousClient(t.app).post('/api/v1/account/password-reset', { email: owner.email });
    const oldLink = tokenOf(await smtp.waitFor(owner.email, { since }));
    expect((await session.post('/api/v1/session/email', { email: 'nieuw@wijkteam.test', currentPassword: 'geraden' })).json().code).toBe('PASSWORD_INCORRECT');
    const sinceChange = smtp.received.length;
    expect((await session.post('/api/v1/session/email', { email: 'nieuw@wijkteam.test', currentPassword: owner.password })).statusCode).toBe(204);
    const notice = await smtp.waitFor(owner.email, { since: sinceChange });
    expect(notice.text).toContain('nieuw@wijkteam.test');
    expect((await other.get('/api/v1/session')).statusCode).toBe(401);
    expect((await session.get('/api/v1/session')).json().user.email).toBe('nieuw@wijkteam.test');
    expect((await anonymousClient(t.app).post('/api/v1/account/token', { token: oldLink })).json().code).toBe('TOKEN_INVALID');
  });

  it('counts codes guessed on a password link towards the lockout', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId, totpSecret: 'MFRGGZDFMZTWQ2LK' });
    const since = smtp.received.length;
    await anonymousClient(t.app).post('/api/v1/account/password-reset', { email: owner.email });
    const token = tokenOf(await smtp.waitFor(owner.email, { since }));
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await anonymousClient(t.app).post('/api/v1/account/token/complete', { token, password: 'een nieuw lang wachtwoord', totp: String(100000 + i) })).json().code);
    }
    expect(codes).toEqual(['TOTP_INVALID', 'TOTP_INVALID', 'TOTP_INVALID', 'TOTP_INVALID', 'TOTP_INVALID', 'ACCOUNT_LOCKED']);
    const right = await anonymousClient(t.app).post('/api/v1/account/token/complete', { token, password: 'een nieuw lang wachtwoord', totp: currentTotp('MFRGGZDFMZTWQ2LK') });
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
  });

  it('ends the links of an account that is deactivated: re-activating it does not bring them back', async () => {
    const since = smtp.received.length;
    const created = (await admin.post('/api/v1/users', { email: 'later.aan@wijkteam.test', name: 'Later Aan', organisationId, roles: ['professional'] })).json();
    const token = tokenOf(await smtp.waitFor('later.aan@wijkteam.test', { since }));
    await admin.post(`/api/v1/users/${created.id}/deactivate`, {});
    await admin.post(`/api/v1/users/${created.id}/reactivate`, {});
    expect((await anonymousClient(t.app).post('/api/v1/account/token', { token })).json().code).toBe('TOKEN_INVALID');
  });

  it('refuses half a character in any text with 400, and logs a refused path whatever it holds', async () => {
    const professional = await login(t.app, await buildUser(t.db, { roles: ['professional'], organisationId }));
    const family = await professional.post('/api/v1/households', { name: 'Familie \ud83d', municipality: 'Rondeel' });
    expect([family.statusCode, family.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId });
    expect((await admin.patch(`/api/v1/users/${owner.id}`, { name: 'x\ud83d' })).statusCode).toBe(400);
    const odd = `/api/v1/households/${'a'.repeat(63)}${encodeURIComponent('😀')}/history-requests`;
    const before = await deniedCount();
    const anonymous = await anonymousClient(t.app).get(odd);
    expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await deniedCount()).toBe(before + 1);
  });

  it('answers an anonymous caller 401 before it reads the body, and names an unsupported media type', async () => {
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/households', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
    expect([malformed.statusCode, malformed.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    const cookieLogin = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'text/xml' }, payload: '<login/>' });
    expect([cookieLogin.statusCode, cookieLogin.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  const deniedCount = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_events WHERE outcome = 'denied'`.execute(t.db)).rows[0]!.n);
});
