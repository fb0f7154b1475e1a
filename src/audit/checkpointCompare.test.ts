import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineHash, type Checkpoint, type ReadLine } from './checkpoint.ts';
import { checkRecordedPublications, describeDivergence, firstDivergence, linkKey, linksNamedBy, type StoredTrail } from './checkpointCompare.ts';

const hashAt = (chain: number, seq: number) => lineHash(`${chain}:${seq}`);

/** A trail whose chain c holds events 1..reach[c-1], global seqs 1..total. */
function trail(reach: number[], rewritten: Array<[number, number]> = []): StoredTrail {
  const hashes = new Map<string, string>();
  reach.forEach((top, i) => { for (let s = 1; s <= top; s++) hashes.set(linkKey(i + 1, String(s)), hashAt(i + 1, s)); });
  for (const [chain, seq] of rewritten) hashes.set(linkKey(chain, String(seq)), lineHash('forged'));
  const total = reach.reduce((a, b) => a + b, 0);
  return { hashes, reach: new Map(reach.map((top, i) => [i + 1, String(top)])), events: new Set(Array.from({ length: total }, (_, i) => String(i + 1))) };
}

const checkpoint = (at: string, reach: number[]): Checkpoint => ({
  at, seq: String(reach.reduce((a, b) => a + b, 0)),
  chains: reach.map((top, i) => ({ chain: i + 1, seq: String(top), hash: top === 0 ? 'genesis' : hashAt(i + 1, top) })),
});

const eight = (n: number) => Array.from({ length: 8 }, () => n);

describe('holding the database against checkpoints', () => {
  it('finds nothing when the database holds every checkpointed head', () => {
    const checkpoints = [checkpoint('2026-12-01T09:00:00.000Z', eight(2)), checkpoint('2026-12-01T10:00:00.000Z', eight(5))];
    expect(firstDivergence(checkpoints, trail(eight(7)))).toBeNull();
  });

  it('names the chain whose end was cut off, in plain words', () => {
    const reach = eight(120);
    const checkpoints = [checkpoint('2026-12-01T10:00:00.000Z', reach)];
    const cut = [...reach];
    cut[2] = 100;
    const divergence = firstDivergence(checkpoints, trail(cut));
    expect(divergence).toMatchObject({ kind: 'cut_off', chain: 3, seq: '120', reach: '100' });
    expect(describeDivergence(divergence!)).toBe(
      `checkpoint of 2026-12-01T10:00:00Z says chain 3 reached #120 (hash ${hashAt(3, 120).slice(0, 12)}…), but the database holds chain 3 only up to #100`,
    );
  });

  it('says so when a chain was emptied', () => {
    const reach = [0, 0, 0, 0, 0, 0, 0, 0];
    const divergence = firstDivergence([checkpoint('2026-12-01T10:00:00.000Z', [0, 4, 0, 0, 0, 0, 0, 0])], trail(reach));
    expect(describeDivergence(divergence!)).toMatch(/but the database holds no events of chain 2$/);
  });

  it('reports the oldest checkpoint that no longer holds, not a later one', () => {
    const checkpoints = [checkpoint('2026-12-01T09:00:00.000Z', eight(3)), checkpoint('2026-12-01T10:00:00.000Z', eight(6))];
    const divergence = firstDivergence(checkpoints, trail(eight(6), [[5, 2]]));
    expect(divergence).toBeNull(); // event #2 is not named by any checkpoint; the chain walk finds that rewrite
    expect(firstDivergence(checkpoints, trail(eight(6), [[5, 3]]))).toMatchObject({ kind: 'rewritten', at: '2026-12-01T09:00:00.000Z', chain: 5, seq: '3' });
    expect(firstDivergence(checkpoints, trail([6, 6, 6, 6, 6, 6, 4, 6]))).toMatchObject({ kind: 'cut_off', at: '2026-12-01T10:00:00.000Z', chain: 7 });
  });

  it('notices a missing highest event even when the chains still reach their heads', () => {
    const stored = trail(eight(2));
    const events = new Set(stored.events);
    events.delete('16');
    expect(firstDivergence([checkpoint('2026-12-01T10:00:00.000Z', eight(2))], { ...stored, events })).toMatchObject({ kind: 'event_missing', seq: '16' });
  });

  it('finds every cut below a checkpointed head, whichever chain and however deep', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 8, maxLength: 8 }), fc.nat(7), fc.nat(), (reach, chain, depth) => {
      fc.pre(reach[chain]! > 0);
      const cut = [...reach];
      cut[chain] = depth % reach[chain]!;
      const divergence = firstDivergence([checkpoint('2026-12-01T10:00:00.000Z', reach)], trail(cut));
      expect(divergence).toMatchObject({ kind: 'cut_off', chain: chain + 1, reach: String(cut[chain]) });
    }));
  });

  it('asks the database about each named link once, and never about a chain still at its start', () => {
    const named = linksNamedBy([checkpoint('a', [0, 1, 1, 1, 1, 1, 1, 1]), checkpoint('b', [0, 1, 1, 1, 1, 1, 1, 2])]);
    expect(named.links).toHaveLength(8);
    expect(named.links.some((link) => link.chain === 1)).toBe(false);
    expect(named.seqs).toEqual(['7', '8']);
  });
});

describe('holding the checkpoint file against what the trail recorded as published', () => {
  const lines: ReadLine[] = [1, 2, 3].map((n) => ({ line: { v: 1, file: 'f', n, at: '', seq: '0', chains: [], prev: '' }, text: `line ${n}`, hash: lineHash(`line ${n}`) }));
  const recorded = (line: number, hash = lineHash(`line ${line}`), file = 'f') => ({ file, line, lineHash: hash, occurredAt: '2026-12-01T10:00:00.123Z' });

  it('accepts a file whose lines are as published', () => {
    expect(checkRecordedPublications(lines, [recorded(1), recorded(2), recorded(3)])).toEqual({ changed: null, beyondFile: 0, otherFiles: 0 });
  });

  it('catches an edited last line, which the file\'s own chaining cannot', () => {
    const check = checkRecordedPublications(lines, [recorded(1), recorded(2), recorded(3, lineHash('the original line 3'))]);
    expect(check.changed).toMatch(/^line 3 is not the checkpoint published at 2026-12-01T10:00:00Z/);
  });

  it('counts publications beyond the end of the file and to other files apart', () => {
    expect(checkRecordedPublications(lines, [recorded(3), recorded(4), recorded(5), recorded(1, 'x', 'other')]))
      .toEqual({ changed: null, beyondFile: 2, otherFiles: 1 });
  });
});
