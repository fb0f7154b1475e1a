import { resolve } from 'node:path';
import { verifyCheckpoints } from '../audit/verifyCheckpoints.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import { checkpointFileFrom } from './auditCheckpointSettings.ts';
import { openFromOptions } from './openFromOptions.ts';

export async function auditVerify(options: { data?: string; checkpoints?: string }) {
  const file = options.checkpoints ? resolve(options.checkpoints) : checkpointFileFrom(process.env, options.data);
  const handle = await openFromOptions(options);
  try {
    const chains = await verifyAuditChain(handle.db);
    const report = await verifyCheckpoints(handle.db, file);
    if (!report && options.checkpoints) {
      console.error(`No checkpoint file at ${file}.`);
      process.exitCode = 1;
      return;
    }
    const problems = report?.errors ?? [];
    if (!chains.ok) {
      console.error(`Audit trail BROKEN at event ${chains.brokenAt} (${chains.reason}); ${chains.events} events before it are intact.`);
    } else if (problems.length > 0) {
      console.error(`Audit trail BROKEN: its ${chains.events} events link up, but not to the checkpoints published in ${file}.`);
    } else {
      const held = report && report.checkpoints > 0 ? `; it holds every checkpoint in ${file} (${report.checkpoints}, the newest of ${report.newestAt})` : '';
      console.log(`Audit trail intact: ${chains.events} events, every link verified${held}.`);
    }
    for (const problem of problems) console.error(`  - ${problem}.`);
    for (const warning of report?.warnings ?? []) console.error(`Warning: ${warning}.`);
    if (!report) {
      console.error(`Warning: no checkpoint file at ${file}: an end cut off the trail (newest events removed and chain heads reset) `
        + 'cannot be detected. `rondom serve` publishes checkpoints there; give a copy kept elsewhere with --checkpoints <file>.');
    }
    if (!chains.ok || problems.length > 0) process.exitCode = 1;
  } finally {
    await handle.close();
  }
}
