import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdResponse } from '../../api/contract.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { AddressesSection } from '../family/AddressesSection.tsx';
import { AlertsSection } from '../family/AlertsSection.tsx';
import { AdultsSection } from '../family/AdultsSection.tsx';
import { ChildrenSection } from '../family/ChildrenSection.tsx';
import { DirectionSection } from '../family/DirectionSection.tsx';
import { FiveQuestions } from '../family/FiveQuestions.tsx';
import { FormerMembersSection } from '../family/FormerMembersSection.tsx';
import { HistoryRequestsSection } from '../family/history/HistoryRequestsSection.tsx';
import { InvolvedSection } from '../family/InvolvedSection.tsx';
import { NetworkSection } from '../family/NetworkSection.tsx';
import { TimelineSection } from '../family/TimelineSection.tsx';
import { Link } from '../components/Link.tsx';
import { paths } from '../router.ts';

/** The family page: children first, the patterns that need attention, the five questions, the timeline, everybody involved, the network, the adults and who lived here before, and who leads. */
export function FamilyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useResource<HouseholdResponse>(`/households/${id}`);
  // A new signal, a handled alert, someone joining or leaving, an involvement or direction that starts or ends:
  // each changes the family, its alerts and its timeline together.
  const [version, setVersion] = useState(0);
  const changed = () => { reload(); setVersion((value) => value + 1); };
  if (error) {
    return (
      <>
        <PageTitle documentTitle={t('family.notFound')}>{t('family.notFound')}</PageTitle>
        <ProblemAlert error={error} />
        <p className="utrecht-paragraph"><Link href={paths.families}>{t('family.back')}</Link></p>
      </>
    );
  }
  if (!data) return <Loading />;
  const { data: family, can } = data;
  const sections = ['children', 'alerts', 'questions', 'timeline', 'involved', 'network', 'adults', ...(family.formerMembers.length > 0 ? ['former'] as const : []), 'addresses', 'direction'] as const;
  return (
    <>
      <p className="utrecht-paragraph rondom-breadcrumb"><Link href={paths.families}>{t('family.back')}</Link></p>
      <PageTitle documentTitle={family.name}>{t('family.title', { name: family.name })}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">
        {family.municipality} · {family.regisseur
          ? <>{t('family.ledBy', { name: family.regisseur.name })}{!family.regisseur.active && <> <span className="rondom-badge rondom-badge--danger">{t('family.regisseurDeactivated')}</span></>}</>
          : <span className="rondom-badge rondom-badge--danger">{t('families.noRegisseur')}</span>}
      </p>
      <nav aria-label={t('family.onThisPage')} className="rondom-toc">
        <ul>
          {sections.map((section) => <li key={section}><a className="utrecht-link" href={`#${section}`}>{t(`family.sections.${section}`)}</a></li>)}
        </ul>
      </nav>
      <ChildrenSection family={family} can={can} onChanged={changed} />
      <HistoryRequestsSection family={family} version={version} onChanged={changed} />
      <AlertsSection family={family} can={can} onChanged={changed} version={version} />
      <FiveQuestions answers={family.fiveQuestions} openPatternAlerts={family.openPatternAlertCount} />
      <TimelineSection family={family} can={can} onChanged={changed} version={version} />
      <InvolvedSection family={family} can={can} onChanged={changed} />
      <NetworkSection family={family} can={can} onChanged={reload} />
      <AdultsSection family={family} can={can} onChanged={changed} />
      <FormerMembersSection family={family} />
      <AddressesSection family={family} can={can} onChanged={changed} />
      <DirectionSection family={family} can={can} onChanged={changed} version={version} />
    </>
  );
}
