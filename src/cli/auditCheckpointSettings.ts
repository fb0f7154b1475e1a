import { basename, join, resolve } from 'node:path';
import { dataFolder } from './dataFolder.ts';

/**
 * Where audit checkpoints go: `audit-checkpoints.jsonl` in RONDOM_AUDIT_CHECKPOINT_DIR when set (a mount
 * that is shipped off the machine), otherwise in the data folder.
 */
export function checkpointFileFrom(env: NodeJS.ProcessEnv, data?: string): string {
  const folderFile = dataFolder(data).checkpointFile;
  const dir = env.RONDOM_AUDIT_CHECKPOINT_DIR?.trim();
  return dir ? join(resolve(dir), basename(folderFile)) : folderFile;
}

/** Minutes between checkpoints (RONDOM_AUDIT_CHECKPOINT_MINUTES, default 60). At least hourly, so at most 60. */
export function checkpointMinutesFrom(env: NodeJS.ProcessEnv): number {
  const text = env.RONDOM_AUDIT_CHECKPOINT_MINUTES?.trim() || '60';
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > 60) {
    throw new Error(`RONDOM_AUDIT_CHECKPOINT_MINUTES must be a whole number of minutes from 1 to 60 (a checkpoint at least every hour); it is "${text}"`);
  }
  return minutes;
}
