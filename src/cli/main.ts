import { CliRefusal } from './cliRefusal.ts';
import { buildProgram } from './program.ts';
import { SettingError } from '../settings.ts';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // A refusal or a bad setting is a message for the person at the terminal, not a stack trace.
  if (!(error instanceof CliRefusal || error instanceof SettingError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
