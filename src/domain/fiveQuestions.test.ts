import { describe, expect, it } from 'vitest';
import { answerFiveQuestions, isAlert, type FamilySnapshot } from './fiveQuestions.ts';

const complete: FamilySnapshot = {
  children: [{ id: 'c1', firstName: 'Sanne', guardianCount: 1 }],
  adultCount: 1, involvementCount: 2, networkCount: 1, regisseur: { name: 'Anouk', mandate: 'regie' },
};

describe('the five questions', () => {
  it('answers questions 1, 2 and 4 for a family in full view, and says 3 and 5 are not yet answerable', () => {
    const answers = answerFiveQuestions(complete);
    expect(answers.map((a) => a.status)).toEqual(['answered', 'answered', 'not_yet_answerable', 'answered', 'not_yet_answerable']);
    expect(answers.filter(isAlert)).toHaveLength(0);
  });

  it('names the children nobody watches', () => {
    const answers = answerFiveQuestions({ ...complete, children: [...complete.children, { id: 'c2', firstName: 'Daan', guardianCount: 0 }] });
    expect(answers[0]).toMatchObject({ status: 'unanswered', reason: 'CHILDREN_WITHOUT_GUARDIAN', params: { names: 'Daan' } });
  });

  it('raises an alert when nobody leads', () => {
    expect(answerFiveQuestions({ ...complete, regisseur: null })[3]).toMatchObject({ status: 'unanswered', reason: 'NO_REGISSEUR' });
    // A regisseur whose account was deactivated leads nobody: the question is open again.
    expect(answerFiveQuestions({ ...complete, regisseur: { name: 'Anouk', mandate: 'x', active: false } })[3]).toMatchObject({ status: 'unanswered', reason: 'REGISSEUR_DEACTIVATED', params: { name: 'Anouk' } });
  });

  it('leaves question 1 open while a child is out of view, and question 2 while a kindcheck is missing', () => {
    const answers = answerFiveQuestions({ ...complete, openPatternAlerts: [{ rule: 'child_out_of_view', personIds: ['c1'] }, { rule: 'kindcheck_missing', personIds: ['a1'] }] });
    expect(answers[0]).toMatchObject({ status: 'unanswered', reason: 'CHILDREN_OUT_OF_VIEW', params: { names: 'Sanne' } });
    expect(answers[1]).toMatchObject({ status: 'unanswered', reason: 'KINDCHECK_MISSING' });
  });

  it('counts a missing informal network as not in view', () => {
    expect(answerFiveQuestions({ ...complete, networkCount: 0 })[1]).toMatchObject({ status: 'unanswered', params: { missing: 'network' } });
  });
});
