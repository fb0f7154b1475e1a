import { buildApp, defaultConfig } from '../api/app.ts';
import { loadInstanceSecrets } from '../db/queries/secrets.ts';
import { createCheckpointPublisher } from '../audit/checkpointPublisher.ts';
import { startAuditCheckpointSchedule } from '../jobs/auditCheckpointSchedule.ts';
import { startPatternScanSchedule } from '../jobs/scheduler.ts';
import { checkpointFileFrom, checkpointMinutesFrom } from './auditCheckpointSettings.ts';
import { dataFolder } from './dataFolder.ts';
import { loadInstanceKey } from './instanceKey.ts';
import { describeLocation, openFromOptions } from './openFromOptions.ts';

export interface ServeOptions { port: string; host: string; data?: string; demo?: boolean }

export async function serve(options: ServeOptions) {
  const checkpointFile = checkpointFileFrom(process.env, options.data);
  const checkpointMinutes = checkpointMinutesFrom(process.env);
  const handle = await openFromOptions(options);
  const secrets = await loadInstanceSecrets(handle.db, loadInstanceKey(dataFolder(options.data).keyFile));
  if (options.demo) {
    const { prepareDemo } = await import('./demo.ts');
    await prepareDemo(handle.db, secrets);
  }
  const config = { ...defaultConfig, demo: Boolean(options.demo), secureCookies: process.env.RONDOM_SECURE_COOKIES === '1', logger: process.env.RONDOM_LOG === '1', trustProxy: process.env.RONDOM_TRUST_PROXY ? process.env.RONDOM_TRUST_PROXY : false } as const;
  const app = await buildApp({ db: handle.db, secrets, config });
  // Time-based rules ("child out of view") change without new events: re-evaluate every family daily,
  // the first time a minute after start so that starting up stays quick.
  const patternScan = startPatternScanSchedule(handle.db, { config: config.patterns });
  setTimeout(() => void patternScan.runNow(), 60_000).unref();
  // Checkpoints of the audit chains go outside the database, so that cutting off its end shows (docs/audit.md).
  // The first one is published before serving: a checkpoint file that cannot be written stops the start.
  console.log(`Audit checkpoints go to ${checkpointFile} every ${checkpointMinutes} minutes; keep a copy off this machine.`);
  const publisher = createCheckpointPublisher(handle.db, { file: checkpointFile });
  try {
    await publisher.publish();
  } catch (error) {
    await handle.close();
    throw new Error(`cannot publish audit checkpoints to ${checkpointFile} (RONDOM_AUDIT_CHECKPOINT_DIR): ${(error as Error).message}`, { cause: error });
  }
  const checkpoints = startAuditCheckpointSchedule(publisher, { intervalMs: checkpointMinutes * 60_000 });
  // The last checkpoint comes after the last request, so it covers everything this server acknowledged.
  const shutdown = async () => { patternScan.stop(); await app.close(); await checkpoints.stop(); await handle.close(); process.exit(0); };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const address = await app.listen({ port: Number(options.port), host: options.host });
  console.log(`Rondom is running at ${address.replace('127.0.0.1', 'localhost')} (${describeLocation(handle, options.data)})`);
}
