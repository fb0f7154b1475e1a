import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { checkpointFileFrom, checkpointMinutesFrom } from './auditCheckpointSettings.ts';
import { dataFolder } from './dataFolder.ts';

describe('the audit checkpoint settings', () => {
  it('writes checkpoints to the data folder when RONDOM_AUDIT_CHECKPOINT_DIR is unset or empty', () => {
    expect(checkpointFileFrom({ RONDOM_AUDIT_CHECKPOINT_DIR: '' }, 'somewhere')).toBe(dataFolder('somewhere').checkpointFile);
    expect(checkpointFileFrom({ RONDOM_AUDIT_CHECKPOINT_DIR: ' /mnt/ship ' }, 'somewhere')).toBe(join(resolve('/mnt/ship'), 'audit-checkpoints.jsonl'));
  });

  it('takes an empty interval as the hourly default', () => {
    expect(checkpointMinutesFrom({ RONDOM_AUDIT_CHECKPOINT_MINUTES: '' })).toBe(60);
    expect(checkpointMinutesFrom({ RONDOM_AUDIT_CHECKPOINT_MINUTES: '15' })).toBe(15);
  });

  it.each(['0', '61', '1.5', 'hourly'])('refuses %j minutes as a setting error that names the setting and the range', (value) => {
    expect(() => checkpointMinutesFrom({ RONDOM_AUDIT_CHECKPOINT_MINUTES: value })).toThrow(SettingError);
    expect(() => checkpointMinutesFrom({ RONDOM_AUDIT_CHECKPOINT_MINUTES: value })).toThrow(/^RONDOM_AUDIT_CHECKPOINT_MINUTES must be a whole number of minutes from 1 to 60/);
  });
});
