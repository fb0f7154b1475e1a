import { describe, expect, it } from 'vitest';
import { defaultPatternConfig, resolvePatternConfig } from './config.ts';

describe('pattern configuration', () => {
  it('holds the thresholds of issue 3 by default', () => {
    expect(defaultPatternConfig.repeatedDomesticViolence).toEqual({ threshold: 2, windowMonths: 12 });
    expect(defaultPatternConfig.crisisAfterCrisis).toEqual({ threshold: 3, windowMonths: 12 });
    expect(defaultPatternConfig.careAvoidance.moves).toEqual({ threshold: 2, windowMonths: 12 });
    expect(defaultPatternConfig.careAvoidance.missedAppointments.threshold).toBe(3);
    expect(defaultPatternConfig.childOutOfView.days).toBe(90);
  });

  it('overrides one nested value and keeps the rest', () => {
    const config = resolvePatternConfig({ careAvoidance: { moves: { threshold: 3 } }, childOutOfView: { days: 60 } });
    expect(config.careAvoidance.moves).toEqual({ threshold: 3, windowMonths: 12 });
    expect(config.careAvoidance.schoolChanges).toEqual(defaultPatternConfig.careAvoidance.schoolChanges);
    expect(config.childOutOfView.days).toBe(60);
  });

  it('can widen a window to the whole timeline', () => {
    expect(resolvePatternConfig({ crisisAfterCrisis: { windowMonths: null } }).crisisAfterCrisis).toEqual({ threshold: 3, windowMonths: null });
  });

  it('never changes the defaults', () => {
    const before = JSON.stringify(defaultPatternConfig);
    resolvePatternConfig({ careAvoidance: { moves: { threshold: 9 } } });
    expect(JSON.stringify(defaultPatternConfig)).toBe(before);
  });
});
