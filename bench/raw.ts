/**
 * The raw SQL baseline: what GET /api/v1/households/{id} asks of the database, without HTTP, JSON
 * rendering or the framework — the same queries (the app's own query functions through Kysely), on a
 * pool of the same size, from the same number of concurrent workers.
 */
import { createHash } from 'node:crypto';
import { loadSessionUser } from '../src/api/auth/loadSessionUser.ts';
import type { SessionUser } from '../src/api/auth/sessionUser.ts';
import { databaseSessionStore } from '../src/api/auth/sessionStore.ts';
import { checksFor } from '../src/api/routes/households/inHousehold.ts';
import type { Actor } from '../src/audit/types.ts';
import { audit } from '../src/audit/write.ts';
import { openDatabase } from '../src/db/connect.ts';
import { relationshipTo } from '../src/db/queries/access.ts';
import { loadHouseholdDetailRow } from '../src/db/queries/householdDetail.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface RawTarget { userId: string; sid: string; householdIds: string[] }

export type RawMode =
  /** BEGIN; access check; detail query; audit insert (chain head lock); COMMIT. */
  | 'family'
  /** The same plus what every API request also does outside the transaction: read the session, reload
   *  the user, and save the session again (rolling sessions). */
  | 'family+session';

export interface RawRunResult { mode: RawMode; requests: number; seconds: number; requestsPerSecond: number; latency: LatencySummary; errors: number }

export async function runRaw(url: string, targets: RawTarget[], options: { mode: RawMode; poolSize: number; workers: number; requests: number; warmupSeconds: number }): Promise<RawRunResult> {
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: options.poolSize });
  const db = handle.db;
  const prefetched = new Map<string, SessionUser | null>();
  const store = databaseSessionStore(db, prefetched);
  const users = new Map<string, SessionUser>();
  for (const target of targets) {
    const user = await loadSessionUser(db, target.userId);
    if (!user) throw new Error(`no user ${target.userId}`);
    users.set(target.userId, user);
  }

  const one = async () => {
    const target = targets[Math.floor(Math.random() * targets.length)]!;
    const householdId = target.householdIds[Math.floor(Math.random() * target.householdIds.length)]!;
    let user = users.get(target.userId)!;
    if (options.mode === 'family+session') {
      // As the app does: the session and its user in one query (the session is not saved again on a read).
      await new Promise((resolve, reject) => store.get(target.sid, (error, value) => (error ? reject(error) : resolve(value))));
      user = prefetched.get(target.sid)!;
      prefetched.delete(target.sid);
    }
    const actor: Actor = {
      userId: user.id, roles: user.roles, organisationId: user.organisationId, ip: '127.0.0.1',
      sessionId: createHash('sha256').update(target.sid).digest('hex').slice(0, 32),
    };
    await db.transaction().execute(async (tx) => {
      const relationship = await relationshipTo(tx, user, householdId);
      if (relationship === 'none') throw new Error(`not involved in ${householdId}`);
      const row = await loadHouseholdDetailRow(tx, householdId);
      if (!row) throw new Error(`household ${householdId} not found`);
      await audit(tx, actor, {
        action: 'household.read', purpose: 'care coordination', householdIds: [row.id],
        personIds: row.members.map((m) => m.id), checks: checksFor(relationship),
      });
    });
  };

  let errors = 0;
  const drive = async (stopAt: () => boolean, samples: number[] | null) => {
    await Promise.all(Array.from({ length: options.workers }, async () => {
      while (!stopAt()) {
        const started = performance.now();
        try {
          await one();
          samples?.push(performance.now() - started);
        } catch (error) {
          errors++;
          if (errors <= 3) console.error('raw baseline error:', error);
        }
      }
    }));
  };

  const warmupEnd = performance.now() + options.warmupSeconds * 1000;
  await drive(() => performance.now() >= warmupEnd, null);
  errors = 0;
  const samples: number[] = [];
  let issued = 0;
  const started = performance.now();
  await drive(() => issued++ >= options.requests, samples);
  const seconds = (performance.now() - started) / 1000;
  await handle.close();
  return {
    mode: options.mode, requests: samples.length, seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10, latency: summarize(samples), errors,
  };
}
