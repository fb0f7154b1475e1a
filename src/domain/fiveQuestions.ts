/**
 * The inspectorates' five questions per family (docs/domain.md): who watches the children, who and what is in
 * view, is the problem solvable, who leads, when do we look back. An unanswered question is an alert.
 * Questions 3 and 5 need plans and reviews, which do not exist yet: they are "not yet answerable".
 */

export interface FamilySnapshot {
  children: Array<{ id: string; firstName: string; guardianCount: number }>;
  adultCount: number;
  involvementCount: number;
  networkCount: number;
  /** `active: false`: the regisseur's account was deactivated; the family has nobody who can act as its lead. */
  regisseur: { name: string; mandate: string; active?: boolean } | null;
  /** Open (unacknowledged) pattern alerts: "child out of view" and "no kindcheck" leave questions 1 and 2 open. */
  openPatternAlerts?: ReadonlyArray<{ rule: string; personIds: readonly string[] }>;
}

export type QuestionNumber = 1 | 2 | 3 | 4 | 5;

/** `reason` is a stable code with parameters; the web app words it in Dutch or English. */
export type QuestionAnswer =
  | { number: QuestionNumber; status: 'answered'; reason: string; params: Record<string, string | number> }
  | { number: QuestionNumber; status: 'unanswered'; reason: string; params: Record<string, string | number> }
  | { number: QuestionNumber; status: 'not_yet_answerable'; reason: string; params: Record<string, string | number> };

export function answerFiveQuestions(family: FamilySnapshot): QuestionAnswer[] {
  return [whoWatchesTheChildren(family), whoAndWhatInView(family), notYet(3, 'NO_PLANS_YET'), whoLeads(family), notYet(5, 'NO_REVIEWS_YET')];
}

export const isAlert = (answer: QuestionAnswer) => answer.status === 'unanswered';

function whoWatchesTheChildren(family: FamilySnapshot): QuestionAnswer {
  const { children } = family;
  if (children.length === 0) return { number: 1, status: 'unanswered', reason: 'NO_CHILDREN_REGISTERED', params: {} };
  const unwatched = children.filter((child) => child.guardianCount === 0);
  if (unwatched.length > 0) {
    return { number: 1, status: 'unanswered', reason: 'CHILDREN_WITHOUT_GUARDIAN', params: { names: unwatched.map((c) => c.firstName).join(', '), count: unwatched.length } };
  }
  const outOfView = new Set(openAlerts(family, 'child_out_of_view').flatMap((alert) => alert.personIds));
  const unseen = children.filter((child) => outOfView.has(child.id));
  if (unseen.length > 0) {
    return { number: 1, status: 'unanswered', reason: 'CHILDREN_OUT_OF_VIEW', params: { names: unseen.map((c) => c.firstName).join(', '), count: unseen.length } };
  }
  return { number: 1, status: 'answered', reason: 'EVERY_CHILD_HAS_GUARDIAN', params: { count: children.length } };
}

const openAlerts = (family: FamilySnapshot, rule: string) => (family.openPatternAlerts ?? []).filter((alert) => alert.rule === rule);

function whoAndWhatInView(family: FamilySnapshot): QuestionAnswer {
  const missing = [
    family.adultCount === 0 && 'adults',
    family.involvementCount === 0 && 'involvements',
    family.networkCount === 0 && 'network',
  ].filter((item): item is string => Boolean(item));
  if (missing.length > 0) return { number: 2, status: 'unanswered', reason: 'VIEW_INCOMPLETE', params: { missing: missing.join(',') } };
  // Adult problems without the kindcheck: the children behind those problems are not in view.
  if (openAlerts(family, 'kindcheck_missing').length > 0) return { number: 2, status: 'unanswered', reason: 'KINDCHECK_MISSING', params: {} };
  return {
    number: 2, status: 'answered', reason: 'IN_VIEW',
    params: { members: family.children.length + family.adultCount, involvements: family.involvementCount, network: family.networkCount },
  };
}

function whoLeads({ regisseur }: FamilySnapshot): QuestionAnswer {
  if (!regisseur) return { number: 4, status: 'unanswered', reason: 'NO_REGISSEUR', params: {} };
  if (regisseur.active === false) return { number: 4, status: 'unanswered', reason: 'REGISSEUR_DEACTIVATED', params: { name: regisseur.name } };
  return { number: 4, status: 'answered', reason: 'REGISSEUR', params: { name: regisseur.name } };
}

function notYet(number: 3 | 5, reason: string): QuestionAnswer {
  return { number, status: 'not_yet_answerable', reason, params: {} };
}
