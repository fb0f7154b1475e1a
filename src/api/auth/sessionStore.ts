import type { SessionStore } from '@fastify/session';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000;

type Callback = (error?: unknown, value?: unknown) => void;

/** Server-side sessions for @fastify/session, kept in the database so they survive a restart. */
export function databaseSessionStore(db: Kysely<Database>): SessionStore {
  return {
    set(sid, session, callback: Callback) {
      const expires = (session as { cookie?: { expires?: Date | null } }).cookie?.expires;
      const expiresAt = expires ? new Date(expires) : new Date(Date.now() + DEFAULT_TTL_MS);
      const data = JSON.stringify(session);
      db.insertInto('sessions').values({ sid, data, expires_at: expiresAt })
        .onConflict((conflict) => conflict.column('sid').doUpdateSet({ data, expires_at: expiresAt }))
        .execute().then(() => callback(), callback);
    },
    get(sid, callback) {
      db.selectFrom('sessions').select('data').where('sid', '=', sid).where('expires_at', '>', new Date())
        .executeTakeFirst().then((row) => callback(null, row ? (row.data as never) : null), callback);
    },
    destroy(sid, callback: Callback) {
      db.deleteFrom('sessions').where('sid', '=', sid).execute().then(() => callback(), callback);
    },
  };
}
