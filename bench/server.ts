/**
 * The real app, served over HTTP in its own process so that the load generator does not share its event
 * loop. Started by run.ts: `node --import tsx bench/server.ts` with BENCH_DATABASE_URL and BENCH_POOL set.
 * Prints one line `READY <port>` when listening.
 */
import { randomBytes } from 'node:crypto';
import { buildApp, defaultConfig } from '../src/api/app.ts';
import { openDatabase } from '../src/db/connect.ts';
import { loadInstanceSecrets } from '../src/db/queries/secrets.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is not set');
const handle = await openDatabase({ kind: 'postgres', url, poolSize: Number(process.env.BENCH_POOL ?? 16) });
// The bench seals no secrets that outlive it: a fresh key per run.
const secrets = await loadInstanceSecrets(handle.db, randomBytes(32));
// The only change from production: the bench logs in a few dozen users from one address within a minute.
const app = await buildApp({ db: handle.db, secrets, config: { ...defaultConfig, loginRateLimitPerMinute: 100_000 } });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`READY ${address.port}\n`);

const shutdown = async () => { await app.close(); await handle.close(); process.exit(0); };
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
