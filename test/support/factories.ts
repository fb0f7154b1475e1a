import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/api/auth/passwords.ts';
import { sealSecret } from '../../src/crypto/secretBox.ts';
import type { Database } from '../../src/db/schema.ts';
import type { OrganisationKind, Role } from '../../src/domain/roles.ts';

export const testPassword = 'correct horse battery staple';
/** The instance key of test apps and test servers (RONDOM_SECRET_KEY), so factories can seal secrets as the server does. */
export const testEncryptionKey = Buffer.alloc(32, 7);
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(testPassword));

export async function buildOrganisation(db: Kysely<Database>, overrides: { name?: string; kind?: OrganisationKind } = {}) {
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, name: overrides.name ?? `Organisatie ${id.slice(0, 6)}`, kind: overrides.kind ?? 'district_team', municipality: 'Rondeel' }).execute();
  return { id };
}

export async function buildTeam(db: Kysely<Database>, organisationId: string) {
  const id = randomUUID();
  await db.insertInto('teams').values({ id, organisation_id: organisationId, name: `Team ${id.slice(0, 4)}` }).execute();
  return { id };
}

export async function buildUser(db: Kysely<Database>, options: { roles: Role[]; organisationId: string; teamId?: string; name?: string; totpSecret?: string }) {
  const id = randomUUID();
  const email = `${options.roles[0]}-${id.slice(0, 8)}@test.rondom.test`;
  await db.insertInto('users').values({
    id, email, name: options.name ?? `${options.roles.join('+')} ${id.slice(0, 4)}`, organisation_id: options.organisationId,
    team_id: options.teamId ?? null, roles: options.roles, password_hash: await passwordHash(),
    totp_secret: options.totpSecret ? sealSecret(testEncryptionKey, options.totpSecret) : null, totp_required: Boolean(options.totpSecret), activated_at: new Date(),
  }).execute();
  return { id, email, password: testPassword };
}
