import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, defaultConfig, type AppConfig } from '../../src/api/app.ts';
import { loadInstanceSecrets, type InstanceSecrets } from '../../src/db/queries/secrets.ts';
import type { DatabaseOptions } from '../../src/db/connect.ts';
import { startMailSender } from '../../src/jobs/mailSender.ts';
import { createMailTransport } from '../../src/mail/transport.ts';
import { testEncryptionKey } from './factories.ts';
import type { TestMailServer } from './mailServer.ts';
import { createTestDatabase, type TestDatabase } from './testDatabase.ts';

export interface TestApp { app: FastifyInstance; database: TestDatabase; db: TestDatabase['handle']['db']; secrets: InstanceSecrets; close(): Promise<void> }

export interface TestAppOptions {
  database?: DatabaseOptions;
  /** Mail goes to this (real, in-process) SMTP server, sent as soon as it is queued. */
  mail?: TestMailServer;
}

export async function createTestApp(config: Partial<AppConfig> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.database);
  const secrets = await loadInstanceSecrets(database.handle.db, testEncryptionKey, {});
  const mailer = options.mail
    ? startMailSender(database.handle.db, { transport: createMailTransport({ kind: 'smtp', url: options.mail.url, from: 'Rondom <noreply@rondom.test>' }), log: { info: () => undefined, error: () => undefined } })
    : undefined;
  const app = await buildApp({ db: database.handle.db, secrets, config: { ...defaultConfig, loginRateLimitPerMinute: 10_000, anonymousRateLimitPerMinute: 100_000, ...config }, ...(mailer ? { mailer } : {}) });
  await app.ready();
  return { app, database, db: database.handle.db, secrets, close: async () => { mailer?.stop(); await app.close(); await database.drop(); } };
}

/** A logged-in browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export interface Client {
  request(method: InjectOptions['method'], url: string, body?: unknown): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export function anonymousClient(app: FastifyInstance): Client {
  return clientWith(app, {}, undefined);
}

export async function login(app: FastifyInstance, credentials: { email: string; password: string; totp?: string }): Promise<Client> {
  const { email, password, totp } = credentials;
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password, ...(totp ? { totp } : {}) } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'rondom_session');
  return clientWith(app, { rondom_session: cookie!.value }, response.json().csrfToken);
}

function clientWith(app: FastifyInstance, cookies: Record<string, string>, csrfToken: string | undefined): Client {
  const request = (method: InjectOptions['method'], url: string, body?: unknown) => app.inject({
    method, url, cookies, headers: csrfToken ? { 'x-csrf-token': csrfToken } : {}, ...(body === undefined ? {} : { payload: body as object }),
  });
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    delete: (url) => request('DELETE', url),
  };
}
