import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface IdentityProviderRow {
  organisation_id: string; issuer: string; client_id: string; client_secret_sealed: string; display_name: string; updated_at: Date;
}

export async function identityProviderOf(db: Db, organisationId: string): Promise<IdentityProviderRow | undefined> {
  return db.selectFrom('identity_providers')
    .select(['organisation_id', 'issuer', 'client_id', 'client_secret_sealed', 'display_name', 'updated_at'])
    .where('organisation_id', '=', organisationId).executeTakeFirst();
}

export async function organisationHasIdentityProvider(db: Db, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom('identity_providers').select('organisation_id').where('organisation_id', '=', organisationId).executeTakeFirst();
  return row !== undefined;
}

/** Sets or replaces an organisation's identity provider; tells which of the two it was. */
export async function storeIdentityProvider(tx: Transaction<Database>, values: Omit<IdentityProviderRow, 'updated_at'>): Promise<'created' | 'replaced'> {
  const existed = await organisationHasIdentityProvider(tx, values.organisation_id);
  await tx.insertInto('identity_providers').values({ ...values, updated_at: new Date() })
    .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet({
      issuer: values.issuer, client_id: values.client_id, client_secret_sealed: values.client_secret_sealed,
      display_name: values.display_name, updated_at: new Date(),
    })).execute();
  return existed ? 'replaced' : 'created';
}

export async function removeIdentityProvider(tx: Transaction<Database>, organisationId: string): Promise<boolean> {
  const removed = await tx.deleteFrom('identity_providers').where('organisation_id', '=', organisationId).returning('organisation_id').executeTakeFirst();
  return removed !== undefined;
}

/** What the organisations list may show of each provider: never the secret. */
export async function identityProviderSummaries(db: Db): Promise<Array<{ organisation_id: string; issuer: string; client_id: string; display_name: string }>> {
  return db.selectFrom('identity_providers').select(['organisation_id', 'issuer', 'client_id', 'display_name']).execute();
}

/** For the login page: the organisations whose professionals log in through their identity provider. */
export async function organisationsWithIdentityProvider(db: Db): Promise<Array<{ organisation_id: string; display_name: string; organisation_name: string }>> {
  return db.selectFrom('identity_providers as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'p.display_name', 'o.name as organisation_name'])
    .orderBy('p.display_name').execute();
}

export interface ProposalRow {
  organisation_id: string; issuer: string; client_id: string; client_secret_sealed: string; display_name: string;
  proposed_by: string; proposed_by_name: string; proposed_at: Date;
}

/** A proposed (not yet confirmed) identity provider; replaces an earlier proposal for the organisation. */
export async function storeProposal(tx: Transaction<Database>, values: Omit<ProposalRow, 'proposed_at' | 'proposed_by_name'>) {
  await tx.insertInto('identity_provider_proposals').values(values)
    .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet({
      issuer: values.issuer, client_id: values.client_id, client_secret_sealed: values.client_secret_sealed,
      display_name: values.display_name, proposed_by: values.proposed_by, proposed_at: new Date(),
    })).execute();
}

export async function proposalOf(db: Db, organisationId: string, forUpdate = false): Promise<ProposalRow | undefined> {
  let query = db.selectFrom('identity_provider_proposals as p').innerJoin('users as u', 'u.id', 'p.proposed_by')
    .select(['p.organisation_id', 'p.issuer', 'p.client_id', 'p.client_secret_sealed', 'p.display_name', 'p.proposed_by', 'u.name as proposed_by_name', 'p.proposed_at'])
    .where('p.organisation_id', '=', organisationId);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function removeProposal(tx: Transaction<Database>, organisationId: string): Promise<boolean> {
  const removed = await tx.deleteFrom('identity_provider_proposals').where('organisation_id', '=', organisationId).returning('organisation_id').executeTakeFirst();
  return removed !== undefined;
}

/** Every proposal, for the organisations list (never the secret). */
export async function proposalSummaries(db: Db) {
  return db.selectFrom('identity_provider_proposals as p').innerJoin('users as u', 'u.id', 'p.proposed_by')
    .select(['p.organisation_id', 'p.issuer', 'p.client_id', 'p.display_name', 'p.proposed_by', 'u.name as proposed_by_name', 'p.proposed_at']).execute();
}
