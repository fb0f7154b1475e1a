import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { Link } from '../components/Link.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { paths } from '../router.ts';
import { SignalForm, type SignalSaved } from '../signals/SignalForm.tsx';
import { membersChildrenFirst, useSignalKinds } from '../signals/vocabulary.ts';
import { noFilter, timelineQueryString, type TimelineFilter } from '../timeline/filters.ts';
import { TimelineFilters } from '../timeline/TimelineFilters.tsx';
import { TimelineList } from '../timeline/TimelineList.tsx';
import type { DataList } from '../types.ts';
import type { FamilySectionProps } from './props.ts';

/** Register a signal, and the family's one merged timeline: signals (also about its members elsewhere), members, moves, who helps, who leads. */
export function TimelineSection({ family, can, onChanged, version }: FamilySectionProps & { version: number }) {
  const { t } = useTranslation();
  const { kinds } = useSignalKinds();
  const [filter, setFilter] = useState<TimelineFilter>(noFilter);
  const [saved, setSaved] = useState<SignalSaved | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  // A new registration starts without the previous confirmation.
  const clearSaved = useCallback(() => setSaved(null), []);
  const { data, error, loading } = useResource<DataList<TimelineItem>>(`/households/${family.id}/timeline${timelineQueryString(filter, kinds)}`, version);
  const items = data?.data ?? [];

  const onSaved = (result: SignalSaved) => {
    setSaved(result);
    onChanged();
    requestAnimationFrame(() => savedRef.current?.focus());
  };

  return (
    <Section id="timeline" title={t('family.sections.timeline')}>
      {saved && (
        <div ref={savedRef} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph"><strong>{t('signal.saved')}</strong></p>
            {saved.newAlerts > 0 && <p className="utrecht-paragraph">{t('signal.newAlerts', { count: saved.newAlerts })} <a className="utrecht-link" href="#alerts">{t('signal.toAlerts')}</a></p>}
            {saved.newMatches > 0 && <p className="utrecht-paragraph">{t('signal.newMatches', { count: saved.newMatches })} <Link href={paths.matches}>{t('signal.toMatches')}</Link></p>}
          </div>
        </div>
      )}
      {can.registerSignal && (
        <Disclosure label={t('signal.title')} primary>
          {(close) => <SignalForm family={family} onOpened={clearSaved} onSaved={(result) => { close(); onSaved(result); }} />}
        </Disclosure>
      )}
      <TimelineFilters filter={filter} onChange={setFilter} persons={membersChildrenFirst(family)} />
      <p className="utrecht-paragraph" role="status">{loading ? t('common.loading') : t('timeline.count', { count: items.length })}</p>
      {error && <ProblemAlert error={error} />}
      {data && <TimelineList items={items} family={family} householdId={family.id} label={t('timeline.label', { name: family.name })} />}
    </Section>
  );
}
