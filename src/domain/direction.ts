/**
 * The one-regisseur rule: a household has at most one current regisseur. Direction is assigned when
 * nobody leads, handed over in one step when someone does, and may end (with a reason). The history
 * of who led when is never rewritten; periods follow each other without overlap.
 */

export type DirectionHolder =
  | { kind: 'user'; userId: string }
  | { kind: 'person'; personId: string; supportedByUserId: string };

export interface DirectionPeriod {
  id: string;
  holder: DirectionHolder;
  mandate: string;
  since: Date;
  until: Date | null;
  handoverNote: string | null;
}

export type DirectionCommand =
  | { type: 'assign'; id: string; holder: DirectionHolder; mandate: string; at: Date }
  | { type: 'handover'; id: string; to: DirectionHolder; note: string; mandate?: string; at: Date }
  | { type: 'end'; note: string; at: Date };

export type DirectionRefusal = 'DIRECTION_ALREADY_HELD' | 'NO_CURRENT_DIRECTION' | 'SAME_HOLDER';

export type DirectionDecision =
  | { ok: true; close: { id: string; until: Date; handoverNote: string } | null; open: DirectionPeriod | null }
  | { ok: false; refusal: DirectionRefusal };

export function currentDirection(history: readonly DirectionPeriod[]): DirectionPeriod | null {
  return history.find((period) => period.until === null) ?? null;
}

export function sameHolder(a: DirectionHolder, b: DirectionHolder): boolean {
  return a.kind === 'user' && b.kind === 'user' ? a.userId === b.userId
    : a.kind === 'person' && b.kind === 'person' ? a.personId === b.personId : false;
}

/** Decides what a command changes, given the current period; refuses anything that would make two. */
export function decideDirection(current: DirectionPeriod | null, command: DirectionCommand): DirectionDecision {
  switch (command.type) {
    case 'assign':
      if (current) return { ok: false, refusal: 'DIRECTION_ALREADY_HELD' };
      return { ok: true, close: null, open: openPeriod(command.id, command.holder, command.mandate, command.at) };
    case 'handover': {
      if (!current) return { ok: false, refusal: 'NO_CURRENT_DIRECTION' };
      if (sameHolder(current.holder, command.to)) return { ok: false, refusal: 'SAME_HOLDER' };
      const mandate = command.mandate ?? current.mandate;
      return {
        ok: true,
        close: { id: current.id, until: command.at, handoverNote: command.note },
        open: openPeriod(command.id, command.to, mandate, command.at),
      };
    }
    case 'end':
      if (!current) return { ok: false, refusal: 'NO_CURRENT_DIRECTION' };
      return { ok: true, close: { id: current.id, until: command.at, handoverNote: command.note }, open: null };
  }
}

/** Applies a decision to a history; used by tests and by anything replaying the history. */
export function applyDecision(history: readonly DirectionPeriod[], decision: DirectionDecision): DirectionPeriod[] {
  if (!decision.ok) return [...history];
  const { close, open } = decision;
  const closed = history.map((period) =>
    close && period.id === close.id ? { ...period, until: close.until, handoverNote: close.handoverNote } : period);
  return open ? [...closed, open] : closed;
}

function openPeriod(id: string, holder: DirectionHolder, mandate: string, at: Date): DirectionPeriod {
  return { id, holder, mandate, since: at, until: null, handoverNote: null };
}
