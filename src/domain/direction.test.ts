import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDecision, currentDirection, decideDirection, type DirectionCommand, type DirectionHolder, type DirectionPeriod } from './direction.ts';

const holder = fc.oneof(
  fc.constantFrom('u1', 'u2', 'u3').map((userId): DirectionHolder => ({ kind: 'user', userId })),
  fc.constantFrom('p1', 'p2').map((personId): DirectionHolder => ({ kind: 'person', personId, supportedByUserId: 'u1' })),
);

const command = fc.oneof(
  holder.map((h) => ({ type: 'assign' as const, holder: h, mandate: 'mandaat' })),
  holder.map((h) => ({ type: 'handover' as const, to: h, note: 'overdracht' })),
  fc.constant({ type: 'end' as const, note: 'afgesloten' }),
);

function run(commands: Array<Record<string, unknown>>): DirectionPeriod[] {
  let history: DirectionPeriod[] = [];
  commands.forEach((partial, index) => {
    const full = { ...partial, id: `d${index}`, at: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000) } as DirectionCommand;
    history = applyDecision(history, decideDirection(currentDirection(history), full));
  });
  return history;
}

describe('one regisseur', () => {
  it('refuses a second regisseur while one is current', () => {
    const first = run([{ type: 'assign', holder: { kind: 'user', userId: 'u1' }, mandate: 'm' }]);
    const decision = decideDirection(currentDirection(first), {
      type: 'assign', id: 'x', holder: { kind: 'user', userId: 'u2' }, mandate: 'm', at: new Date(),
    });
    expect(decision).toEqual({ ok: false, refusal: 'DIRECTION_ALREADY_HELD' });
  });

  it('hands over in one step: the old period closes when the new one opens', () => {
    const history = run([
      { type: 'assign', holder: { kind: 'user', userId: 'u1' }, mandate: 'm' },
      { type: 'handover', to: { kind: 'user', userId: 'u2' }, note: 'verhuisd' },
    ]);
    expect(history).toHaveLength(2);
    expect(history[0]!.until).toEqual(history[1]!.since);
    expect(history[0]!.handoverNote).toBe('verhuisd');
    expect(currentDirection(history)?.holder).toEqual({ kind: 'user', userId: 'u2' });
  });

  it('refuses a handover when nobody leads, and a handover to the current regisseur', () => {
    expect(decideDirection(null, { type: 'handover', id: 'x', to: { kind: 'user', userId: 'u1' }, note: '', at: new Date() }))
      .toEqual({ ok: false, refusal: 'NO_CURRENT_DIRECTION' });
    const history = run([{ type: 'assign', holder: { kind: 'user', userId: 'u1' }, mandate: 'm' }]);
    expect(decideDirection(currentDirection(history), { type: 'handover', id: 'x', to: { kind: 'user', userId: 'u1' }, note: '', at: new Date() }))
      .toEqual({ ok: false, refusal: 'SAME_HOLDER' });
  });

  it('no sequence of assign, handover and end ever yields two current regisseurs or overlapping periods', () => {
    fc.assert(fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
      const history = run(commands);
      expect(history.filter((period) => period.until === null).length).toBeLessThanOrEqual(1);
      for (let i = 1; i < history.length; i++) {
        const previous = history[i - 1]!;
        expect(previous.until).not.toBeNull();
        expect(previous.until!.getTime()).toBeLessThanOrEqual(history[i]!.since.getTime());
      }
    }), { numRuns: 500 });
  });
});
