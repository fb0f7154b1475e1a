import { defaultConfig, type AppConfig } from '../api/app.ts';
import { CliRefusal } from './cliRefusal.ts';

/** The server's settings from the environment; refuses combinations that would leave nobody able to log in. */
export function serveConfigFromEnv(env: NodeJS.ProcessEnv, options: { demo?: boolean; port?: string }): AppConfig {
  const secureCookies = env.RONDOM_SECURE_COOKIES === '1';
  const trustProxy = env.RONDOM_TRUST_PROXY ? env.RONDOM_TRUST_PROXY : false;
  // Rondom itself speaks plain http. A Secure cookie only travels over https, so it needs an HTTPS proxy in
  // front whose X-Forwarded-Proto Rondom believes; without one, every login would silently fail.
  if (secureCookies && trustProxy === false) {
    throw new CliRefusal([
      'RONDOM_SECURE_COOKIES=1 needs RONDOM_TRUST_PROXY as well.',
      'Rondom speaks plain http itself; a Secure session cookie only reaches the browser over https, through an HTTPS proxy in front of Rondom.',
      'Set RONDOM_TRUST_PROXY to that proxy\'s address (for example RONDOM_TRUST_PROXY=127.0.0.1), or leave RONDOM_SECURE_COOKIES unset to try Rondom on http://localhost.',
      'See docs/configuration.md.',
    ].join('\n'));
  }
  const publicUrl = (env.RONDOM_PUBLIC_URL || `http://localhost:${options.port ?? '8080'}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new CliRefusal(`RONDOM_PUBLIC_URL must be the address users open, such as https://rondom.gemeente.nl (it is "${publicUrl}").`);
  return { ...defaultConfig, demo: Boolean(options.demo), secureCookies, trustProxy, logger: env.RONDOM_LOG === '1', publicUrl };
}
