import type { DatabaseKind } from '../db/connect.ts';
import { dataFolder, defaultDataDir } from './dataFolder.ts';

/** What to do next on an instance nobody can administer yet; printed by `rondom serve`. */
export function firstAdministratorHint(kind: DatabaseKind, data: string | undefined): string {
  const dataFlag = data && data !== defaultDataDir ? ` --data ${data}` : '';
  const command = `node bin/rondom.mjs create-admin --email YOUR-ADDRESS${dataFlag}`;
  if (kind === 'postgres') {
    // The second factor is sealed with the instance key of create-admin's data folder: another folder, another
    // key. So the folder is named in full, also the default one, which is relative to the current directory.
    const sameFolder = `node bin/rondom.mjs create-admin --email YOUR-ADDRESS --data ${dataFolder(data).root}`;
    return ['', 'There is no administrator yet. Create the first one in another terminal, with the same DATABASE_URL and the same data folder (or RONDOM_SECRET_KEY):', `  ${sameFolder}`].join('\n');
  }
  return [
    '', 'There is no administrator yet. To create the first one:',
    '  1. stop this server (Ctrl+C): the embedded database admits one process at a time;',
    `  2. run: ${command}`,
    `  3. start Rondom again${dataFlag ? ' the same way' : ' (npm start)'}.`,
  ].join('\n');
}
