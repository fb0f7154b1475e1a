import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextAreaField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

/** Handle an alert: say what was done about it. The note is required; it stays with the alert. */
export function AcknowledgeForm({ alertId, label: formLabel, onDone }: { alertId: string; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const label = t('alerts.note');
  return (
    <Form label={formLabel} submitLabel={t('alerts.acknowledgeSubmit')} fieldLabels={{ note: label }}
      validate={() => requireFields(t, [['note', note, label]])}
      onSubmit={async () => { await post(`/alerts/${alertId}/acknowledge`, { note: note.trim() }); onDone(); }}>
      <TextAreaField name="note" label={label} description={t('alerts.noteHelp')} required rows={3} value={note} onChange={setNote} />
    </Form>
  );
}
