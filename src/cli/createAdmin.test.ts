import { describe, expect, it } from 'vitest';
import { SettingError } from '../settings.ts';
import { adminPasswordFrom, sealedWith } from './createAdmin.ts';

describe('create-admin settings', () => {
  it('refuses RONDOM_ADMIN_PASSWORD when empty or shorter than 12 characters, without showing it', () => {
    expect(() => adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: '' })).toThrow(SettingError);
    expect(() => adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: '' })).toThrow(/^RONDOM_ADMIN_PASSWORD is set but empty\. .*at least 12/);
    const short = 'kort-geheim';
    expect(() => adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: short })).toThrow(/^RONDOM_ADMIN_PASSWORD has 11 characters \(not shown\); a password needs 12 to 500/);
    expect(() => adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: short })).not.toThrow(new RegExp(short));
    expect(() => adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: 'x'.repeat(501) })).toThrow(SettingError);
  });

  it('takes a password of 12 characters or more as given, and none when unset', () => {
    expect(adminPasswordFrom({ RONDOM_ADMIN_PASSWORD: ' twaalf tekens ' })).toBe(' twaalf tekens ');
    expect(adminPasswordFrom({})).toBeUndefined();
  });

  it('tells which key sealed the second factor and what the server must share', () => {
    expect(sealedWith('/srv/rondom/rondom.key')).toBe('The second factor is sealed with the key in /srv/rondom/rondom.key; the server must use the same data folder or RONDOM_SECRET_KEY.');
    expect(sealedWith('RONDOM_SECRET_KEY')).toContain('the same RONDOM_SECRET_KEY');
  });
});
