import { buildApp } from '../api/app.ts';
import { hasActiveAdministrator } from '../db/queries/administrators.ts';
import { instanceSecretsFromEnv, loadInstanceSecrets, sealPlaintextTotpSecrets } from '../db/queries/secrets.ts';
import { startMailSender } from '../jobs/mailSender.ts';
import { startRetentionSchedule } from '../jobs/retentionSchedule.ts';
import { startPatternScanSchedule } from '../jobs/scheduler.ts';
import { createMailTransport, mailTransportFromEnv } from '../mail/transport.ts';
import { createCheckpointPublisher } from '../audit/checkpointPublisher.ts';
import { startAuditCheckpointSchedule } from '../jobs/auditCheckpointSchedule.ts';
import { checkpointFileFrom, checkpointMinutesFrom } from './auditCheckpointSettings.ts';
import { dataFolder } from './dataFolder.ts';
import { firstAdministratorHint } from './firstRun.ts';
import { loadInstanceKey } from './instanceKey.ts';
import { describeLocation, openFromOptions } from './openFromOptions.ts';
import { portFrom, serveConfigFromEnv } from './serveConfig.ts';
import { readRetentionConfig } from './retentionSettings.ts';

export interface ServeOptions { port: string; host: string; data?: string; demo?: boolean }

export async function serve(options: ServeOptions) {
  // Every setting is read and checked before anything is opened: a refusal leaves nothing behind.
  const env = process.env;
  const folder = dataFolder(options.data);
  const port = portFrom(options.port);
  const config = serveConfigFromEnv(env, options);
  const checkpointFile = checkpointFileFrom(env, options.data);
  const checkpointMinutes = checkpointMinutesFrom(env);
  const retentionConfig = readRetentionConfig(env);
  instanceSecretsFromEnv(env); // RONDOM_SESSION_SECRET and RONDOM_BSN_KEY, used below once the database is open
  const mailConfig = mailTransportFromEnv(env, options.demo ? folder.mailDir : null);
  const instanceKey = loadInstanceKey(folder.keyFile, env);
  const handle = await openFromOptions(options);
  const secrets = await loadInstanceSecrets(handle.db, instanceKey, env);
  const sealed = await sealPlaintextTotpSecrets(handle.db, secrets.encryptionKey);
  if (sealed > 0) console.log(`Sealed ${sealed} second-factor secret(s) that were stored in plain text.`);
  if (options.demo) {
    const { prepareDemo } = await import('./demo.ts');
    await prepareDemo(handle.db, secrets, { env, dataDir: folder.root });
  }
  const mailTransport = createMailTransport(mailConfig);
  const mailer = startMailSender(handle.db, { transport: mailTransport });
  const app = await buildApp({ db: handle.db, secrets, config, mailer });
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
  // Closed families past their term and expired items are removed daily, first a few minutes after start (after the first scan).
  const retention = startRetentionSchedule(handle.db, { config: retentionConfig });
  setTimeout(() => void retention.runNow(), 5 * 60_000).unref();
  // The last checkpoint comes after the last request, so it covers everything this server acknowledged.
  const shutdown = async () => { patternScan.stop(); retention.stop(); mailer.stop(); await app.close(); await checkpoints.stop(); await handle.close(); process.exit(0); };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const firstRun = !(await hasActiveAdministrator(handle.db));
  const address = await app.listen({ port, host: options.host });
  const running = `Rondom is running at ${address.replace('127.0.0.1', 'localhost')} (${describeLocation(handle, options.data)})`;
  // One write, so that whoever reads the output sees the next step together with the address.
  const mail = mailTransport.canSend ? `Mail: ${mailTransport.description}.` : `Mail: ${mailTransport.description}; activation links wait in the outbox until RONDOM_SMTP_URL is set (docs/configuration.md).`;
  console.log([running, mail, ...(firstRun ? [firstAdministratorHint(handle.kind, options.data)] : [])].join('\n'));
  mailer.wake(); // mail queued while the server was down
}
