import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';
import type { AuditSubject } from '../types.ts';
import type { SearchMode } from './ChildSearch.tsx';

interface Props {
  subjects: AuditSubject[];
  mode: SearchMode;
  /** The child whose log is shown below, if any. */
  selectedId: string | null;
  busyId: string | null;
  onShowLog: (subject: AuditSubject) => void;
}

/** The children found: name, birth date and the last three digits of the BSN, each with a button to open its log. */
export const SubjectList = forwardRef<HTMLHeadingElement, Props>(function SubjectList({ subjects, mode, selectedId, busyId, onShowLog }, headingRef) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="audit-subjects" className="rondom-section">
      <h2 id="audit-subjects" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">{t('privacy.subjects.title')}</h2>
      <p className="utrecht-paragraph" role="status">
        {subjects.length > 0 ? t('privacy.subjects.count', { count: subjects.length }) : t(mode === 'bsn' ? 'privacy.subjects.noneBsn' : 'privacy.subjects.noneName')}
      </p>
      {subjects.length > 0 && (
        <ul className="rondom-cards" aria-labelledby="audit-subjects">
          {subjects.map((subject) => {
            const name = `${subject.firstName} ${subject.lastName}`;
            const headingId = `subject-${subject.personId}`;
            const selected = subject.personId === selectedId;
            return (
              <li key={subject.personId} className="rondom-card rondom-child" aria-current={selected ? 'true' : undefined}>
                <h3 id={headingId} className="utrecht-heading-3">{name}</h3>
                <dl className="rondom-facts">
                  <div><dt>{t('privacy.subjects.birthDate')}</dt><dd>{formatDate(subject.birthDate, i18n.language)}</dd></div>
                  <div>
                    <dt>{t('privacy.subjects.bsn')}</dt>
                    <dd>
                      {subject.bsnLast3 ? (
                        <><span aria-hidden="true">•••••• {subject.bsnLast3}</span><span className="rondom-visually-hidden">{t('privacy.subjects.bsnEnding', { digits: subject.bsnLast3 })}</span></>
                      ) : t('privacy.subjects.noBsn')}
                    </dd>
                  </div>
                </dl>
                <button type="button" className={`utrecht-button ${selected ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
                  aria-disabled={busyId !== null} disabled={busyId !== null} onClick={() => onShowLog(subject)}>
                  {busyId === subject.personId ? t('privacy.subjects.loading') : t('privacy.subjects.showLog')}
                  <span className="rondom-visually-hidden"> {t('privacy.subjects.showLogFor', { name })}</span>
                </button>
                {selected && <p className="utrecht-paragraph rondom-muted">{t('privacy.subjects.shownBelow')}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
