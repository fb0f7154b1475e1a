import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, testPassword, type BrowserInstance } from './support/instance.ts';

/**
 * A server configured for secure cookies, reached over plain http (a proxy that forwards http as well, or a
 * bookmark with http://): the login page says where to log in instead of a login that silently fails.
 */
describe('logging in over plain http when the server only sends secure cookies', () => {
  let instance: BrowserInstance;
  beforeAll(async () => { instance = await startInstance({ env: { RONDOM_SECURE_COOKIES: '1', RONDOM_TRUST_PROXY: '127.0.0.1' } }); });
  afterAll(async () => { await instance?.stop(); });

  it('explains that logging in needs https, and names the address to use', async () => {
    const page = await instance.newPage();
    await page.goto(instance.baseUrl);
    await page.getByLabel('E-mailadres').fill(instance.professional.email);
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Inloggen kan hier alleen via een beveiligde verbinding. Log in via https://localhost/');
    await expect(page.getByRole('button', { name: 'Uitloggen' }).count()).resolves.toBe(0);
  });
});
