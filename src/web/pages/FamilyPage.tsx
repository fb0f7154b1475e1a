import { useTranslation } from 'react-i18next';
import type { HouseholdResponse } from '../../api/contract.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { AddressesSection } from '../family/AddressesSection.tsx';
import { AdultsSection } from '../family/AdultsSection.tsx';
import { ChildrenSection } from '../family/ChildrenSection.tsx';
import { DirectionSection } from '../family/DirectionSection.tsx';
import { FiveQuestions } from '../family/FiveQuestions.tsx';
import { InvolvedSection } from '../family/InvolvedSection.tsx';
import { NetworkSection } from '../family/NetworkSection.tsx';
import { Link } from '../components/Link.tsx';
import { paths } from '../router.ts';

/** The family page: children first, the five questions, everybody involved, the network, and who leads. */
export function FamilyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useResource<HouseholdResponse>(`/households/${id}`);
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
  const sections = ['children', 'questions', 'involved', 'network', 'adults', 'addresses', 'direction'] as const;
  return (
    <>
      <p className="utrecht-paragraph rondom-breadcrumb"><Link href={paths.families}>{t('family.back')}</Link></p>
      <PageTitle documentTitle={family.name}>{t('family.title', { name: family.name })}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">
        {family.municipality} · {family.regisseur
          ? t('family.ledBy', { name: family.regisseur.name })
          : <span className="rondom-badge rondom-badge--danger">{t('families.noRegisseur')}</span>}
      </p>
      <nav aria-label={t('family.onThisPage')} className="rondom-toc">
        <ul>
          {sections.map((section) => <li key={section}><a className="utrecht-link" href={`#${section}`}>{t(`family.sections.${section}`)}</a></li>)}
        </ul>
      </nav>
      <ChildrenSection family={family} can={can} onChanged={reload} />
      <FiveQuestions answers={family.fiveQuestions} />
      <InvolvedSection family={family} can={can} onChanged={reload} />
      <NetworkSection family={family} can={can} onChanged={reload} />
      <AdultsSection family={family} can={can} onChanged={reload} />
      <AddressesSection family={family} can={can} onChanged={reload} />
      <DirectionSection family={family} can={can} onChanged={reload} />
    </>
  );
}
