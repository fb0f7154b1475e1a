import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AUDIT_CHAINS } from './write.ts';

/**
 * A checkpoint: what the committed chain heads were at one moment. Published outside the database, it
 * pins every chain up to that point, so a database whose newest events were removed (and heads reset)
 * no longer matches it. This file is pure: the line format and the chaining of the lines.
 */
export interface ChainHead { chain: number; seq: string; hash: string }
export interface Checkpoint {
  /** When the heads were read (ISO 8601, UTC). */
  at: string;
  /** The highest global seq among the committed events ('0' when there are none). */
  seq: string;
  chains: ChainHead[];
}

/** One line of a checkpoint file. Lines are chained: `prev` is the hash of the line before. */
export interface CheckpointLine extends Checkpoint {
  v: 1;
  /** Random id of the file, set by its first line: a checkpoint recorded in the trail names its file. */
  file: string;
  /** The line number, 1-based. */
  n: number;
  prev: string;
}

export interface ReadLine { line: CheckpointLine; text: string; hash: string }

/** The `prev` of a file's first line. */
export const FIRST_LINE_PREV = 'genesis';

const digits = z.string().regex(/^\d+$/);
const hex = z.string().regex(/^([0-9a-f]{64}|genesis)$/);
const lineSchema = z.strictObject({
  v: z.literal(1),
  file: z.string().min(1),
  n: z.number().int().positive(),
  at: z.iso.datetime(),
  seq: digits,
  chains: z.array(z.strictObject({ chain: z.number().int(), seq: digits, hash: hex })).length(AUDIT_CHAINS)
    .refine((chains) => chains.every((head, i) => head.chain === i + 1), 'chains must be listed 1 to 8'),
  prev: hex,
});

export const lineHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The text of the line that follows `previous` (or starts a new file with id `newFileId`). */
export function formatCheckpointLine(checkpoint: Checkpoint, previous: ReadLine | null, newFileId: string): ReadLine {
  const line: CheckpointLine = {
    v: 1,
    file: previous?.line.file ?? newFileId,
    n: (previous?.line.n ?? 0) + 1,
    at: checkpoint.at,
    seq: checkpoint.seq,
    chains: checkpoint.chains.map(({ chain, seq, hash }) => ({ chain, seq, hash })),
    prev: previous?.hash ?? FIRST_LINE_PREV,
  };
  const text = JSON.stringify(line);
  return { line, text, hash: lineHash(text) };
}

export function parseCheckpointLine(text: string): CheckpointLine | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface CheckpointFileContents {
  /** Every line that is a checkpoint, also those after a break (they still say what the database held). */
  lines: ReadLine[];
  /** The first place where the file's own chaining does not hold, in plain words. */
  broken: string | null;
}

/**
 * Reads a checkpoint file and checks its chaining: line 1 starts the chain, every later line carries the
 * hash of the line before it, its own number and the file's id. An edited or removed line breaks the chain
 * at the line after it; an edit of the LAST line shows only against the trail's own record of it.
 */
export function readCheckpointLines(contents: string): CheckpointFileContents {
  const texts = contents.split('\n');
  if (texts.at(-1) === '') texts.pop();
  const lines: ReadLine[] = [];
  let broken: string | null = null;
  let fileId: string | undefined;
  texts.forEach((text, i) => {
    const number = i + 1;
    const line = parseCheckpointLine(text);
    const problem = problemOf(line, number, number === 1 ? null : texts[i - 1]!, fileId);
    if (problem && !broken) broken = problem;
    if (!line) return;
    fileId ??= line.file;
    lines.push({ line, text, hash: lineHash(text) });
  });
  return { lines, broken };
}

function problemOf(line: CheckpointLine | null, number: number, previousText: string | null, fileId: string | undefined): string | null {
  if (!line) return `line ${number} is not a checkpoint (changed, or a write was cut short)`;
  if (previousText === null) {
    return line.prev === FIRST_LINE_PREV ? null : 'line 1 is not the first checkpoint of its file (lines before it were removed)';
  }
  if (line.prev !== lineHash(previousText)) {
    return `line ${number} does not follow line ${number - 1}: line ${number - 1} was changed, or lines between them were removed`;
  }
  if (fileId !== undefined && line.file !== fileId) return `line ${number} belongs to another checkpoint file (id ${line.file})`;
  if (line.n !== number) return `line ${number} calls itself checkpoint ${line.n}: lines were removed or inserted`;
  return null;
}
