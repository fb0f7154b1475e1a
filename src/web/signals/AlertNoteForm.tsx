import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api.ts';
import { TextAreaField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';

/** A note on an alert by someone who does not close it: it stays with the alert; the regisseur handles the alert. */
export function AlertNoteForm({ alertId, label: formLabel, onDone }: { alertId: string; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const label = t('alerts.noteText');
  return (
    <Form label={formLabel} submitLabel={t('alerts.addNoteSubmit')} fieldLabels={{ note: label }}
      validate={() => requireFields(t, [['note', note, label]])}
      onSubmit={async () => { await post(`/alerts/${alertId}/notes`, { note: note.trim() }); onDone(); }}>
      <TextAreaField name="note" label={label} description={t('alerts.noteTextHelp')} required rows={3} value={note} onChange={setNote} />
    </Form>
  );
}
