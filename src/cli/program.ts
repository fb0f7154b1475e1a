import { Command } from 'commander';
import { auditVerify } from './auditVerify.ts';
import { createAdmin } from './createAdmin.ts';
import { environmentHelp, packageVersion } from './help.ts';
import { describeLocation, openFromOptions } from './openFromOptions.ts';
import { retentionRun } from './retention.ts';
import { serve } from './serve.ts';
import { defaultPort } from './serveConfig.ts';

/** The `rondom` command and its help, without running it (tests read the help in-process). */
export function buildProgram(): Command {
  const program = new Command('rondom').description('Rondom: one family, one plan, one regisseur').version(packageVersion);
  const dataOption = ['--data <dir>', 'data folder: the embedded database, the instance key and the audit checkpoints (default .rondom-data in the current directory)'] as const;

  program.command('serve').description('serve the web app and the API')
    .option('--port <n>', 'port to listen on; the PORT environment variable sets the default', defaultPort(process.env))
    .option('--host <host>', 'interface to listen on; 127.0.0.1 is this machine only (reach it from elsewhere through an HTTPS reverse proxy)', '127.0.0.1')
    .option(...dataOption)
    .option('--demo', 'demo mode, never for real data: loads the fictional region into an empty database, asks nobody for a second factor, writes mail to <data>/mail/')
    .action(serve);

  program.command('migrate').description('bring the database schema up to date').option(...dataOption)
    .action(async (options: { data?: string }) => {
      const handle = await openFromOptions(options);
      console.log(`Schema up to date (${describeLocation(handle, options.data)}).`);
      await handle.close();
    });

  program.command('create-admin').description('create an administrator (the first one): prints a start password and the second factor once')
    .requiredOption('--email <email>', 'e-mail address (the login name)')
    .option('--name <name>', 'display name', 'Beheerder').option('--organisation <name>', 'organisation of the administrator', 'Gemeente')
    // The second factor is sealed with the instance key: another folder (another key) would make every code fail.
    .option('--data <dir>', 'the data folder `rondom serve` uses, also with DATABASE_URL: its instance key (or RONDOM_SECRET_KEY) seals the second factor (default .rondom-data)')
    .action(createAdmin);

  const auditCommand = program.command('audit').description('the audit trail');
  auditCommand.command('verify')
    .description('check the hash chains and the published checkpoints; reports the first broken link or divergence')
    .option(...dataOption)
    .option('--checkpoints <file>', 'a checkpoint file kept elsewhere (default: the one `rondom serve` publishes to)')
    .action(auditVerify);

  const retentionCommand = program.command('retention').description('retention of personal data (docs/retention.md)');
  retentionCommand.command('run')
    .description('remove closed families past the retention term and what has expired, once; prints what was removed')
    .option('--dry-run', 'change nothing; print what a run would remove').option(...dataOption).action(retentionRun);

  for (const command of [program, ...program.commands, ...auditCommand.commands, ...retentionCommand.commands]) command.addHelpText('after', environmentHelp);
  return program;
}
