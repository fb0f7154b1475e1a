import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AccountChanges } from '../privacy/AccountChanges.tsx';
import { AuditLog } from '../privacy/AuditLog.tsx';
import { ChildSearch, type SearchMode } from '../privacy/ChildSearch.tsx';
import { SubjectList } from '../privacy/SubjectList.tsx';
import type { AuditSubject } from '../types.ts';
import type { AuditSubjectFilter } from '../privacy/auditQuery.ts';

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
 * For the privacy officer: who looked at this child (or family), and when — straight from the audit trail, one
 * row per page view or action. First find the child (by BSN, or last name and birth date), then open its log;
 * the internal ids stay available as a second way in. The log filters by period, staff member and action, and
 * downloads as CSV. Below that, who changed which account (roles and teams first of all).
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ subjects: AuditSubject[]; mode: SearchMode; version: number } | null>(null);
  const [subject, setSubject] = useState<(AuditSubjectFilter & { version: number }) | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const subjectsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (found) subjectsHeading.current?.focus();
  }, [found]);

  const showFound = (subjects: AuditSubject[], mode: SearchMode) => {
    setFound((previous) => ({ subjects, mode, version: (previous?.version ?? 0) + 1 }));
    setSubject(null);
  };
  // Each choice loads the log again, also the same child twice: a number that only goes up.
  const choices = useRef(0);
  const choose = (chosen: AuditSubjectFilter) => { choices.current += 1; setSubject({ ...chosen, version: choices.current }); };
  const showLog = (person: AuditSubject) => {
    setBusyId(person.personId);
    choose({ personId: person.personId, label: `${person.firstName} ${person.lastName}` });
  };
  const shown = useCallback(() => {
    setBusyId(null);
    focusHeading('audit-results');
  }, []);

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
          selectedId={subject?.personId ?? null} busyId={busyId} onShowLog={showLog} />
      )}
      <details className="rondom-details">
        <summary>{t('privacy.byId.summary')}</summary>
        <p className="utrecht-paragraph">{t('privacy.byId.intro')}</p>
        <IdSearch onChoose={choose} />
      </details>
      {/* A new search starts a new log: the rows of the child before are gone. */}
      <AuditLog key={`log-${found?.version ?? 0}`} subject={subject} version={subject?.version ?? 0} onShown={shown}
        onClearSubject={() => setSubject(null)} />
      <AccountChanges />
    </>
  );
}

/** The original way in: Rondom's own person or family id, for when the privacy officer has one (e.g. from a complaint file). */
function IdSearch({ onChoose }: { onChoose: (subject: AuditSubjectFilter) => void }) {
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
    onChoose({
      ...(personId.trim() ? { personId: personId.trim() } : {}), ...(householdId.trim() ? { householdId: householdId.trim() } : {}),
      label: [personId.trim(), householdId.trim()].filter(Boolean).join(', '),
    });
  };

  return (
    <Form label={t('privacy.formLabel')} submitLabel={t('privacy.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <TextField name="personId" label={labels.personId} description={t('privacy.personIdHelp')} value={personId} onChange={setPersonId} autoComplete="off" />
      <TextField name="householdId" label={labels.householdId} value={householdId} onChange={setHouseholdId} autoComplete="off" />
    </Form>
  );
}
