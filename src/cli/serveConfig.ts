import { defaultConfig, type AppConfig } from '../api/app.ts';
import { SettingError, setting, switchSetting, type Environment } from '../settings.ts';
import { CliRefusal } from './cliRefusal.ts';
import { trustProxyFrom } from './trustProxy.ts';

/** The default of `serve --port`: PORT when set and not empty (an empty one would mean a random port), else 8080. */
export const defaultPort = (env: Environment) => setting(env, 'PORT') ?? '8080';

/** The port to listen on, checked before anything is opened. 0 (a free port chosen by the system) is for tests. */
export function portFrom(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) {
    throw new SettingError('PORT', `The port (--port, or PORT) must be a whole number from 1 to 65535, such as 8080; it is "${text}".`);
  }
  return port;
}

/** The server's settings from the environment; refuses combinations that would leave nobody able to log in. */
export function serveConfigFromEnv(env: Environment, options: { demo?: boolean; port?: string }): AppConfig {
  const secureCookies = switchSetting(env, 'RONDOM_SECURE_COOKIES');
  const trustProxy = trustProxyFrom(env);
  // Rondom itself speaks plain http. A Secure cookie only travels over https, so it needs an HTTPS proxy in
  // front whose X-Forwarded-Proto Rondom believes; without one, every login would silently fail.
  if (secureCookies && trustProxy === false) {
    throw new CliRefusal([
      `RONDOM_SECURE_COOKIES=${setting(env, 'RONDOM_SECURE_COOKIES')} needs RONDOM_TRUST_PROXY as well.`,
      'Rondom speaks plain http itself; a Secure session cookie only reaches the browser over https, through an HTTPS proxy in front of Rondom.',
      'Set RONDOM_TRUST_PROXY to that proxy\'s address (for example RONDOM_TRUST_PROXY=127.0.0.1), or leave RONDOM_SECURE_COOKIES unset to try Rondom on http://localhost.',
      'See docs/configuration.md.',
    ].join('\n'));
  }
  const publicUrl = (setting(env, 'RONDOM_PUBLIC_URL') ?? `http://localhost:${options.port ?? '8080'}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new SettingError('RONDOM_PUBLIC_URL', `RONDOM_PUBLIC_URL must be the address users open, starting with https:// or http://, such as https://rondom.gemeente.nl; it is "${publicUrl}".`);
  }
  return { ...defaultConfig, demo: Boolean(options.demo), secureCookies, trustProxy, logger: switchSetting(env, 'RONDOM_LOG'), publicUrl };
}
