import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { AccountChanges } from '../privacy/AccountChanges.tsx';
import { AuditLog } from '../privacy/AuditLog.tsx';
import { ChildSearch, type SearchMode } from '../privacy/ChildSearch.tsx';
import { SubjectList } from '../privacy/SubjectList.tsx';
import type { AuditEventView, AuditSubject, DataList } from '../types.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Moves focus to a heading once it is on screen (headings are not focusable by themselves). React may commit
 * the new results after the next frame, so it looks again for a few frames.
 */
function focusHeading(id: string, framesLeft = 10) {
  requestAnimationFrame(() => {
    const heading = document.getElementById(id);
    if (!heading) {
      if (framesLeft > 0) focusHeading(id, framesLeft - 1);
      return;
    }
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  });
}

/**
 * For the privacy officer: who looked at this child (or family), and when — straight from the audit trail.
 * First find the child (by BSN, or last name and birth date), then open its log; the internal ids stay
 * available as a second way in. Below that, who changed which account (roles and teams first of all).
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ subjects: AuditSubject[]; mode: SearchMode; version: number } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [logError, setLogError] = useState<ApiError | null>(null);
  const [events, setEvents] = useState<AuditEventView[] | null>(null);
  const subjectsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (found) subjectsHeading.current?.focus();
  }, [found]);

  const showFound = (subjects: AuditSubject[], mode: SearchMode) => {
    setFound((previous) => ({ subjects, mode, version: (previous?.version ?? 0) + 1 }));
    setSelectedId(null);
    setEvents(null);
    setLogError(null);
  };

  const showLog = async (subject: AuditSubject) => {
    setBusyId(subject.personId);
    setLogError(null);
    try {
      const result = await get<DataList<AuditEventView>>(`/audit?${new URLSearchParams({ personId: subject.personId }).toString()}`);
      setSelectedId(subject.personId);
      setEvents(result.data);
      focusHeading('audit-results');
    } catch (caught) {
      setLogError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught)));
    } finally {
      setBusyId(null);
    }
  };

  const showIdResults = (result: AuditEventView[]) => {
    setSelectedId(null);
    setEvents(result);
    focusHeading('audit-results');
  };

  return (
    <>
      <PageTitle documentTitle={t('privacy.title')}>{t('privacy.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('privacy.intro')}</p>
      <section aria-labelledby="find-child" className="rondom-section">
        <h2 id="find-child" className="utrecht-heading-2">{t('privacy.find.title')}</h2>
        <ChildSearch onFound={showFound} />
      </section>
      {found && (
        <SubjectList key={found.version} ref={subjectsHeading} subjects={found.subjects} mode={found.mode}
          selectedId={selectedId} busyId={busyId} onShowLog={(subject) => void showLog(subject)} />
      )}
      {logError && <ProblemAlert error={logError} />}
      <details className="rondom-details">
        <summary>{t('privacy.byId.summary')}</summary>
        <p className="utrecht-paragraph">{t('privacy.byId.intro')}</p>
        <IdSearch onResults={showIdResults} />
      </details>
      {events && <AuditLog events={events} />}
      <AccountChanges />
    </>
  );
}

/** The original way in: Rondom's own person or family id, for when the privacy officer has one (e.g. from a complaint file). */
function IdSearch({ onResults }: { onResults: (events: AuditEventView[]) => void }) {
  const { t } = useTranslation();
  const [personId, setPersonId] = useState('');
  const [householdId, setHouseholdId] = useState('');
  const labels = { personId: t('privacy.personId'), householdId: t('privacy.householdId') };

  const validate = () => {
    if (!personId.trim() && !householdId.trim()) return [{ path: 'personId', message: t('privacy.needOne') }];
    return ([['personId', personId], ['householdId', householdId]] as const)
      .filter(([, value]) => value.trim() && !uuid.test(value.trim()))
      .map(([path]) => ({ path, message: t('privacy.notAnId', { field: labels[path] }) }));
  };
  const submit = async () => {
    const query = new URLSearchParams();
    if (personId.trim()) query.set('personId', personId.trim());
    if (householdId.trim()) query.set('householdId', householdId.trim());
    const result = await get<DataList<AuditEventView>>(`/audit?${query.toString()}`);
    onResults(result.data);
  };

  return (
    <Form label={t('privacy.formLabel')} submitLabel={t('privacy.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="personId" label={labels.personId} description={t('privacy.personIdHelp')} value={personId} onChange={setPersonId} autoComplete="off" />
      <TextField name="householdId" label={labels.householdId} value={householdId} onChange={setHouseholdId} autoComplete="off" />
    </Form>
  );
}
