import { describe, expect, it } from 'vitest';
import * as categories from './categories.ts';
import { isSignalKindCode, signalGroups, signalKind, signalKindCodes, signalKindVocabulary } from './vocabulary.ts';

describe('signal-kind vocabulary', () => {
  it('has unique snake_case codes', () => {
    expect(new Set(signalKindCodes).size).toBe(signalKindCodes.length);
    signalKindCodes.forEach((code) => expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/));
  });

  it('labels every kind in Dutch and English, each label distinct within its language', () => {
    for (const language of ['nl', 'en'] as const) {
      const labels = signalKindVocabulary.map((entry) => entry.label[language]);
      labels.forEach((label) => expect(label.trim().length).toBeGreaterThan(2));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('fills every group', () => {
    for (const group of signalGroups) expect(signalKindVocabulary.some((entry) => entry.group === group)).toBe(true);
  });

  it('holds at least the kinds issue 3 asks for, including the subtle child signals', () => {
    const required = [
      'child_injury', 'child_neglected_appearance', 'child_withdrawn', 'child_regression', 'child_sexualised_behaviour',
      'child_school_absence', 'child_disclosure', 'adult_addiction', 'adult_mental_health', 'adult_intellectual_disability',
      'adult_debts', 'adult_eviction_threat', 'adult_domestic_violence', 'police_call_out', 'crisis_placement',
      'report_to_safe_at_home', 'safe_at_home_closed', 'help_started', 'help_ended', 'help_declined', 'appointment_missed',
      'earlier_helpers_contact_refused', 'only_non_threatening_help', 'move', 'school_change', 'new_partner', 'birth',
    ];
    required.forEach((code) => expect(isSignalKindCode(code), code).toBe(true));
  });

  it('recognises only vocabulary codes', () => {
    expect(isSignalKindCode('move')).toBe(true);
    expect(isSignalKindCode('Move')).toBe(false);
    expect(isSignalKindCode(42)).toBe(false);
    expect(signalKind('move').label.nl).toBe('Verhuizing');
  });

  it('builds every category from vocabulary codes', () => {
    for (const value of Object.values(categories)) {
      if (value instanceof Set) value.forEach((code) => expect(isSignalKindCode(code)).toBe(true));
    }
  });

  it('asks a kindcheck for every adult problem and for nothing else', () => {
    const adult = signalKindVocabulary.filter((entry) => entry.group === 'adult').map((entry) => entry.code);
    expect([...categories.adultProblemKinds]).toEqual(adult);
  });
});
