import { describe, expect, it } from 'vitest';
import { UnknownAccountLockout } from './unknownAccountLockout.ts';

describe('lockout of unknown email addresses', () => {
  it('locks after the fifth failure, like a real account, and unlocks after the lockout period', () => {
    const lockout = new UnknownAccountLockout(5, 15);
    for (let i = 0; i < 4; i++) lockout.recordFailure('x@test', 0);
    expect(lockout.isLocked('x@test', 1)).toBe(false);
    lockout.recordFailure('x@test', 0);
    expect(lockout.isLocked('x@test', 1)).toBe(true);
    expect(lockout.isLocked('x@test', 15 * 60_000 + 1)).toBe(false);
  });

  it('never forgets a live lock to make room, however many other addresses are tried', () => {
    const lockout = new UnknownAccountLockout(1, 15, 10);
    lockout.recordFailure('target@test', 0);
    for (let i = 0; i < 1_000; i++) lockout.recordFailure(`other-${i}@test`, 0);
    expect(lockout.isLocked('target@test', 1)).toBe(true);
  });
});
