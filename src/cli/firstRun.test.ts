import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstAdministratorHint } from './firstRun.ts';

describe('the hint to create the first administrator', () => {
  it('on PostgreSQL, asks for the same data folder (or RONDOM_SECRET_KEY) as well as the same DATABASE_URL: the key seals the second factor', () => {
    const hint = firstAdministratorHint('postgres', '/srv/rondom');
    expect(hint).toContain('the same DATABASE_URL and the same data folder (or RONDOM_SECRET_KEY)');
    expect(hint).toContain('create-admin --email YOUR-ADDRESS --data /srv/rondom');
    // The default folder is relative to the current directory: the hint names it in full.
    expect(firstAdministratorHint('postgres', undefined)).toContain(`--data ${resolve('.rondom-data')}`);
  });

  it('on the embedded database, asks to stop the server first', () => {
    expect(firstAdministratorHint('embedded', undefined)).toContain('stop this server (Ctrl+C)');
  });
});
