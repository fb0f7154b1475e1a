import { describe, expect, it } from 'vitest';
import { auditActions } from '../../audit/types.ts';
import { errorStatus } from '../../errors.ts';
import en from './en.json';
import nl from './nl.json';

type Messages = { [key: string]: string | Messages };
const keysOf = (messages: Messages, prefix = ''): string[] => Object.entries(messages)
  .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

describe('the web app\'s messages', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keysOf(en as Messages).sort()).toEqual(keysOf(nl as Messages).sort());
  });

  it('words every error code the server can answer with, in both languages', () => {
    for (const messages of [nl, en]) {
      const missing = Object.keys(errorStatus).filter((code) => typeof (messages.errors as Record<string, unknown>)[code] !== 'string');
      expect(missing).toEqual([]);
    }
  });

  it('names every audit action the privacy officer can see, in both languages', () => {
    for (const messages of [nl, en]) {
      const missing = Object.keys(auditActions).filter((action) => typeof (messages.auditAction as Record<string, unknown>)[action] !== 'string');
      expect(missing).toEqual([]);
    }
  });
});
