import { useTranslation } from 'react-i18next';
import type { AlertView } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { formatDate } from '../format.ts';
import { AcknowledgeForm } from './AcknowledgeForm.tsx';
import { AlertNoteForm } from './AlertNoteForm.tsx';

/** The notes colleagues added to an alert, oldest first. */
export function AlertNotes({ alert }: { alert: AlertView }) {
  const { t, i18n } = useTranslation();
  if (alert.notes.length === 0) return null;
  return (
    <div className="rondom-alert__notes">
      <h4 id={`notes-${alert.id}`} className="utrecht-heading-4">{t('alerts.notes')}</h4>
      <ul className="utrecht-unordered-list" aria-labelledby={`notes-${alert.id}`}>
        {alert.notes.map((n) => (
          <li key={n.id} className="utrecht-unordered-list__item">
            {t('alerts.noteBy', { name: n.by, date: formatDate(n.at, i18n.language) })} <span className="rondom-pre">{n.note}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What the user may do with an open alert, on the family page and in the inbox alike: the regisseur (without
 * one, anyone involved) handles it; the others add a note that stays with it.
 */
export function AlertActions({ alert, number, onChanged }: { alert: AlertView; number: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const rule = t(`alerts.rules.${alert.rule}`, { defaultValue: alert.rule });
  return (
    <>
      {alert.can.acknowledge && (
        <Disclosure label={t('alerts.acknowledge')}>
          {(close) => <AcknowledgeForm alertId={alert.id} label={t('alerts.acknowledgeLabel', { number, rule })} onDone={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
      {!alert.can.acknowledge && alert.can.addNote && (
        <>
          <p className="utrecht-paragraph rondom-muted">{t('alerts.regisseurHandles')}</p>
          <Disclosure label={t('alerts.addNote')}>
            {(close) => <AlertNoteForm alertId={alert.id} label={t('alerts.addNoteLabel', { number, rule })} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        </>
      )}
    </>
  );
}
