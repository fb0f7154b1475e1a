import type { Checkpoint, ReadLine } from './checkpoint.ts';

/**
 * Comparing published checkpoints with what the database holds now. Pure: the caller looks up the events
 * the checkpoints name (see `linksNamedBy`) and hands them in as a `StoredTrail`.
 */
export interface StoredTrail {
  /** Hash of the stored event per `linkKey(chain, chainSeq)`, for the links asked about. */
  hashes: ReadonlyMap<string, string>;
  /** Per chain the highest chain_seq stored ('0' when the chain holds no events). */
  reach: ReadonlyMap<number, string>;
  /** Which of the asked global seqs exist. */
  events: ReadonlySet<string>;
}

export type Divergence =
  | { kind: 'cut_off' | 'missing'; at: string; chain: number; seq: string; hash: string; reach: string }
  | { kind: 'rewritten'; at: string; chain: number; seq: string; hash: string; storedHash: string }
  | { kind: 'event_missing'; at: string; seq: string };

export const linkKey = (chain: number, seq: string) => `${chain}:${seq}`;

/** The links and events that checkpoints name, each once. A chain still at 0 names nothing. */
export function linksNamedBy(checkpoints: Checkpoint[]): { links: Array<{ chain: number; seq: string }>; seqs: string[] } {
  const links = new Map<string, { chain: number; seq: string }>();
  const seqs = new Set<string>();
  for (const checkpoint of checkpoints) {
    for (const { chain, seq } of checkpoint.chains) if (seq !== '0') links.set(linkKey(chain, seq), { chain, seq });
    if (checkpoint.seq !== '0') seqs.add(checkpoint.seq);
  }
  return { links: [...links.values()], seqs: [...seqs] };
}

/**
 * The first thing a checkpoint says that the database no longer holds: checkpoints in the order they were
 * published, within one the chains 1 to 8 and then the highest event. Since every event's hash covers
 * the one before it, a matching head pins its whole chain up to there.
 */
export function firstDivergence(checkpoints: Checkpoint[], stored: StoredTrail): Divergence | null {
  for (const { at, seq: highest, chains } of checkpoints) {
    for (const { chain, seq, hash } of chains) {
      if (seq === '0') continue;
      const storedHash = stored.hashes.get(linkKey(chain, seq));
      if (storedHash === undefined) {
        const reach = stored.reach.get(chain) ?? '0';
        return { kind: BigInt(reach) < BigInt(seq) ? 'cut_off' : 'missing', at, chain, seq, hash, reach };
      }
      if (storedHash !== hash) return { kind: 'rewritten', at, chain, seq, hash, storedHash };
    }
    if (highest !== '0' && !stored.events.has(highest)) return { kind: 'event_missing', at, seq: highest };
  }
  return null;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;
/** ISO 8601 to the second: what a person compares with a clock. */
export const moment = (at: string) => at.replace(/\.\d+Z$/, 'Z');

export function describeDivergence(divergence: Divergence): string {
  const source = `checkpoint of ${moment(divergence.at)}`;
  switch (divergence.kind) {
    case 'cut_off':
      return `${source} says chain ${divergence.chain} reached #${divergence.seq} (hash ${short(divergence.hash)}), but the database holds `
        + (divergence.reach === '0' ? `no events of chain ${divergence.chain}` : `chain ${divergence.chain} only up to #${divergence.reach}`);
    case 'missing':
      return `${source} says chain ${divergence.chain} reached #${divergence.seq} (hash ${short(divergence.hash)}), but the database has no event #${divergence.seq} `
        + `of chain ${divergence.chain} (it holds later ones, up to #${divergence.reach})`;
    case 'rewritten':
      return `${source} says event #${divergence.seq} of chain ${divergence.chain} has hash ${short(divergence.hash)}, but in the database it has hash `
        + `${short(divergence.storedHash)}: that event or one before it on chain ${divergence.chain} was rewritten`;
    case 'event_missing':
      return `${source} says the trail reached event ${divergence.seq}, but the database has no event ${divergence.seq}`;
  }
}

/** What the trail itself recorded about a published checkpoint line (action `audit.checkpoint`). */
export interface RecordedPublication { file: string; line: number; lineHash: string; occurredAt: string }

export interface PublicationCheck {
  /** The first line whose text is not what was published, in plain words. */
  changed: string | null;
  /** Lines the trail says were published to this file after its last line: an older copy, or a cut-off end. */
  beyondFile: number;
  /** Publications to other checkpoint files (the setting was changed, or this is a different file). */
  otherFiles: number;
}

/** Holds the file against the trail's record of what was published to it: this catches an edited last line. */
export function checkRecordedPublications(lines: ReadLine[], recorded: RecordedPublication[]): PublicationCheck {
  const fileId = lines[0]?.line.file;
  const byNumber = new Map(lines.map((read) => [read.line.n, read]));
  const last = lines.at(-1)?.line.n ?? 0;
  let changed: string | null = null;
  let beyondFile = 0;
  let otherFiles = 0;
  for (const publication of recorded) {
    if (publication.file !== fileId) { otherFiles += 1; continue; }
    if (publication.line > last) { beyondFile += 1; continue; }
    const read = byNumber.get(publication.line);
    if (!changed && read?.hash !== publication.lineHash) {
      changed = `line ${publication.line} is not the checkpoint published at ${moment(publication.occurredAt)}: `
        + `the trail recorded its hash as ${short(publication.lineHash)}, the file now ${read ? `hashes to ${short(read.hash)}` : 'has no such checkpoint'}`;
    }
  }
  return { changed, beyondFile, otherFiles };
}
