import { verifyAuditChain } from '../audit/verify.ts';
import { openFromOptions } from './openFromOptions.ts';

export async function auditVerify(options: { data?: string }) {
  const handle = await openFromOptions(options);
  try {
    const result = await verifyAuditChain(handle.db);
    if (result.ok) {
      console.log(`Audit trail intact: ${result.events} events, every link verified.`);
    } else {
      console.error(`Audit trail BROKEN at event ${result.brokenAt} (${result.reason}); ${result.events} events before it are intact.`);
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
  }
}
