import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingHistoryRequestView } from '../../../api/contract.ts';
import { post } from '../../api.ts';
import { ChoiceGroup } from '../../components/Choices.tsx';
import { TextAreaField } from '../../components/Fields.tsx';
import { Form, requireFields } from '../../components/Form.tsx';

/** The regisseur accepts (the records up to the day the child left go along) or declines; the note goes to the one who asked. */
export function DecisionForm({ householdId, request, onDecided }: { householdId: string; request: IncomingHistoryRequestView; onDecided: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const labels = { decision: t('history.decide.decision'), note: t('history.decide.note') };
  const validate = () => [
    ...(decision.length === 0 ? [{ path: 'decision', message: t('form.required', { field: labels.decision }) }] : []),
    ...requireFields(t, [['note', note, labels.note]]),
  ];
  const submit = async () => {
    await post(`/households/${householdId}/history-requests/${request.id}/decide`, { decision: decision[0], note: note.trim() });
    onDecided();
  };
  const until = request.child.leftOn ?? t('history.decide.today');
  return (
    <Form label={t('history.decide.label', { name: request.child.firstName })} submitLabel={t('history.decide.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <ChoiceGroup name="decision" legend={labels.decision} type="radio" selected={decision} onChange={setDecision}
        options={[
          { value: 'accept', label: t('history.decide.accept'), description: t('history.decide.acceptHelp', { name: request.child.firstName, until }) },
          { value: 'decline', label: t('history.decide.decline'), description: t('history.decide.declineHelp') },
        ]} />
      <TextAreaField name="note" label={labels.note} description={t('history.decide.noteHelp')} required value={note} onChange={setNote} />
    </Form>
  );
}
