import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../api/contract.ts';
import { ApiError, post } from '../api.ts';
import { Form } from '../components/Form.tsx';
import { checkEndDate, EndDateField, endDateBody } from './EndDateField.tsx';
import { today } from '../format.ts';

/**
 * A child or adult leaves the family on a date. Nothing is deleted: they move to "Eerder in dit gezin" and keep
 * their history. A family member who leads the family hands the direction over first (the server refuses, 409).
 */
export function LeaveForm({ householdId, person, onLeft }: { householdId: string; person: PersonView; onLeft: () => void }) {
  const { t, i18n } = useTranslation();
  const [until, setUntil] = useState(today());
  const name = `${person.firstName} ${person.lastName}`;
  const submit = async () => {
    try {
      await post(`/households/${householdId}/persons/${person.id}/leave`, endDateBody(until));
    } catch (error) {
      // The same refusal as for a professional, but here it is a family member who leads: say so.
      if (error instanceof ApiError && error.code === 'REGISSEUR_MUST_HAND_OVER') throw new ApiError(error.status, 'MEMBER_MUST_HAND_OVER', error.detail);
      throw error;
    }
    onLeft();
  };
  return (
    <Form label={t('ending.leaveLabel', { name })} submitLabel={t('ending.leaveSubmit')} validate={() => checkEndDate(t, until, person.since, i18n.language)} onSubmit={submit}
      fieldLabels={{ until: t('ending.leaveDate') }} problemParams={{ name }}>
      <div className="utrecht-alert utrecht-alert--warning">
        <div className="utrecht-alert__content">
          <p className="utrecht-paragraph rondom-warning">
            {person.role === 'child' ? t('ending.leaveWarningChild', { name: person.firstName }) : t('ending.leaveWarning', { name: person.firstName })}
          </p>
        </div>
      </div>
      <EndDateField label={t('ending.leaveDate')} value={until} onChange={setUntil} />
    </Form>
  );
}
