/**
 * Separation of duties holds against the administrator too: whoever creates an account never knows a
 * password that opens it. The owner activates it through a one-time link sent to their own address.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/api/auth/totp.ts';
import { buildOrganisation, buildTeam, buildUser } from '../support/factories.ts';
import { startMailServer, type ReceivedMail, type TestMailServer } from '../support/mailServer.ts';
import { attemptLogin } from '../support/rawSession.ts';
import { anonymousClient, createTestApp, login, type Client, type TestApp } from '../support/testApp.ts';

const tokenOf = (mail: ReceivedMail) => /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';
const newPassword = 'Mijn eigen lange wachtwoord';

describe('accounts are activated by their owner', () => {
  let t: TestApp;
  let smtp: TestMailServer;
  let admin: Client;
  let adminId: string;
  let organisationId: string;
  let teamId: string;
  let familyOfTeam: string;

  beforeAll(async () => {
    smtp = await startMailServer();
    t = await createTestApp({ publicUrl: 'https://rondom.example.nl' }, { mail: smtp });
    organisationId = (await buildOrganisation(t.db, { name: 'Wijkteam Oost' })).id;
    teamId = (await buildTeam(t.db, organisationId)).id;
    const municipality = await buildOrganisation(t.db, { name: 'Gemeente Rondeel', kind: 'municipality' });
    const adminAccount = await buildUser(t.db, { roles: ['administrator'], organisationId: municipality.id, totpSecret: 'JBSWY3DPEHPK3PXP' });
    adminId = adminAccount.id;
    admin = await login(t.app, { ...adminAccount, totp: currentTotp('JBSWY3DPEHPK3PXP') });
    // A family that a member of the team works with: what a team lead of that team would see.
    const member = await buildUser(t.db, { roles: ['professional'], organisationId, teamId });
    const asMember = await login(t.app, member);
    familyOfTeam = (await asMember.post('/api/v1/households', { name: 'Familie Vos', municipality: 'Rondeel' })).json().id;
  });
  afterAll(async () => { await t.close(); await smtp.close(); });

  const createAccount = async (body: Record<string, unknown>) => {
    const since = smtp.received.length;
    const response = await admin.post('/api/v1/users', { organisationId, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return { response, mail: await smtp.waitFor(body.email as string, { since }) };
  };

  it('gives the administrator no way into a team-lead account it creates: only the link in the owner\'s mail opens it', async () => {
    const email = 'teamleider.oost@wijkteam.test';
    const { response, mail } = await createAccount({ email, name: 'Teamleider Oost', roles: ['professional', 'team_lead'], teamId });
    // Nothing in the answer, the account list or the audit trail that opens the account.
    const token = tokenOf(mail);
    expect(token).not.toBe('');
    expect(mail.text).toContain(`https://rondom.example.nl/activeren#token=${token}`);
    expect(response.body).not.toContain(token);
    expect(JSON.stringify((await admin.get('/api/v1/users')).json())).not.toContain(token);
    const audited = await t.db.selectFrom('audit_events').select('details').execute();
    expect(JSON.stringify(audited)).not.toContain(token);
    // Once sent (the SMTP server may hear it a moment before the outbox row is marked), the body is gone.
    const outbox = () => t.db.selectFrom('mail_outbox').select(['text_body', 'sent_at']).where('to_address', '=', email).execute();
    await expect.poll(outbox).toEqual([{ text_body: null, sent_at: expect.anything() }]);
    expect(response.json().data).toMatchObject({ status: 'invited', roles: ['professional', 'team_lead'] });

    // No password opens it before activation, whatever the administrator tries.
    for (const password of ['', 'correct horse battery staple', 'rondom-demo-2026']) {
      if (password) expect((await attemptLogin(t.app, { email, password })).statusCode).toBe(401);
    }

    // The owner opens the link, sees whose account it is, and chooses a password.
    const anonymous = anonymousClient(t.app);
    const inspected = await anonymous.post('/api/v1/account/token', { token });
    expect(inspected.json()).toMatchObject({ purpose: 'activation', name: 'Teamleider Oost', email, secondFactorSetup: null });
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: 'te kort' })).statusCode).toBe(400);
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: newPassword })).statusCode).toBe(204);
    const teamLead = await login(t.app, { email, password: newPassword });
    expect((await teamLead.get(`/api/v1/households/${familyOfTeam}`)).statusCode).toBe(200);

    // The link worked once.
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: 'een ander lang wachtwoord' })).json().code).toBe('TOKEN_INVALID');
    const account = (await admin.get('/api/v1/users')).json().data.find((u: { email: string }) => u.email === email);
    expect(account.status).toBe('active');
    // The privacy officer reads which account was activated (by its owner).
    const activated = await t.db.selectFrom('audit_events').select(['user_id', 'details']).where('action', '=', 'user.activate').execute();
    expect(activated).toContainEqual({ user_id: account.id, details: { userId: account.id, secondFactor: false } });
  });

  it('refuses an expired link and one replaced by a newer link', async () => {
    const email = 'later@wijkteam.test';
    const { response, mail } = await createAccount({ email, name: 'Late Starter', roles: ['professional'] });
    const first = tokenOf(mail);
    const since = smtp.received.length;
    expect((await admin.post(`/api/v1/users/${response.json().id}/activation`, {})).statusCode).toBe(200);
    const second = tokenOf(await smtp.waitFor(email, { since }));
    const anonymous = anonymousClient(t.app);
    expect((await anonymous.post('/api/v1/account/token', { token: first })).json().code).toBe('TOKEN_INVALID');
    await t.db.updateTable('account_tokens').set({ expires_at: sql`now() - interval '1 minute'` }).where('user_id', '=', response.json().id).execute();
    const expired = await anonymous.post('/api/v1/account/token/complete', { token: second, password: newPassword });
    expect([expired.statusCode, expired.json().code]).toEqual([410, 'TOKEN_INVALID']);
  });

  it('has the owner set up the second factor while activating; the administrator never sees its secret', async () => {
    const email = 'privacy@gemeente.test';
    const { response, mail } = await createAccount({ email, name: 'Priya Privacy', roles: ['privacy_officer'] });
    expect(response.body).not.toMatch(/secret|otpauth/i);
    const token = tokenOf(mail);
    const anonymous = anonymousClient(t.app);
    const setup = (await anonymous.post('/api/v1/account/token', { token })).json().secondFactorSetup;
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await anonymous.post('/api/v1/account/token', { token })).json().secondFactorSetup.secret).toBe(setup.secret);
    const stored = await t.db.selectFrom('account_tokens').select('pending_totp_secret').where('user_id', '=', response.json().id).where('used_at', 'is', null).executeTakeFirstOrThrow();
    expect(stored.pending_totp_secret).not.toContain(setup.secret);
    const withoutCode = await anonymous.post('/api/v1/account/token/complete', { token, password: newPassword });
    expect([withoutCode.statusCode, withoutCode.json().errors[0].path]).toEqual([401, 'totp']);
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: newPassword, totp: currentTotp(setup.secret) })).statusCode).toBe(204);
    const row = await t.db.selectFrom('users').select('totp_secret').where('email', '=', email).executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect((await attemptLogin(t.app, { email, password: newPassword })).json().code).toBe('TOTP_REQUIRED');
  });

  it('lets the owner choose a new password through their mail, asking their second factor when they have one; other sessions end', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId });
    const session = await login(t.app, owner);
    const anonymous = anonymousClient(t.app);
    const since = smtp.received.length;
    expect((await anonymous.post('/api/v1/account/password-reset', { email: 'niemand@nergens.test' })).statusCode).toBe(202);
    expect((await anonymous.post('/api/v1/account/password-reset', { email: owner.email })).statusCode).toBe(202);
    const mail = await smtp.waitFor(owner.email, { since });
    expect(mail.text).toContain('https://rondom.example.nl/wachtwoord-herstellen#token=');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.slice(since).map((m) => m.to[0])).toEqual([owner.email]);
    expect((await anonymous.post('/api/v1/account/token/complete', { token: tokenOf(mail), password: newPassword })).statusCode).toBe(204);
    expect((await session.get('/api/v1/session')).statusCode).toBe(401);
    expect((await attemptLogin(t.app, owner)).statusCode).toBe(401);
    expect((await attemptLogin(t.app, { email: owner.email, password: newPassword })).statusCode).toBe(200);

    const careful = await buildUser(t.db, { roles: ['professional'], organisationId, totpSecret: 'KRSXG5CTMVRXEZLU' });
    const sinceCareful = smtp.received.length;
    await anonymous.post('/api/v1/account/password-reset', { email: careful.email });
    const token = tokenOf(await smtp.waitFor(careful.email, { since: sinceCareful }));
    expect((await anonymous.post('/api/v1/account/token', { token })).json().secondFactorCode).toBe(true);
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: newPassword })).json().code).toBe('TOTP_INVALID');
    expect((await anonymous.post('/api/v1/account/token/complete', { token, password: newPassword, totp: currentTotp('KRSXG5CTMVRXEZLU') })).statusCode).toBe(204);
  });

  it('deactivates an account at once, keeps its involvements in the history, and re-activates it', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId });
    const session = await login(t.app, owner);
    const householdId = (await session.post('/api/v1/households', { name: 'Familie Kok', municipality: 'Rondeel' })).json().id;
    await session.put(`/api/v1/households/${householdId}/direction`, { userId: owner.id, mandate: 'Regie vanuit het wijkteam' });
    const colleagueAccount = await buildUser(t.db, { roles: ['professional'], organisationId });
    await session.post(`/api/v1/households/${householdId}/involvements`, { userId: colleagueAccount.id, reason: 'Gezinscoach', domain: 'parenting' });
    const listedBefore = (await admin.get('/api/v1/users')).json().data.find((u: { id: string }) => u.id === owner.id);
    expect(listedBefore.leadsFamilies).toBe(1); // so the confirmation can warn before deactivating
    const deactivated = await admin.post(`/api/v1/users/${owner.id}/deactivate`, {});
    expect(deactivated.json()).toMatchObject({ leadsFamilies: 1, data: { status: 'deactivated' } });
    expect((await session.get('/api/v1/session')).statusCode).toBe(401);
    expect((await attemptLogin(t.app, owner)).json().code).toBe('ACCOUNT_DEACTIVATED');
    expect(await t.db.selectFrom('involvements').select('until').where('user_id', '=', owner.id).execute()).toEqual([{ until: null }]);
    // The family sees that its regisseur can no longer act: question 4 is open again.
    const family = (await (await login(t.app, colleagueAccount)).get(`/api/v1/households/${householdId}`)).json().data;
    expect(family.regisseur).toMatchObject({ userId: owner.id, active: false });
    expect(family.fiveQuestions[3]).toMatchObject({ status: 'unanswered', reason: 'REGISSEUR_DEACTIVATED' });
    expect((await admin.post(`/api/v1/users/${owner.id}/reactivate`, {})).json().data.status).toBe('active');
    expect((await attemptLogin(t.app, owner)).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/users/${adminId}/deactivate`, {})).json().code).toBe('NOT_ON_OWN_ACCOUNT');
  });

  it('records granting the team-lead role and moving into a team, and shows it to the privacy officer', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId });
    const changed = await admin.patch(`/api/v1/users/${owner.id}`, { roles: ['professional', 'team_lead'], teamId });
    expect(changed.json().data).toMatchObject({ roles: ['professional', 'team_lead'], teamId });
    expect((await admin.patch(`/api/v1/users/${adminId}`, { roles: ['overseer'] })).json().code).toBe('NOT_ON_OWN_ACCOUNT');
    const privacyAccount = await buildUser(t.db, { roles: ['privacy_officer'], organisationId, totpSecret: 'GEZDGNBVGY3TQOJQ' });
    const privacy = await login(t.app, { ...privacyAccount, totp: currentTotp('GEZDGNBVGY3TQOJQ') });
    const events = (await privacy.get('/api/v1/audit/account-changes')).json().data;
    const change = events.find((e: { action: string; subject: { id: string } | null }) => e.action === 'user.update' && e.subject?.id === owner.id);
    expect(change).toMatchObject({
      widensAccess: true, actor: { id: adminId },
      details: { changes: { roles: { from: ['professional'], to: ['professional', 'team_lead'] }, team: { from: null, to: { id: teamId } } } },
    });
    expect((await admin.get('/api/v1/audit/account-changes')).statusCode).toBe(403);
  });

  it('sends the activation link to the new address when the address of an account not yet activated changes', async () => {
    const { response, mail } = await createAccount({ email: 'typo@wijkteam.test', name: 'Tikfout', roles: ['professional'] });
    const since = smtp.received.length;
    expect((await admin.patch(`/api/v1/users/${response.json().id}`, { email: 'juist@wijkteam.test' })).statusCode).toBe(200);
    const fresh = await smtp.waitFor('juist@wijkteam.test', { since });
    const anonymous = anonymousClient(t.app);
    expect((await anonymous.post('/api/v1/account/token', { token: tokenOf(mail) })).json().code).toBe('TOKEN_INVALID');
    expect((await anonymous.post('/api/v1/account/token', { token: tokenOf(fresh) })).json().email).toBe('juist@wijkteam.test');
  });

  it('re-activates an account whose owner lost the second factor through a new link; nothing opens it meanwhile', async () => {
    const owner = await buildUser(t.db, { roles: ['professional'], organisationId, totpSecret: 'MFRGGZDFMZTWQ2LK' });
    const since = smtp.received.length;
    expect((await admin.post(`/api/v1/users/${owner.id}/second-factor/reset`, {})).statusCode).toBe(200);
    expect((await attemptLogin(t.app, owner)).statusCode).toBe(401);
    const token = tokenOf(await smtp.waitFor(owner.email, { since }));
    const setup = (await anonymousClient(t.app).post('/api/v1/account/token', { token })).json().secondFactorSetup;
    expect(setup).not.toBeNull();
    expect((await anonymousClient(t.app).post('/api/v1/account/token/complete', { token, password: newPassword, totp: currentTotp(setup.secret) })).statusCode).toBe(204);
  });
});
