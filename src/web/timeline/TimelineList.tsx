import { useTranslation } from 'react-i18next';
import type { HouseholdDetail, TimelineItem } from '../../api/contract.ts';
import { formatDate } from '../format.ts';
import { firstNames, inLanguage, severityBadge } from '../signals/vocabulary.ts';

/**
 * A timeline, newest first: each item dated, what happened, about whom, and for a signal who registered
 * it, how serious it is and the note — or that a restricted note exists. Items from another household
 * (a person's history from before) are marked.
 */
export function TimelineList({ items, family, householdId, label, perspective = 'family' }: {
  items: TimelineItem[]; family: HouseholdDetail | null; householdId: string; label: string; perspective?: 'family' | 'person';
}) {
  const { t, i18n } = useTranslation();
  // On a person's own timeline, joining or leaving names the municipality of the household, not the person.
  const typeText = (item: TimelineItem) => t(perspective === 'person' && (item.type === 'member_joined' || item.type === 'member_left')
    ? `timeline.personTypes.${item.type}` : `timeline.types.${item.type}`, { subject: item.subject ?? '' });
  if (items.length === 0) return <p className="utrecht-paragraph">{t('timeline.empty')}</p>;
  return (
    <ol className="rondom-events" aria-label={label}>
      {items.map((item) => {
        const names = firstNames(family, item.personIds);
        const elsewhere = item.signal?.fromOtherHousehold || item.householdId !== householdId;
        return (
          <li key={item.id} id={`event-${item.id}`} tabIndex={-1} className={`rondom-event rondom-event--${item.type}`}>
            <p className="rondom-event__head">
              <time dateTime={item.date} className="rondom-event__date">{formatDate(item.date, i18n.language)}</time>{' '}
              <strong>{item.type === 'signal' ? inLanguage(item.label, i18n.language) || item.kind : typeText(item)}</strong>
              {item.signal && <> <span className={`rondom-badge ${severityBadge[item.signal.severity] ?? 'rondom-badge--neutral'}`}>{t('severity.label', { severity: t(`severity.${item.signal.severity}`, { defaultValue: item.signal.severity }) })}</span></>}
              {elsewhere && <> <span className="rondom-badge rondom-badge--neutral">{t('timeline.fromOtherHousehold')}</span></>}
            </p>
            {names && <p className="utrecht-paragraph rondom-event__line">{t('timeline.about', { names })}</p>}
            {item.signal && (
              <>
                <p className="utrecht-paragraph rondom-event__line rondom-muted">{t('timeline.by', { name: item.signal.authorName, organisation: item.signal.organisationName })}</p>
                <SignalDetails details={item.signal.details} />
                {item.signal.note && <p className="utrecht-paragraph rondom-event__line rondom-pre rondom-event__note">{item.signal.note}</p>}
                {item.signal.hasRestrictedNote && <p className="utrecht-paragraph rondom-event__line rondom-muted"><em>{t('timeline.restrictedNote')}</em></p>}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function SignalDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const lines = [
    (details.fromMunicipality || details.toMunicipality) && t('timeline.details.move', { from: String(details.fromMunicipality ?? '?'), to: String(details.toMunicipality ?? '?') }),
    (details.endedBy === 'family' || details.endedBy === 'professional') && t(`timeline.details.endedBy.${details.endedBy}`),
    details.childSeenAndHeard === true && t('timeline.details.childSeenAndHeard'),
    details.kindcheckAnswered === true && t('timeline.details.kindcheckAnswered'),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  if (lines.length === 0) return null;
  return <p className="utrecht-paragraph rondom-event__line">{lines.join(' · ')}</p>;
}
