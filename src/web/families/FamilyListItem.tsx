import { useTranslation } from 'react-i18next';
import type { HouseholdListItem } from '../../api/contract.ts';
import { Link } from '../components/Link.tsx';
import { ageText, formatList, questionText } from '../format.ts';
import { inLanguage, severityBadge } from '../signals/vocabulary.ts';
import { paths } from '../router.ts';

/** A question left open by a pattern: the pattern's line says it, with the question as a tag. */
const questionFromPattern: Record<string, string> = { CHILDREN_OUT_OF_VIEW: 'child_out_of_view', KINDCHECK_MISSING: 'kindcheck_missing' };

/** One family in the list: children (first name, age), who leads, every pattern found and every unanswered question as an alert. */
export function FamilyListItem({ family }: { family: HouseholdListItem }) {
  const { t, i18n } = useTranslation();
  const patternRules = new Set(family.patternAlerts.map((alert) => alert.rule));
  // The same alarm is said once: a question that is open because of a pattern shown above is a tag on that line.
  const sameAsPattern = (alert: (typeof family.alerts)[number]) => {
    const rule = questionFromPattern[alert.reason];
    return rule !== undefined && patternRules.has(rule);
  };
  const alerts = family.alerts.filter((alert) => alert.number !== 4 && !sameAsPattern(alert)); // "no regisseur" has its own warning below
  const questionOf = (rule: string) => family.alerts.find((alert) => questionFromPattern[alert.reason] === rule);
  return (
    <li className="rondom-card rondom-family">
      <h2 className="utrecht-heading-3 rondom-family__name">
        <Link href={paths.family(family.id)}>{family.name}</Link>
      </h2>
      <p className="utrecht-paragraph rondom-muted">
        {[family.street, family.municipality].filter(Boolean).join(', ')}{family.myRelationship === 'team_lead' && ` · ${t('families.viaTeam')}`}
      </p>
      <p className="utrecht-paragraph">
        <strong>{t('families.children')}: </strong>
        {family.children.length === 0
          ? t('families.noChildren')
          : formatList(family.children.map((child) => t('families.childAge', { name: child.firstName, age: ageText(t, child) })), i18n.language)}
      </p>
      {family.regisseur ? (
        <p className="utrecht-paragraph">
          <strong>{t('families.regisseur')}: </strong>{family.regisseur.name}
          {family.regisseur.organisationName && <span className="rondom-muted"> ({family.regisseur.organisationName})</span>}
        </p>
      ) : (
        <p className="utrecht-paragraph"><span className="rondom-badge rondom-badge--danger">{t('families.noRegisseur')}</span></p>
      )}
      {family.patternAlerts.length > 0 && (
        <ul className="rondom-alert-list" aria-label={t('families.patternAlertsLabel', { count: family.patternAlerts.length })}>
          {family.patternAlerts.map((alert) => (
            <li key={alert.id} className="rondom-alert-line">
              <span className={`rondom-badge ${severityBadge[alert.severity] ?? 'rondom-badge--warning'}`}>{t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule })}</span>{' '}
              {questionOf(alert.rule) && <><span className="rondom-badge rondom-badge--warning">{t('questions.short', { number: questionOf(alert.rule)!.number })}</span>{' '}</>}
              {inLanguage(alert.explanation, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      {alerts.length > 0 && (
        <ul className="rondom-alert-list" aria-label={t('families.alertsLabel')}>
          {alerts.map((alert) => (
            <li key={alert.number} className="rondom-alert-line">
              <span className="rondom-badge rondom-badge--warning">{t('questions.short', { number: alert.number })}</span> {questionText(t, alert)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
