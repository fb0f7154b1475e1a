import type { Kysely } from 'kysely';
import { hashPassword } from '../api/auth/passwords.ts';
import type { InstanceSecrets } from '../db/queries/secrets.ts';
import type { Database } from '../db/schema.ts';
import { loadDemoRegion } from './demo/loadDemoRegion.ts';

/** A fictional password everybody can read in the README; set RONDOM_DEMO_PASSWORD to choose another. */
export const defaultDemoPassword = 'rondom-demo-2026';

export async function prepareDemo(db: Kysely<Database>, secrets: InstanceSecrets) {
  const password = process.env.RONDOM_DEMO_PASSWORD ?? defaultDemoPassword;
  const result = await loadDemoRegion(db, {
    password, passwordHash: await hashPassword(password), bsnKey: secrets.bsnKey,
    onProgress: (done, total) => process.stdout.write(`\rLoading demo region: ${done}/${total} households`),
  });
  if (result.loaded) process.stdout.write('\n');
  console.log(result.loaded ? 'Demo region loaded.' : 'Demo region already present.');
  console.log(`Demo logins (password ${process.env.RONDOM_DEMO_PASSWORD ? 'from RONDOM_DEMO_PASSWORD' : `"${password}"`}, no second factor):`);
  for (const login of result.logins.slice(0, 12)) console.log(`  ${login.email.padEnd(42)} ${login.roles.join(', ').padEnd(28)} ${login.organisation}`);
  if (result.logins.length > 12) console.log(`  … and ${result.logins.length - 12} more professionals`);
}
