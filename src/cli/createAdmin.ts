import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '../api/auth/passwords.ts';
import encodeQR from 'qr';
import { newTotpSecret, totpUri } from '../api/auth/totp.ts';
import { sealSecret } from '../crypto/secretBox.ts';
import { dataFolder } from './dataFolder.ts';
import { loadInstanceKey } from './instanceKey.ts';
import { audit } from '../audit/write.ts';
import { systemChecks } from '../audit/types.ts';
import { z } from 'zod';
import { CliRefusal } from './cliRefusal.ts';
import { openFromOptions } from './openFromOptions.ts';

/**
 * Bootstraps the first administrator. The password is generated (or taken from RONDOM_ADMIN_PASSWORD) and
 * printed once, together with the TOTP secret that administrators must use as their second factor.
 */
export async function createAdmin(options: { email: string; name: string; organisation: string; data?: string }) {
  // Checked before the database is opened: a placeholder copied from a hint must not become a login name.
  if (!z.email().safeParse(options.email).success) throw new CliRefusal(`"${options.email}" is not an e-mail address. Run it again with --email and your own address.`);
  const handle = await openFromOptions(options);
  try {
    const email = options.email.toLowerCase();
    const chosen = process.env.RONDOM_ADMIN_PASSWORD;
    const password = chosen ?? randomBytes(12).toString('base64url');
    const totpSecret = newTotpSecret();
    const key = loadInstanceKey(dataFolder(options.data).keyFile);
    const userId = randomUUID();
    await handle.db.transaction().execute(async (tx) => {
      if (await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw new CliRefusal(`An account for ${email} exists already; nothing was changed.`);
      let organisation = await tx.selectFrom('organisations').select('id').where('name', '=', options.organisation).executeTakeFirst();
      if (!organisation) {
        organisation = { id: randomUUID() };
        await tx.insertInto('organisations').values({ id: organisation.id, name: options.organisation, kind: 'municipality', municipality: options.organisation }).execute();
      }
      await tx.insertInto('users').values({
        id: userId, email, name: options.name, organisation_id: organisation.id, roles: ['administrator'], password_hash: await hashPassword(password),
        totp_secret: sealSecret(key, totpSecret), totp_required: true, activated_at: new Date(),
        // A printed password has been on a screen: it must be replaced at the first login.
        password_change_required: chosen === undefined,
      }).execute();
      await audit(tx, { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null }, { action: 'user.create', purpose: 'administration', checks: systemChecks, details: { userId, roles: ['administrator'], via: 'cli' } });
    });
    console.log(`Administrator ${email} created.`);
    if (chosen === undefined) console.log(`Start password (to be changed at the first login): ${password}`);
    console.log('Second factor: scan this code with your authenticator app,');
    console.log(encodeQR(totpUri(email, totpSecret), 'term'));
    console.log(`or enter this key by hand: ${totpSecret}`);
    console.log(`(${totpUri(email, totpSecret)})`);
  } finally {
    await handle.close();
  }
}
