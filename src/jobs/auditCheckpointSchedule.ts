import { repeating } from './repeating.ts';
import type { CheckpointPublisher, PublishedCheckpoint } from '../audit/checkpointPublisher.ts';

export interface AuditCheckpointScheduleOptions {
  intervalMs: number;
  /** Where publications and errors go (default console). */
  log?: Pick<Console, 'info' | 'error'>;
}

export interface AuditCheckpointSchedule {
  /** Publishes now unless a publication is running; resolves with it, or undefined if skipped or failed. */
  runNow(): Promise<PublishedCheckpoint | undefined>;
  /** Stops the timer, waits for a running publication, then publishes a last one (at shutdown). */
  stop(): Promise<PublishedCheckpoint | undefined>;
}

/**
 * Publishes audit checkpoints on a timer, like the pattern scan: the timer is unref'd, publications never
 * overlap, and an error is logged and retried at the next interval — it never takes the server down.
 */
export function startAuditCheckpointSchedule(publisher: CheckpointPublisher, options: AuditCheckpointScheduleOptions): AuditCheckpointSchedule {
  const log = options.log ?? console;
  const publish = async (): Promise<PublishedCheckpoint> => {
    const published = await publisher.publish();
    log.info(`audit checkpoint ${published.line.n} published to ${published.file} (trail up to event ${published.line.seq})`);
    return published;
  };
  const failure = `audit checkpoint could not be published to ${publisher.file}`;
  const job = repeating({ intervalMs: options.intervalMs, log, failure, run: publish });
  let stopped: Promise<PublishedCheckpoint | undefined> | null = null;
  return {
    runNow: job.runNow,
    stop: () => {
      job.stop();
      stopped ??= (async () => {
        await job.current();
        return publish().catch((error: unknown) => { log.error(failure, error); return undefined; });
      })();
      return stopped;
    },
  };
}
