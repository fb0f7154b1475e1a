import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidesHistoryRequests, historyCutOff, requestOutcome, type RequestStatus } from './historyRequest.ts';

describe('a request for a child\'s earlier history', () => {
  it('is decided by the regisseur, or by the professional who supports a family member who leads; by nobody else', () => {
    expect(decidesHistoryRequests({ kind: 'user', userId: 'u1' }, 'u1')).toBe(true);
    expect(decidesHistoryRequests({ kind: 'user', userId: 'u1' }, 'u2')).toBe(false);
    expect(decidesHistoryRequests({ kind: 'person', personId: 'p1', supportedByUserId: 'u2' }, 'u2')).toBe(true);
    expect(decidesHistoryRequests({ kind: 'person', personId: 'p1', supportedByUserId: 'u2' }, 'p1')).toBe(false);
    expect(decidesHistoryRequests(null, 'u1')).toBe(false);
  });

  it('opens the earlier records up to the day the child left, and never beyond the day of the decision', () => {
    expect(historyCutOff('2026-03-01', '2026-12-01')).toBe('2026-03-01');
    expect(historyCutOff(null, '2026-12-01')).toBe('2026-12-01');
    expect(historyCutOff('2027-01-01', '2026-12-01')).toBe('2026-12-01');
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(fc.option(day, { nil: null }), day, (left, today) => {
      const cut = historyCutOff(left, today);
      expect(cut <= today).toBe(true);
      if (left !== null) expect(cut <= left).toBe(true);
    }));
  });

  it('looks the same to the family that asked whether or not an earlier family was found', () => {
    expect(requestOutcome([])).toBe('pending');
    expect(requestOutcome(['pending'])).toBe('pending');
    expect(requestOutcome(['declined', 'pending'])).toBe('pending');
    expect(requestOutcome(['declined', 'declined'])).toBe('declined');
    expect(requestOutcome(['declined', 'accepted'])).toBe('accepted');
    fc.assert(fc.property(fc.array(fc.constantFrom<RequestStatus>('pending', 'accepted', 'declined')), (statuses) => {
      const outcome = requestOutcome(statuses);
      expect(outcome === 'accepted').toBe(statuses.includes('accepted'));
    }));
  });
});
