import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../api/contract.ts';
import { post } from '../../api.ts';
import { TextAreaField } from '../../components/Fields.tsx';
import { Form, requireFields } from '../../components/Form.tsx';

/**
 * Ask for a child's earlier history. Typing a citizen number never opens another family's records: the
 * regisseur of an earlier family decides. The answer is the same whether or not such a family exists.
 */
export function HistoryRequestForm({ householdId, child, onRequested }: { householdId: string; child: PersonView; onRequested: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const label = t('history.request.reason');
  const submit = async () => {
    await post(`/households/${householdId}/persons/${child.id}/history-requests`, { reason: reason.trim() });
    setReason('');
    onRequested();
  };
  return (
    <Form label={t('history.request.label', { name: child.firstName })} submitLabel={t('history.request.submit')}
      validate={() => requireFields(t, [['reason', reason, label]])} onSubmit={submit} fieldLabels={{ reason: label }}>
      <p className="utrecht-paragraph">{t('history.request.explain', { name: child.firstName })}</p>
      <TextAreaField name="reason" label={label} description={t('history.request.reasonHelp')} required value={reason} onChange={setReason} />
    </Form>
  );
}
