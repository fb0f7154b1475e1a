import { describe, expect, it } from 'vitest';
import { CliRefusal } from './cliRefusal.ts';
import { serveConfigFromEnv } from './serveConfig.ts';

describe('the server settings from the environment', () => {
  it('refuses secure cookies without a trusted proxy: no browser would get the cookie over plain http', () => {
    expect(() => serveConfigFromEnv({ RONDOM_SECURE_COOKIES: '1' }, {})).toThrow(CliRefusal);
    expect(() => serveConfigFromEnv({ RONDOM_SECURE_COOKIES: '1', RONDOM_TRUST_PROXY: '' }, {})).toThrow(/RONDOM_TRUST_PROXY/);
  });

  it('accepts secure cookies behind a trusted proxy', () => {
    const config = serveConfigFromEnv({ RONDOM_SECURE_COOKIES: '1', RONDOM_TRUST_PROXY: '127.0.0.1' }, {});
    expect(config).toMatchObject({ secureCookies: true, trustProxy: '127.0.0.1' });
  });

  it('serves plain http without a proxy by default', () => {
    expect(serveConfigFromEnv({}, { demo: true })).toMatchObject({ secureCookies: false, trustProxy: false, demo: true, logger: false });
  });
});
