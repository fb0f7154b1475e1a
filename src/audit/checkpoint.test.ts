import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCheckpointLine, lineHash, readCheckpointLines, type Checkpoint, type ReadLine } from './checkpoint.ts';

const hashOf = (label: string) => lineHash(label);
const checkpointAt = (hour: number, reach = hour): Checkpoint => ({
  at: new Date(Date.UTC(2026, 11, 1, hour)).toISOString(),
  seq: String(reach * 8),
  chains: Array.from({ length: 8 }, (_, i) => ({ chain: i + 1, seq: String(reach), hash: hashOf(`${i + 1}:${reach}`) })),
});

/** A file of `count` chained checkpoints, as the publisher writes it. */
function fileOf(count: number): string[] {
  const texts: string[] = [];
  let previous: ReadLine | null = null;
  for (let hour = 1; hour <= count; hour++) {
    previous = formatCheckpointLine(checkpointAt(hour), previous, 'file-1');
    texts.push(previous.text);
  }
  return texts;
}
const contentsOf = (texts: string[]) => `${texts.join('\n')}\n`;

describe('the checkpoint file', () => {
  it('reads back what was published, every line chained to the one before', () => {
    const { lines, broken } = readCheckpointLines(contentsOf(fileOf(3)));
    expect(broken).toBeNull();
    expect(lines.map((read) => read.line.n)).toEqual([1, 2, 3]);
    expect(lines[0]!.line).toMatchObject({ file: 'file-1', prev: 'genesis', seq: '8' });
    expect(lines[2]!.line.prev).toBe(lines[1]!.hash);
    expect(lines[2]!.line.chains[7]).toEqual({ chain: 8, seq: '3', hash: hashOf('8:3') });
  });

  it('notices a changed line by the line after it', () => {
    const texts = fileOf(3);
    texts[1] = texts[1]!.replace('"seq":"2"', '"seq":"1"');
    expect(readCheckpointLines(contentsOf(texts)).broken).toBe('line 3 does not follow line 2: line 2 was changed, or lines between them were removed');
  });

  it('notices a removed line in the middle and at the start', () => {
    const texts = fileOf(4);
    expect(readCheckpointLines(contentsOf([texts[0]!, texts[2]!, texts[3]!])).broken).toMatch(/^line 2 does not follow line 1/);
    expect(readCheckpointLines(contentsOf(texts.slice(1))).broken).toMatch(/^line 1 is not the first checkpoint/);
  });

  it('notices a line that is not a checkpoint, yet still reads the checkpoints after it', () => {
    const texts = fileOf(3);
    const { lines, broken } = readCheckpointLines(contentsOf([texts[0]!, '{"v":1,"fi', texts[1]!, texts[2]!]));
    expect(broken).toBe('line 2 is not a checkpoint (changed, or a write was cut short)');
    expect(lines.map((read) => read.line.n)).toEqual([1, 2, 3]);
  });

  it('refuses a line with a chain missing', () => {
    const texts = fileOf(1);
    const line = JSON.parse(texts[0]!);
    line.chains.pop();
    expect(readCheckpointLines(`${JSON.stringify(line)}\n`).broken).toMatch(/^line 1 is not a checkpoint/);
  });

  it('detects any change to any line but the last (the trail itself holds the last one)', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (count, lineIndex, position, insert) => {
      const texts = fileOf(count);
      const target = lineIndex % (count - 1);
      const text = texts[target]!;
      const at = position % text.length;
      const changed = text.slice(0, at) + insert + text.slice(at);
      fc.pre(changed !== text && !insert.includes('\n'));
      texts[target] = changed;
      expect(readCheckpointLines(contentsOf(texts)).broken).not.toBeNull();
    }));
  });
});
