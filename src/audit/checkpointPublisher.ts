import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { committedChainHeads, storedTrail } from '../db/queries/auditChain.ts';
import type { Database } from '../db/schema.ts';
import { formatCheckpointLine, lineHash, parseCheckpointLine, readCheckpointLines, type CheckpointLine, type ReadLine } from './checkpoint.ts';
import { describeDivergence, firstDivergence, linksNamedBy } from './checkpointCompare.ts';
import { appendCheckpointLine, readCheckpointFile, readLastLine } from './checkpointFile.ts';
import { systemChecks, type Actor } from './types.ts';
import { audit } from './write.ts';

export interface PublishedCheckpoint { file: string; line: CheckpointLine; hash: string }
export interface CheckpointPublisher { readonly file: string; publish(): Promise<PublishedCheckpoint> }

const publisherActor: Actor = { userId: null, roles: ['system'], organisationId: null, sessionId: null, ip: null };

/**
 * Publishes checkpoints of the committed chain heads to an append-only file, one chained line each, and
 * records every publication (line number and hash) in the trail itself: then the file and the database
 * each hold the other to account, and an edited last line shows too. Calls never interleave, so the
 * lines of one process always form one chain.
 */
export function createCheckpointPublisher(db: Kysely<Database>, options: { file: string; log?: Pick<Console, 'error'>; now?: () => Date }): CheckpointPublisher {
  const { file } = options;
  const log = options.log ?? console;
  const now = options.now ?? (() => new Date());
  /** The line this process published last: a file changed behind its back still chains on from it. */
  let published: ReadLine | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function previousLine(tail: { text: string } | null): Promise<ReadLine | null> {
    if (!tail) {
      if (published) log.error(`audit checkpoints: ${file} disappeared since line ${published.line.n} was published there; starting a new checkpoint file`);
      return null;
    }
    const hash = lineHash(tail.text);
    if (published && published.hash !== hash) {
      log.error(`audit checkpoints: the last line of ${file} is not line ${published.line.n} as published; chaining on from the published line, so that verify shows the change`);
      return published;
    }
    const parsed = parseCheckpointLine(tail.text);
    if (parsed) return { line: parsed, text: tail.text, hash };
    log.error(`audit checkpoints: the last line of ${file} is not a checkpoint (changed, or a write was cut short); chaining on after it`);
    // Number on after every line there is, and keep the file's id when an earlier line still says it.
    const contents = (await readCheckpointFile(file)) ?? '';
    const count = contents.split('\n').filter((text, i, all) => i < all.length - 1 || text !== '').length;
    const known = readCheckpointLines(contents).lines.at(-1)?.line;
    // A stand-in: only its file id and number carry on; with no chains there is nothing to compare.
    const standIn: CheckpointLine = { v: 1, file: known?.file ?? randomUUID(), n: count, at: now().toISOString(), seq: '0', chains: [], prev: '' };
    return { line: standIn, text: tail.text, hash };
  }

  /** The database should still hold what was last published; say so loudly when it does not, and go on. */
  async function reportDivergence(previous: CheckpointLine): Promise<void> {
    if (previous.chains.length === 0) return;
    const divergence = firstDivergence([previous], await storedTrail(db, linksNamedBy([previous])));
    if (divergence) log.error(`audit checkpoints: the trail no longer matches the last published checkpoint: ${describeDivergence(divergence)}. Run \`rondom audit verify\` (docs/audit.md).`);
  }

  async function publishOnce(): Promise<PublishedCheckpoint> {
    const checkpoint = { ...(await committedChainHeads(db)), at: now().toISOString() };
    const tail = await readLastLine(file);
    const previous = await previousLine(tail);
    if (previous) await reportDivergence(previous.line);
    const next = formatCheckpointLine(checkpoint, previous, randomUUID());
    await appendCheckpointLine(file, next.text, { startOnNewLine: tail !== null && !tail.terminated });
    published = next;
    await db.transaction().execute((tx) => audit(tx, publisherActor, {
      action: 'audit.checkpoint', purpose: 'audit trail integrity', checks: systemChecks,
      details: { file: next.line.file, line: next.line.n, lineHash: next.hash, seq: next.line.seq },
    }));
    return { file, line: next.line, hash: next.hash };
  }

  return {
    file,
    publish: () => {
      const run = queue.then(publishOnce, publishOnce);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
