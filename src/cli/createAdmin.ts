import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '../api/auth/passwords.ts';
import encodeQR from 'qr';
import { newTotpSecret, totpUri } from '../api/auth/totp.ts';
import { sealSecret } from '../crypto/secretBox.ts';
import { dataFolder } from './dataFolder.ts';
import { describeInstanceKey, loadInstanceKey } from './instanceKey.ts';
import { audit } from '../audit/write.ts';
import { systemChecks } from '../audit/types.ts';
import { z } from 'zod';
import { CliRefusal } from './cliRefusal.ts';
import { openFromOptions } from './openFromOptions.ts';
import { requiredIfSet, SettingError, type Environment } from '../settings.ts';

/**
 * Bootstraps the first administrator. The password is generated (or taken from RONDOM_ADMIN_PASSWORD) and
 * printed once, together with the TOTP secret that administrators must use as their second factor.
 */
export async function createAdmin(options: { email: string; name: string; organisation: string; data?: string }) {
  // Checked before the database is opened: a placeholder copied from a hint must not become a login name.
  if (!z.email().safeParse(options.email).success) throw new CliRefusal(`"${options.email}" is not an e-mail address. Run it again with --email and your own address.`);
  const chosen = adminPasswordFrom(process.env);
  const keyFile = dataFolder(options.data).keyFile;
  const key = loadInstanceKey(keyFile);
  const handle = await openFromOptions(options);
  try {
    const email = options.email.toLowerCase();
    const password = chosen ?? randomBytes(12).toString('base64url');
    const totpSecret = newTotpSecret();
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
    console.log(sealedWith(describeInstanceKey(keyFile)));
  } finally {
    await handle.close();
  }
}

/** As for every password in the API (src/api/contract.ts): a longer one could not be typed at the login. */
const passwordLength = { min: 12, max: 500 };

/**
 * RONDOM_ADMIN_PASSWORD, held to the length every other password needs. Set but empty is refused rather than
 * taken as unset: a generated password would then be printed into the log of the script that meant to keep it
 * off the screen. The value is never part of a message.
 */
export function adminPasswordFrom(env: Environment): string | undefined {
  const fix = 'or leave RONDOM_ADMIN_PASSWORD out to have a start password generated and printed. Nothing was created.';
  const chosen = requiredIfSet(env, 'RONDOM_ADMIN_PASSWORD', `Give a password of at least ${passwordLength.min} characters, ${fix}`);
  if (chosen === undefined || (chosen.length >= passwordLength.min && chosen.length <= passwordLength.max)) return chosen;
  throw new SettingError('RONDOM_ADMIN_PASSWORD', `RONDOM_ADMIN_PASSWORD has ${chosen.length} characters (not shown); a password needs `
    + `${passwordLength.min} to ${passwordLength.max}. Choose another, ${fix}`);
}

/** The second factor only works on a server with the same key: say which one sealed it. */
export const sealedWith = (source: string) => source === 'RONDOM_SECRET_KEY'
  ? 'The second factor is sealed with the key in RONDOM_SECRET_KEY; the server must use the same RONDOM_SECRET_KEY.'
  : `The second factor is sealed with the key in ${source}; the server must use the same data folder or RONDOM_SECRET_KEY.`;
