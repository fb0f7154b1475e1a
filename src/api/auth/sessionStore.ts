import type { SessionStore } from '@fastify/session';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadSessionWithUser } from './loadSessionUser.ts';
import type { SessionUser } from './sessionUser.ts';

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000;

type Callback = (error?: unknown, value?: unknown) => void;

/**
 * Users read together with their session, handed from the store to the same request's preHandler (see
 * app.ts). Keyed by session id; taken out by the request, and cleared when the response is sent.
 */
export type PrefetchedUsers = Map<string, SessionUser | null>;

/** Server-side sessions for @fastify/session, kept in the database so they survive a restart. */
export function databaseSessionStore(db: Kysely<Database>, prefetched: PrefetchedUsers): SessionStore {
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
      loadSessionWithUser(db, sid).then((found) => {
        if (found) {
          // Entries live for one request; the cap only guards against requests that vanish without a trace.
          if (prefetched.size > 10_000) prefetched.clear();
          prefetched.set(sid, found.user);
        }
        callback(null, found ? (found.data as never) : null);
      }, callback);
    },
    destroy(sid, callback: Callback) {
      db.deleteFrom('sessions').where('sid', '=', sid).execute().then(() => callback(), callback);
    },
  };
}
