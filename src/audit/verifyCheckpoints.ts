import type { Kysely } from 'kysely';
import { recordedPublications, storedTrail } from '../db/queries/auditChain.ts';
import type { Database } from '../db/schema.ts';
import { readCheckpointLines } from './checkpoint.ts';
import { checkRecordedPublications, describeDivergence, firstDivergence, linksNamedBy, moment } from './checkpointCompare.ts';
import { readCheckpointFile } from './checkpointFile.ts';

export interface CheckpointReport {
  file: string;
  checkpoints: number;
  newestAt: string | null;
  /** Each a finding that fails verification: the file's own chaining, the first divergence, a changed line. */
  errors: string[];
  warnings: string[];
}

/**
 * Holds the database against a checkpoint file: every checkpointed head must still be stored with its
 * hash, the file's lines must chain, and the lines the trail recorded as published must be unchanged.
 * Null when there is no such file.
 */
export async function verifyCheckpoints(db: Kysely<Database>, file: string): Promise<CheckpointReport | null> {
  const contents = await readCheckpointFile(file);
  if (contents === null) return null;
  const { lines, broken } = readCheckpointLines(contents);
  const errors: string[] = [];
  const warnings: string[] = [];
  if (broken) errors.push(`the checkpoint file was changed: ${broken}`);
  if (lines.length === 0) warnings.push('the checkpoint file holds no checkpoints: a cut-off end of the trail cannot be detected');

  const checkpoints = lines.map((read) => read.line);
  const divergence = firstDivergence(checkpoints, await storedTrail(db, linksNamedBy(checkpoints)));
  if (divergence) errors.push(describeDivergence(divergence));

  const publications = checkRecordedPublications(lines, await recordedPublications(db));
  if (publications.changed) errors.push(`the checkpoint file was changed: ${publications.changed}`);
  if (publications.beyondFile > 0) {
    warnings.push(`the trail records ${publications.beyondFile} checkpoint(s) published to this file after its last line: `
      + 'this is an older copy (verify against the newest one too), or the end of the file was cut off');
  }
  if (publications.otherFiles > 0) {
    warnings.push(`the trail records ${publications.otherFiles} checkpoint(s) published to another checkpoint file: verify against that file too`);
  }
  const newest = checkpoints.at(-1);
  return { file, checkpoints: checkpoints.length, newestAt: newest ? moment(newest.at) : null, errors, warnings };
}
