import { describe, expect, it } from 'vitest';
import { passwordSetting, requiredIfSet, setting, SettingError, switchSetting } from './settings.ts';

describe('reading a setting from the environment', () => {
  it('takes a value set to nothing or to spaces as unset, and trims the rest', () => {
    expect(setting({ A: '' }, 'A')).toBeUndefined();
    expect(setting({ A: '   ' }, 'A')).toBeUndefined();
    expect(setting({}, 'A')).toBeUndefined();
    expect(setting({ A: ' x ' }, 'A')).toBe('x');
  });

  it('keeps a password as given, spaces included, and takes an empty one as unset', () => {
    expect(passwordSetting({ P: ' geheim ' }, 'P')).toBe(' geheim ');
    expect(passwordSetting({ P: '' }, 'P')).toBeUndefined();
  });

  it('refuses a secret that is set but empty, naming it and the fix, and keeps one that is given as it is', () => {
    expect(requiredIfSet({}, 'K', 'Fix it.')).toBeUndefined();
    expect(requiredIfSet({ K: ' k ' }, 'K', 'Fix it.')).toBe(' k ');
    expect(() => requiredIfSet({ K: '' }, 'K', 'Fix it.')).toThrow(new SettingError('K', 'K is set but empty. Fix it.'));
    expect(() => requiredIfSet({ K: '  ' }, 'K', 'Fix it.')).toThrow(SettingError);
  });

  it('reads a switch in any case, and refuses what is neither on nor off', () => {
    for (const value of ['1', 'true', 'Yes', 'ON']) expect(switchSetting({ S: value }, 'S'), value).toBe(true);
    for (const value of ['0', 'FALSE', 'no', 'Off', '', undefined]) expect(switchSetting({ S: value }, 'S'), String(value)).toBe(false);
    for (const value of ['2', 'y', 'enabled', 'aan']) expect(() => switchSetting({ S: value }, 'S'), value).toThrow(/^S is a switch/);
  });
});
