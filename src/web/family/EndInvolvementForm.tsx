import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvolvementView } from '../../api/contract.ts';
import { post } from '../api.ts';
import { Form } from '../components/Form.tsx';
import { useSessionUser } from '../session.ts';
import { checkEndDate, EndDateField, endDateBody } from './EndDateField.tsx';
import { today } from '../format.ts';

/**
 * End one professional's involvement, after a clear warning. The server refuses while that professional leads or
 * supports the direction (409): the form then says to hand the direction over first.
 */
export function EndInvolvementForm({ householdId, involvement, onEnded }: { householdId: string; involvement: InvolvementView; onEnded: (self: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const [until, setUntil] = useState(today());
  const self = involvement.userId === user.id;
  const submit = async () => {
    await post(`/households/${householdId}/involvements/${involvement.id}/end`, endDateBody(until));
    onEnded(self);
  };
  return (
    <Form label={t('ending.involvementLabel', { name: involvement.name })} submitLabel={t('ending.involvementSubmit')}
      validate={() => checkEndDate(t, until, involvement.since, i18n.language)} onSubmit={submit} fieldLabels={{ until: t('ending.involvementDate') }}
      problemParams={{ name: involvement.name }}>
      <div className="utrecht-alert utrecht-alert--warning">
        <div className="utrecht-alert__content">
          <p className="utrecht-paragraph rondom-warning">
            {self ? t('ending.involvementWarningSelf') : t('ending.involvementWarning', { name: involvement.name })}
          </p>
        </div>
      </div>
      <EndDateField label={t('ending.involvementDate')} value={until} onChange={setUntil} />
    </Form>
  );
}
