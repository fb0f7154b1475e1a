import { buildApp, defaultConfig } from '../api/app.ts';
import { loadInstanceSecrets } from '../db/queries/secrets.ts';
import { startPatternScanSchedule } from '../jobs/scheduler.ts';
import { dataFolder } from './dataFolder.ts';
import { loadInstanceKey } from './instanceKey.ts';
import { describeLocation, openFromOptions } from './openFromOptions.ts';

export interface ServeOptions { port: string; host: string; data?: string; demo?: boolean }

export async function serve(options: ServeOptions) {
  const handle = await openFromOptions(options);
  const secrets = await loadInstanceSecrets(handle.db, loadInstanceKey(dataFolder(options.data).keyFile));
  if (options.demo) {
    const { prepareDemo } = await import('./demo.ts');
    await prepareDemo(handle.db, secrets);
  }
  const config = { ...defaultConfig, demo: Boolean(options.demo), secureCookies: process.env.RONDOM_SECURE_COOKIES === '1', logger: process.env.RONDOM_LOG === '1', trustProxy: process.env.RONDOM_TRUST_PROXY ? process.env.RONDOM_TRUST_PROXY : false,
    publicUrl: (process.env.RONDOM_PUBLIC_URL || `http://localhost:${options.port}`).replace(/\/+$/, '') } as const;
  const app = await buildApp({ db: handle.db, secrets, config });
  // Time-based rules ("child out of view") change without new events: re-evaluate every family daily,
  // the first time a minute after start so that starting up stays quick.
  const patternScan = startPatternScanSchedule(handle.db, { config: config.patterns });
  setTimeout(() => void patternScan.runNow(), 60_000).unref();
  const shutdown = async () => { patternScan.stop(); await app.close(); await handle.close(); process.exit(0); };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const address = await app.listen({ port: Number(options.port), host: options.host });
  console.log(`Rondom is running at ${address.replace('127.0.0.1', 'localhost')} (${describeLocation(handle, options.data)})`);
}
