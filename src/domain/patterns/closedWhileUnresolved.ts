/**
 * Closed while unresolved: Veilig Thuis closed its investigation, or help ended, while adult problems
 * remain and nobody holds direction. The reviews found that a Veilig Thuis closure was taken as
 * reassurance although psychiatric problems, violence or debts were still there, and that nobody
 * then kept watch. Both periods are measured back from today: this rule is about the present.
 * There is no "problem solved" signal, so an adult problem registered in the period counts as remaining.
 */
import { adultProblemKinds, closureKinds } from '../signals/categories.ts';
import type { PatternRule } from './alert.ts';
import { windowStart } from './dates.ts';
import { listEvents, localised } from './explain.ts';
import { personsOf } from './prepare.ts';

export const closedWhileUnresolved: PatternRule = {
  code: 'closed_while_unresolved',
  reads: (event) => closureKinds.has(event.kind) || adultProblemKinds.has(event.kind),
  evaluate(timeline, context, config) {
    if (context.hasRegisseur) return [];
    const { closedWithinMonths, adultProblemsWithinMonths } = config.closedWhileUnresolved;
    const closedFrom = windowStart(timeline.today, closedWithinMonths);
    const problemsFrom = windowStart(timeline.today, adultProblemsWithinMonths);
    const closures = timeline.events.filter((event) => closureKinds.has(event.kind) && event.day >= closedFrom);
    const problems = timeline.events.filter((event) => adultProblemKinds.has(event.kind) && event.day >= problemsFrom);
    if (closures.length === 0 || problems.length === 0) return [];
    const evidenceSet = new Set([...closures, ...problems]);
    const evidence = timeline.events.filter((event) => evidenceSet.has(event));
    return [{
      rule: 'closed_while_unresolved',
      severity: 'high',
      explanation: localised((language) => language === 'nl'
        ? `Afgesloten terwijl de problemen blijven, en niemand heeft de regie. Afgesloten: ${listEvents(closures, language)}. `
          + `Problemen bij volwassenen: ${listEvents(problems, language)}.`
        : `Closed while the problems remain, and nobody holds direction. Closed: ${listEvents(closures, language)}. `
          + `Adult problems: ${listEvents(problems, language)}.`),
      eventIds: evidence.map((event) => event.id),
      personIds: personsOf(evidence),
    }];
  },
};
