import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTotp, currentTotp, newTotpSecret } from '../../src/api/auth/totp.ts';
import { countRows } from '../support/databaseState.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { attemptLogin, loginRaw, sendWith } from '../support/rawSession.ts';
import { createTestApp, login, type TestApp } from '../support/testApp.ts';

/** A 6-digit code that the secret does not accept right now (nor in the neighbouring time steps). */
function wrongCode(secret: string): string {
  for (let n = 0; ; n += 1) {
    const code = String((Number(currentTotp(secret)) + 500_000 + n) % 1_000_000).padStart(6, '0');
    if (!checkTotp(secret, code)) return code;
  }
}

describe('logging in and out', () => {
  let t: TestApp;
  let organisationId: string;
  const professional = () => buildUser(t.db, { roles: ['professional'], organisationId });
  const userRow = (id: string) => t.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('id', '=', id).executeTakeFirstOrThrow();
  const auditActions = async (userId: string) => (await t.db.selectFrom('audit_events').select(['action', 'outcome']).where('user_id', '=', userId).orderBy('seq').execute());

  beforeAll(async () => {
    t = await createTestApp();
    organisationId = (await buildOrganisation(t.db)).id;
  });
  afterAll(() => t.close());

  it('sets an httpOnly, SameSite=Strict session cookie and keeps the session on the server', async () => {
    const user = await professional();
    const sessionsBefore = await countRows(t.db, 'sessions');
    const { response, cookie, csrfToken } = await loginRaw(t.app, user);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^rondom_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(csrfToken).toEqual(expect.any(String));
    expect(response.json().user).toMatchObject({ id: user.id, email: user.email, roles: ['professional'] });
    expect(await countRows(t.db, 'sessions')).toBe(sessionsBefore + 1);
    const me = await sendWith(t.app, { method: 'GET', url: '/api/v1/session', cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect(await auditActions(user.id)).toEqual([{ action: 'session.login', outcome: 'success' }]);
  });

  it('answers a wrong password exactly like an unknown email address, and sets no cookie', async () => {
    const user = await professional();
    const wrongPassword = await attemptLogin(t.app, { email: user.email, password: 'not the password' });
    const unknownEmail = await attemptLogin(t.app, { email: 'niemand@test.rondom.test', password: 'not the password' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().code).toBe('LOGIN_FAILED');
    expect({ status: unknownEmail.statusCode, body: unknownEmail.json() }).toEqual({ status: wrongPassword.statusCode, body: wrongPassword.json() });
    expect(wrongPassword.cookies).toEqual([]);
    expect(unknownEmail.cookies).toEqual([]);
    expect((await userRow(user.id)).failed_logins).toBe(1);
    expect(await auditActions(user.id)).toEqual([{ action: 'session.login_failed', outcome: 'denied' }]);
  });

  it('locks the account after five failures, even against the right password', async () => {
    const user = await professional();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await attemptLogin(t.app, { email: user.email, password: `wrong ${attempt}` })).statusCode).toBe(401);
    }
    const sessionsBefore = await countRows(t.db, 'sessions');
    const locked = await attemptLogin(t.app, user);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    expect(locked.headers['retry-after']).toBeDefined();
    const row = await userRow(user.id);
    expect(row.failed_logins).toBe(5);
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await countRows(t.db, 'sessions')).toBe(sessionsBefore);
    // The lock is per account: a colleague logs in as usual.
    expect((await attemptLogin(t.app, await professional())).statusCode).toBe(200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await professional();
    for (let attempt = 1; attempt <= 4; attempt += 1) await attemptLogin(t.app, { email: user.email, password: 'wrong' });
    await loginRaw(t.app, user);
    expect(await userRow(user.id)).toEqual({ failed_logins: 0, locked_until: null });
    await attemptLogin(t.app, { email: user.email, password: 'wrong' });
    expect((await attemptLogin(t.app, user)).statusCode).toBe(200);
  });

  it('asks for the second factor when one is set up, refuses a wrong code and accepts the current one', async () => {
    const totpSecret = newTotpSecret();
    const user = await buildUser(t.db, { roles: ['professional'], organisationId, totpSecret });
    const withoutCode = await attemptLogin(t.app, user);
    expect([withoutCode.statusCode, withoutCode.json().code]).toEqual([401, 'TOTP_REQUIRED']);
    expect(withoutCode.cookies).toEqual([]);
    const wrong = await attemptLogin(t.app, { ...user, totp: wrongCode(totpSecret) });
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'TOTP_INVALID']);
    expect((await userRow(user.id)).failed_logins).toBe(1); // a wrong code counts towards the lockout
    const right = await attemptLogin(t.app, { ...user, totp: currentTotp(totpSecret) });
    expect(right.statusCode).toBe(200);
    expect(await auditActions(user.id)).toEqual([
      { action: 'session.login_failed', outcome: 'denied' }, { action: 'session.login', outcome: 'success' },
    ]);
  });

  it('accepts each second-factor code only once (RFC 6238 §5.2)', async () => {
    const totpSecret = newTotpSecret();
    const user = await buildUser(t.db, { roles: ['privacy_officer'], organisationId, totpSecret });
    const code = currentTotp(totpSecret);
    expect((await attemptLogin(t.app, { ...user, totp: code })).statusCode).toBe(200);
    // Someone who saw the code over the user's shoulder, or in a proxy log, cannot use it again.
    const replayed = await attemptLogin(t.app, { ...user, totp: code });
    expect([replayed.statusCode, replayed.json().code]).toEqual([401, 'TOTP_INVALID']);
    expect(replayed.cookies).toEqual([]);
  });

  it('does not let an administrator or privacy officer without a second factor in outside demo mode', async () => {
    for (const role of ['administrator', 'privacy_officer'] as const) {
      const user = await buildUser(t.db, { roles: [role], organisationId });
      const response = await attemptLogin(t.app, user);
      expect([response.statusCode, response.json().code]).toEqual([401, 'TOTP_REQUIRED']);
      expect(response.cookies).toEqual([]);
    }
  });

  it('refuses a write without the CSRF token of this session and writes nothing', async () => {
    const session = await loginRaw(t.app, await professional());
    const other = await loginRaw(t.app, await professional());
    const households = await countRows(t.db, 'households');
    const body = { name: 'Familie Smit', municipality: 'Rondeel' };
    for (const csrfToken of [undefined, 'forged-token', other.csrfToken]) {
      const response = await sendWith(t.app, { method: 'POST', url: '/api/v1/households', cookie: session.cookie, csrfToken, body });
      expect([response.statusCode, response.json().code]).toEqual([403, 'CSRF_INVALID']);
    }
    expect(await countRows(t.db, 'households')).toBe(households);
    const accepted = await sendWith(t.app, { method: 'POST', url: '/api/v1/households', cookie: session.cookie, csrfToken: session.csrfToken, body });
    expect(accepted.statusCode).toBe(201);
    expect(await countRows(t.db, 'households')).toBe(households + 1);
  });

  it('destroys the session on logout', async () => {
    const user = await professional();
    const { cookie, csrfToken } = await loginRaw(t.app, user);
    const sessions = await countRows(t.db, 'sessions');
    const logout = await sendWith(t.app, { method: 'DELETE', url: '/api/v1/session', cookie, csrfToken });
    expect(logout.statusCode).toBe(204);
    expect(await countRows(t.db, 'sessions')).toBe(sessions - 1);
    const after = await sendWith(t.app, { method: 'GET', url: '/api/v1/session', cookie });
    expect([after.statusCode, after.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await sendWith(t.app, { method: 'GET', url: '/api/v1/households', cookie })).statusCode).toBe(401);
    expect((await auditActions(user.id)).map((e) => e.action)).toEqual(['session.login', 'session.logout']);
  });

  it('ends the access of a disabled account at once, also for its open session', async () => {
    const user = await professional();
    const { cookie } = await loginRaw(t.app, user);
    await t.db.updateTable('users').set({ disabled: true }).where('id', '=', user.id).execute();
    expect((await sendWith(t.app, { method: 'GET', url: '/api/v1/session', cookie })).statusCode).toBe(401);
    // With the right password, the answer says what is going on (and whom to ask); with a wrong one, nothing.
    const again = await attemptLogin(t.app, user);
    expect([again.statusCode, again.json().code]).toEqual([403, 'ACCOUNT_DEACTIVATED']);
    expect(again.cookies).toEqual([]);
    const guessed = await attemptLogin(t.app, { email: user.email, password: 'not the password' });
    expect([guessed.statusCode, guessed.json().code]).toEqual([401, 'LOGIN_FAILED']);
  });
});

describe('login rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({ loginRateLimitPerMinute: 3 }); });
  afterAll(() => t.close());

  it('answers 429 to the fourth attempt within a minute, even with the right password', async () => {
    const user = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await attemptLogin(t.app, { email: user.email, password: 'wrong' })).statusCode).toBe(401);
    }
    const sessions = await countRows(t.db, 'sessions');
    const limited = await attemptLogin(t.app, user);
    expect([limited.statusCode, limited.json().code]).toEqual([429, 'RATE_LIMITED']);
    expect(await countRows(t.db, 'sessions')).toBe(sessions);
    // The limited attempt never reached the password check.
    expect((await t.db.selectFrom('users').select('failed_logins').where('id', '=', user.id).executeTakeFirstOrThrow()).failed_logins).toBe(3);
  });
});

describe('demo mode', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({ demo: true }); });
  afterAll(() => t.close());

  it('lets an administrator and a privacy officer without a second factor log in', async () => {
    const organisationId = (await buildOrganisation(t.db)).id;
    for (const role of ['administrator', 'privacy_officer'] as const) {
      const user = await buildUser(t.db, { roles: [role], organisationId });
      const { response } = await loginRaw(t.app, user);
      expect(response.json().user.roles).toEqual([role]);
    }
  });
});

describe('lockout does not reveal which accounts exist', () => {
  it('locks an unknown email address after five failures just like a real account', async () => {
    const t = await createTestApp();
    try {
      const real = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
      const answers = async (email: string) => {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await attemptLogin(t.app, { email, password: 'wrong password' })).statusCode);
        return statuses;
      };
      const expected = [401, 401, 401, 401, 401, 423];
      expect(await answers(real.email)).toEqual(expected);
      expect(await answers('nobody-here@test.rondom.test')).toEqual(expected);
    } finally {
      await t.close();
    }
  });
});

describe('a second factor required by the administrator after activation', () => {
  it('opens nothing but setting it up, then asks for it at every login', async () => {
    const t = await createTestApp();
    try {
      const organisationId = (await buildOrganisation(t.db)).id;
      const adminAccount = await buildUser(t.db, { roles: ['administrator'], organisationId, totpSecret: 'JBSWY3DPEHPK3PXP' });
      const admin = await login(t.app, { ...adminAccount, totp: currentTotp('JBSWY3DPEHPK3PXP') });
      const careful = await buildUser(t.db, { roles: ['professional'], organisationId });
      expect((await admin.patch(`/api/v1/users/${careful.id}`, { secondFactor: true })).statusCode).toBe(200);

      const first = await attemptLogin(t.app, careful);
      expect(first.json()).toMatchObject({ secondFactorSetupRequired: true, hasSecondFactor: false });
      const client = await login(t.app, careful);
      expect((await client.get('/api/v1/households')).json().code).toBe('SECOND_FACTOR_SETUP_REQUIRED');
      // A link from a mail still opens in this browser (public routes are not held back).
      expect((await client.post('/api/v1/account/token', { token: 'x'.repeat(43) })).json().code).toBe('TOKEN_INVALID');
      const { secret } = (await client.post('/api/v1/session/second-factor/setup', {})).json();
      // The password is asked again: a session alone (a laptop left open) binds no second factor.
      expect((await client.post('/api/v1/session/second-factor', { totp: currentTotp(secret), currentPassword: 'not the password' })).json().code).toBe('PASSWORD_INCORRECT');
      expect((await client.post('/api/v1/session/second-factor', { totp: wrongCode(secret), currentPassword: careful.password })).json().code).toBe('TOTP_INVALID');
      expect((await client.post('/api/v1/session/second-factor', { totp: currentTotp(secret), currentPassword: careful.password })).statusCode).toBe(204);
      expect((await client.get('/api/v1/households')).statusCode).toBe(200);
      expect((await attemptLogin(t.app, careful)).json().code).toBe('TOTP_REQUIRED');
      const stored = await t.db.selectFrom('users').select('totp_secret').where('id', '=', careful.id).executeTakeFirstOrThrow();
      expect(stored.totp_secret).toMatch(/^v1\./);
      expect(stored.totp_secret).not.toContain(secret);
    } finally {
      await t.close();
    }
  });
});

describe('separation of duties', () => {
  it('refuses an account that would both administer and see case content', async () => {
    const t = await createTestApp({ demo: true });
    try {
      const organisationId = (await buildOrganisation(t.db)).id;
      const admin = await login(t.app, await buildUser(t.db, { roles: ['administrator'], organisationId }));
      const response = await admin.post('/api/v1/users', { email: 'both@test.rondom.test', name: 'Twee Petten', organisationId, roles: ['administrator', 'team_lead'] });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'roles' })]);
    } finally {
      await t.close();
    }
  });
});

describe('a start password printed by create-admin', () => {
  it('must be replaced before anything else, and the change ends other sessions', async () => {
    const t = await createTestApp({ demo: true });
    try {
      const organisationId = (await buildOrganisation(t.db)).id;
      // The only start password left: the one the operator's create-admin prints for the first administrator.
      const bootstrap = await buildUser(t.db, { roles: ['administrator'], organisationId });
      await t.db.updateTable('users').set({ password_change_required: true }).where('id', '=', bootstrap.id).execute();
      const account = { email: bootstrap.email, password: bootstrap.password };

      const first = await attemptLogin(t.app, account);
      expect(first.json().passwordChangeRequired).toBe(true);
      const client = await login(t.app, account);
      const other = await login(t.app, account);
      expect((await client.get('/api/v1/users')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await client.get('/api/v1/session')).statusCode).toBe(200);
      expect((await client.post('/api/v1/session/password', { currentPassword: 'wrong', newPassword: 'my own long password' })).json().code).toBe('PASSWORD_INCORRECT');
      expect((await client.post('/api/v1/session/password', { currentPassword: account.password, newPassword: account.password })).statusCode).toBe(400);
      expect((await client.post('/api/v1/session/password', { currentPassword: account.password, newPassword: 'my own long password' })).statusCode).toBe(204);

      expect((await client.get('/api/v1/users')).statusCode).toBe(200);
      expect((await other.get('/api/v1/session')).statusCode).toBe(401);
      expect((await attemptLogin(t.app, account)).statusCode).toBe(401);
      expect((await attemptLogin(t.app, { ...account, password: 'my own long password' })).json().passwordChangeRequired).toBe(false);
    } finally {
      await t.close();
    }
  });
});

describe('guessing the current password with a session', () => {
  it('counts towards the lockout like a failed login', async () => {
    const t = await createTestApp();
    try {
      const account = await buildUser(t.db, { roles: ['professional'], organisationId: (await buildOrganisation(t.db)).id });
      const client = await login(t.app, account);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await client.post('/api/v1/session/password', { currentPassword: `guess ${i}`, newPassword: 'a brand new password' })).statusCode);
      expect(statuses).toEqual([422, 422, 422, 422, 422, 423]);
      const failures = await t.db.selectFrom('audit_events').select('details').where('action', '=', 'session.login_failed').execute();
      expect(failures.filter((f) => (f.details as { factor?: string }).factor === 'current_password')).toHaveLength(5);
    } finally {
      await t.close();
    }
  });
});
