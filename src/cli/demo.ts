import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../api/auth/passwords.ts';
import type { InstanceSecrets } from '../db/queries/secrets.ts';
import type { Database } from '../db/schema.ts';
import { passwordSetting, type Environment } from '../settings.ts';
import { loadDemoRegion } from './demo/loadDemoRegion.ts';
import { userSpecs } from './demo/region.ts';

/** A fictional password everybody can read in the README; set RONDOM_DEMO_PASSWORD to choose another. */
export const defaultDemoPassword = 'rondom-demo-2026';

export interface DemoOptions { env: Environment; dataDir: string; log?: (line: string) => void }

export async function prepareDemo(db: Kysely<Database>, secrets: InstanceSecrets, options: DemoOptions) {
  const log = options.log ?? console.log;
  const given = passwordSetting(options.env, 'RONDOM_DEMO_PASSWORD'); // empty counts as unset: the default
  const password = given ?? defaultDemoPassword;
  const result = await loadDemoRegion(db, {
    password, passwordHash: await hashPassword(password), bsnKey: secrets.bsnKey,
    onProgress: (done, total) => process.stdout.write(`\rLoading demo region: ${done}/${total} households`),
  });
  if (result.loaded) process.stdout.write('\n');
  log(result.loaded ? 'Demo region loaded.' : 'Demo region already present.');
  const named = given === undefined ? `"${password}"` : 'from RONDOM_DEMO_PASSWORD';
  // The accounts keep the password they were loaded with; a setting changed since does not open them.
  if (result.loaded || await opensDemoAccounts(db, password)) {
    log(`Demo logins (password ${named}, no second factor):`);
  } else {
    log(`Demo logins (no second factor). The password ${named} does not open them: they were loaded with another one.`);
    log(`Start again with the RONDOM_DEMO_PASSWORD of that first start, or remove ${options.dataDir} to load the demo region anew with this one.`);
  }
  for (const login of result.logins.slice(0, 12)) log(`  ${login.email.padEnd(42)} ${login.roles.join(', ').padEnd(28)} ${login.organisation}`);
  if (result.logins.length > 12) log(`  … and ${result.logins.length - 12} more professionals`);
}

/**
 * Whether the password opens the demo accounts, checked against the stored hash of a few ordinary professionals
 * (the last of the region's accounts): anyone trying the demo may have changed the password of the one they used.
 */
async function opensDemoAccounts(db: Kysely<Database>, password: string): Promise<boolean> {
  const emails = userSpecs.slice(-3).map((spec) => spec.email);
  const rows = await db.selectFrom('users').select('password_hash').where('email', 'in', emails).execute();
  for (const row of rows) if (row.password_hash && await verifyPassword(row.password_hash, password)) return true;
  return false;
}
