import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdResponse, TimelineItem } from '../../api/contract.ts';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { paths } from '../router.ts';
import { useSignalKinds } from '../signals/vocabulary.ts';
import { noFilter, timelineQueryString, type TimelineFilter } from '../timeline/filters.ts';
import { TimelineFilters } from '../timeline/TimelineFilters.tsx';
import { TimelineList } from '../timeline/TimelineList.tsx';
import type { DataList } from '../types.ts';

/** One person's own history, across every household and municipality they lived in; opened from their card in a family. */
export function PersonPage({ householdId, personId }: { householdId: string; personId: string }) {
  const { t } = useTranslation();
  const { kinds } = useSignalKinds();
  const [filter, setFilter] = useState<TimelineFilter>(noFilter);
  const household = useResource<HouseholdResponse>(`/households/${householdId}`);
  const timeline = useResource<DataList<TimelineItem>>(`/persons/${personId}/timeline${timelineQueryString(filter, kinds)}`);
  const family = household.data?.data ?? null;
  const person = family ? [...family.children, ...family.adults, ...family.formerMembers].find((p) => p.id === personId) : undefined;
  const name = person ? `${person.firstName} ${person.lastName}` : '';
  if (household.loading && !household.data) return <Loading />;
  const title = name ? t('person.timelineTitle', { name }) : t('person.timelineUnknown');
  const items = timeline.data?.data ?? [];
  return (
    <>
      <p className="utrecht-paragraph rondom-breadcrumb">
        {family ? <Link href={paths.family(family.id)}>{t('person.backToFamily', { name: family.name })}</Link> : <Link href={paths.families}>{t('family.back')}</Link>}
      </p>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('person.timelineIntro')}</p>
      {household.error && <ProblemAlert error={household.error} />}
      <TimelineFilters filter={filter} onChange={setFilter} />
      <p className="utrecht-paragraph" role="status">{timeline.loading ? t('common.loading') : t('timeline.count', { count: items.length })}</p>
      {timeline.error && <ProblemAlert error={timeline.error} />}
      {timeline.data && <TimelineList items={items} family={family} householdId={householdId} label={title} perspective="person" />}
    </>
  );
}
