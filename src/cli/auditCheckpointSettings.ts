import { basename, join, resolve } from 'node:path';
import { SettingError, setting, type Environment } from '../settings.ts';
import { dataFolder } from './dataFolder.ts';

/**
 * Where audit checkpoints go: `audit-checkpoints.jsonl` in RONDOM_AUDIT_CHECKPOINT_DIR when set (a mount
 * that is shipped off the machine), otherwise in the data folder. Empty counts as unset: the start names the
 * file it writes to, so a checkpoint directory that did not arrive shows there.
 */
export function checkpointFileFrom(env: Environment, data?: string): string {
  const folderFile = dataFolder(data).checkpointFile;
  const dir = setting(env, 'RONDOM_AUDIT_CHECKPOINT_DIR');
  return dir ? join(resolve(dir), basename(folderFile)) : folderFile;
}

/** Minutes between checkpoints (RONDOM_AUDIT_CHECKPOINT_MINUTES, default 60). At least hourly, so at most 60. */
export function checkpointMinutesFrom(env: Environment): number {
  const text = setting(env, 'RONDOM_AUDIT_CHECKPOINT_MINUTES') ?? '60';
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > 60) {
    throw new SettingError('RONDOM_AUDIT_CHECKPOINT_MINUTES', `RONDOM_AUDIT_CHECKPOINT_MINUTES must be a whole number of minutes from 1 to 60 (a checkpoint at least every hour); it is "${text}". Leave it out for 60.`);
  }
  return minutes;
}
