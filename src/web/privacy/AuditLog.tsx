import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogPage, AuditRequestView } from '../../api/contract.ts';
import { ApiError, get } from '../api.ts';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { auditQueryString, emptyFilter, type AuditFilterInput, type AuditSubjectFilter } from './auditQuery.ts';

interface Props {
  /** Whom the log is about (a child from the search, an id), or null for everyone. */
  subject: AuditSubjectFilter | null;
  /** Counts up each time the privacy officer asks for a subject's log, so asking again loads it again. */
  version: number;
  onClearSubject: () => void;
  onShown: () => void;
}

/**
 * The log, one row per request: filters (period, who, what), the rows newest first, "show more" (cursor paging),
 * and the same selection as a CSV download. Every look at the log is itself logged on the server.
 */
export function AuditLog({ subject, version, onClearSubject, onShown }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilterInput>(emptyFilter);
  const [filterVersion, setFilterVersion] = useState(0);
  const [rows, setRows] = useState<AuditRequestView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const shownFor = useRef<string>('');

  const load = useCallback(async (chosen: AuditFilterInput, cursor: string | null) => {
    const query = auditQueryString(subject, chosen);
    if (cursor) query.set('cursor', cursor);
    const page = await get<AuditLogPage>(`/audit?${query.toString()}`);
    setRows((previous) => (cursor && previous ? [...previous, ...page.data] : page.data));
    setNextCursor(page.nextCursor);
    setError(null);
  }, [subject]);

  // A subject chosen above (or chosen again) opens its log with the filters as they stand.
  useEffect(() => {
    if (!subject) return;
    const key = `${version}`;
    if (shownFor.current === key) return;
    shownFor.current = key;
    load(filter, null).then(onShown, (caught: unknown) => {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught)));
      onShown();
    });
  }, [subject, version, load, filter, onShown]);

  const apply = async (chosen: AuditFilterInput) => {
    setFilter(chosen);
    await load(chosen, null);
    onShown();
  };
  const onlyActor = (email: string) => {
    const chosen = { ...filter, actorEmail: email };
    setFilterVersion((value) => value + 1);
    void apply(chosen).catch((caught: unknown) => setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught))));
  };
  const more = async () => {
    setLoadingMore(true);
    try { await load(filter, nextCursor); } catch (caught) { setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught))); } finally { setLoadingMore(false); }
  };

  return (
    <>
      <section aria-labelledby="audit-log" className="rondom-section">
        <h2 id="audit-log" className="utrecht-heading-2">{t('privacy.filters.title')}</h2>
        <p className="utrecht-paragraph">
          {subject ? <>{t('privacy.filters.about', { name: subject.label })} <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClearSubject}>{t('privacy.filters.everyone')}</button></> : t('privacy.filters.aboutEveryone')}
        </p>
        <AuditFilters key={filterVersion} initial={filter} onApply={apply} />
      </section>
      {error && <ProblemAlert error={error} />}
      {rows && (
        <AuditTable rows={rows} more={nextCursor !== null} loadingMore={loadingMore} onMore={() => void more()} onOnlyActor={onlyActor}
          csvHref={`/api/v1/audit/events.csv?${auditQueryString(subject, filter).toString()}`} />
      )}
    </>
  );
}
