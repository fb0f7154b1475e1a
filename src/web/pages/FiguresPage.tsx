import { useTranslation } from 'react-i18next';
import type { StatisticsView } from '../../api/contract.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { FigureBarChart, type FigureBar } from '../figures/FigureBarChart.tsx';
import { FigureTable } from '../figures/FigureTable.tsx';

/**
 * "Cijfers": what the overseer (and the municipality's policy staff) may see — counts over the whole
 * region, never a name. Where the chain falls short: families without a regisseur, children nobody guards.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  const { data, error } = useResource<{ data: StatisticsView }>('/statistics');
  const figures = data?.data;
  const share = (part: number, whole: number) => (whole === 0 ? '0%' : new Intl.NumberFormat('nl-NL', { style: 'percent' }).format(part / whole));
  const alertBars: FigureBar[] = figures?.openAlertsByRule.map((a) => ({ label: t(`alerts.rules.${a.rule}`, { defaultValue: a.rule }), value: a.open })) ?? [];
  const levelBars: FigureBar[] = figures?.householdsByEscalationLevel.map((l) => ({ label: t(`escalation.${l.level}`, { defaultValue: l.level }), value: l.households })) ?? [];
  return (
    <>
      <PageTitle documentTitle={t('figures.title')}>{t('figures.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('figures.intro')}</p>
      {error && <ProblemAlert error={error} />}
      {!figures && !error ? <Loading /> : figures && (
        <>
          <ul className="rondom-figures" aria-label={t('figures.keyFigures')}>
            <li className="rondom-figure"><span className="rondom-figure__value">{figures.households}</span> {t('figures.households', { count: figures.households })}</li>
            <li className="rondom-figure">
              <span className="rondom-figure__value">{share(figures.withRegisseur, figures.households)}</span> {t('figures.withRegisseur', { count: figures.withRegisseur, total: figures.households })}
            </li>
            <li className="rondom-figure"><span className="rondom-figure__value">{figures.children}</span> {t('figures.children', { count: figures.children })}</li>
            <li className="rondom-figure">
              <span className="rondom-figure__value">{figures.childrenWithoutGuardian}</span> {t('figures.childrenWithoutGuardian', { count: figures.childrenWithoutGuardian })}
            </li>
            <li className="rondom-figure">
              <span className="rondom-figure__value">{figures.withoutInvolvement}</span> {t('figures.withoutInvolvement', { count: figures.withoutInvolvement })}
            </li>
          </ul>
          <Section id="alerts-by-rule" title={t('figures.alertsTitle')}>
            {alertBars.length === 0 ? <p className="utrecht-paragraph">{t('figures.noAlerts')}</p> : (
              <div className="rondom-figure-pair">
                <FigureBarChart bars={alertBars} valueLabel={t('figures.openAlerts')} />
                <FigureTable caption={t('figures.alertsCaption')} bars={alertBars} categoryLabel={t('figures.rule')} valueLabel={t('figures.openAlerts')} />
              </div>
            )}
          </Section>
          <Section id="escalation" title={t('figures.escalationTitle')}>
            <div className="rondom-figure-pair">
              <FigureBarChart bars={levelBars} valueLabel={t('figures.familiesLabel')} />
              <FigureTable caption={t('figures.escalationCaption')} bars={levelBars} categoryLabel={t('figures.level')} valueLabel={t('figures.familiesLabel')} />
            </div>
          </Section>
        </>
      )}
    </>
  );
}
