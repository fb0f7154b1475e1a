import { describe, expect, it } from 'vitest';
import { isChildSeenAndHeard, isHelpRefusedByFamily } from './categories.ts';
import type { TimelineEvent } from './timeline.ts';

const event = (partial: Partial<TimelineEvent>): TimelineEvent =>
  ({ id: 'e', kind: 'help_ended', observedAt: '2026-01-01', personIds: ['c1'], ...partial });

describe('signal categories', () => {
  it('counts help as refused when declined, or ended by the family', () => {
    expect(isHelpRefusedByFamily(event({ kind: 'help_declined' }))).toBe(true);
    expect(isHelpRefusedByFamily(event({ details: { endedBy: 'family' } }))).toBe(true);
    expect(isHelpRefusedByFamily(event({ details: { endedBy: 'professional' } }))).toBe(false);
    expect(isHelpRefusedByFamily(event({}))).toBe(false);
  });

  it('counts a contact as seeing the child only when it is about that child', () => {
    expect(isChildSeenAndHeard(event({ kind: 'child_seen_and_heard' }), 'c1')).toBe(true);
    expect(isChildSeenAndHeard(event({ kind: 'child_seen_and_heard' }), 'c2')).toBe(false);
  });

  it('lets the details overrule the kind', () => {
    expect(isChildSeenAndHeard(event({ kind: 'help_started', details: { childSeenAndHeard: true } }), 'c1')).toBe(true);
    expect(isChildSeenAndHeard(event({ kind: 'child_disclosure', details: { childSeenAndHeard: false } }), 'c1')).toBe(false);
  });
});
