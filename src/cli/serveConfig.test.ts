import { describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { CliRefusal } from './cliRefusal.ts';
import { defaultPort, portFrom, serveConfigFromEnv } from './serveConfig.ts';

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

  it.each(['1', 'true', 'TRUE', 'yes', 'On', ' on '])('takes %j as on for the switches', (value) => {
    const config = serveConfigFromEnv({ RONDOM_SECURE_COOKIES: value, RONDOM_LOG: value, RONDOM_TRUST_PROXY: '127.0.0.1' }, {});
    expect([config.secureCookies, config.logger]).toEqual([true, true]);
  });

  it.each(['0', 'false', 'No', 'OFF', '', '  '])('takes %j as off for the switches', (value) => {
    const config = serveConfigFromEnv({ RONDOM_SECURE_COOKIES: value, RONDOM_LOG: value }, {});
    expect([config.secureCookies, config.logger]).toEqual([false, false]);
  });

  it.each(['RONDOM_SECURE_COOKIES', 'RONDOM_LOG'])('refuses a value of %s that is neither on nor off, naming it', (name) => {
    expect(() => serveConfigFromEnv({ [name]: 'ja', RONDOM_TRUST_PROXY: '127.0.0.1' }, {})).toThrow(SettingError);
    expect(() => serveConfigFromEnv({ [name]: 'ja', RONDOM_TRUST_PROXY: '127.0.0.1' }, {})).toThrow(new RegExp(`${name} is a switch.*"ja"`));
  });

  it.each(['true', '*', '1', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/0', 'localhost'])('refuses %j as RONDOM_TRUST_PROXY with what to set instead', (value) => {
    expect(() => serveConfigFromEnv({ RONDOM_TRUST_PROXY: value }, {})).toThrow(SettingError);
    expect(() => serveConfigFromEnv({ RONDOM_TRUST_PROXY: value }, {})).toThrow(/RONDOM_TRUST_PROXY must list the proxies.*127\.0\.0\.1/);
  });

  it.each(['127.0.0.1', 'loopback', '10.0.0.0/8, 127.0.0.1', '::1', 'fd00::/8', '192.168.0.0/255.255.0.0'])('accepts %j as RONDOM_TRUST_PROXY', (value) => {
    expect(serveConfigFromEnv({ RONDOM_TRUST_PROXY: value }, {}).trustProxy).toBe(value.replace(/\s/g, ''));
  });

  it('takes an empty RONDOM_PUBLIC_URL and RONDOM_TRUST_PROXY as unset', () => {
    expect(serveConfigFromEnv({ RONDOM_PUBLIC_URL: '', RONDOM_TRUST_PROXY: ' ' }, { port: '9090' })).toMatchObject({ publicUrl: 'http://localhost:9090', trustProxy: false });
  });

  it('refuses a public address without http(s)://, naming the setting', () => {
    expect(() => serveConfigFromEnv({ RONDOM_PUBLIC_URL: 'rondom.gemeente.nl' }, {})).toThrow(SettingError);
    expect(() => serveConfigFromEnv({ RONDOM_PUBLIC_URL: 'rondom.gemeente.nl' }, {})).toThrow(/RONDOM_PUBLIC_URL must be.*https:\/\//);
  });

  it('listens on 8080 when PORT is empty, not on a random port', () => {
    expect(defaultPort({ PORT: '' })).toBe('8080');
    expect(defaultPort({ PORT: '9090' })).toBe('9090');
    expect(defaultPort({})).toBe('8080');
  });

  it('refuses a port that is not a number from 1 to 65535', () => {
    expect(portFrom('9090')).toBe(9090);
    for (const wrong of ['abc', '80.5', '-1', '70000']) expect(() => portFrom(wrong), wrong).toThrow(/--port, or PORT.*whole number/);
  });
});
