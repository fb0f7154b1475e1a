import { Command } from 'commander';
import { auditVerify } from './auditVerify.ts';
import { createAdmin } from './createAdmin.ts';
import { describeLocation, openFromOptions } from './openFromOptions.ts';
import { retentionRun } from './retention.ts';
import { serve } from './serve.ts';

const program = new Command('rondom').description('Rondom: one family, one plan, one regisseur');
const dataOption = ['--data <dir>', 'folder of the embedded database (ignored when DATABASE_URL is set)'] as const;

program.command('serve').description('serve the web app and the API')
  .option('--port <n>', 'port', process.env.PORT ?? '8080').option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option(...dataOption).option('--demo', 'load the fictional demo region when the database is empty')
  .action(serve);

program.command('migrate').description('bring the database schema up to date').option(...dataOption)
  .action(async (options: { data?: string }) => {
    const handle = await openFromOptions(options);
    console.log(`Schema up to date (${describeLocation(handle, options.data)}).`);
    await handle.close();
  });

program.command('create-admin').description('create the first administrator').requiredOption('--email <email>')
  .option('--name <name>', 'display name', 'Beheerder').option('--organisation <name>', 'organisation of the administrator', 'Gemeente')
  .option(...dataOption).action(createAdmin);

program.command('audit').description('the audit trail').command('verify').description('check the hash chain; reports the first broken link')
  .option(...dataOption).action(auditVerify);

program.command('retention').description('retention of personal data (docs/retention.md)').command('run')
  .description('remove closed families past the retention term and what has expired, once; prints what was removed')
  .option('--dry-run', 'change nothing; print what a run would remove').option(...dataOption).action(retentionRun);

await program.parseAsync(process.argv);
