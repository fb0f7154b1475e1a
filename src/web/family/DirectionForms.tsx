import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '../../api/contract.ts';
import { ApiError, post, put } from '../api.ts';
import { TextAreaField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { HolderSelect } from './HolderSelect.tsx';
import { holderOptions, isCurrentHolder, splitHolder } from './holders.ts';

interface Props { family: HouseholdDetail; onDone: () => void; onRefused: () => void }

/** Assign the regisseur with a written mandate. The server refuses a second one (409) and says who leads. */
export function AssignDirectionForm({ family, onDone, onRefused }: Props) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState('');
  const [mandate, setMandate] = useState('');
  const labels = { holder: t('direction.holder'), mandate: t('direction.mandate') };
  const submit = async () => {
    const { kind, id } = splitHolder(holder);
    try {
      await put(`/households/${family.id}/direction`, kind === 'user' ? { userId: id, mandate: mandate.trim() } : { personId: id, mandate: mandate.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'DIRECTION_ALREADY_HELD') onRefused(); // show who leads now
      throw error;
    }
    onDone();
  };
  return (
    <Form label={t('direction.assign')} submitLabel={t('direction.assignSubmit')} onSubmit={submit}
      fieldLabels={{ userId: labels.holder, personId: labels.holder, supportedByUserId: labels.holder, mandate: labels.mandate }}
      validate={() => requireFields(t, [['holder', holder, labels.holder], ['mandate', mandate, labels.mandate]])}>
      <HolderSelect name="holder" label={labels.holder} options={holderOptions(family)} value={holder} onChange={setHolder} />
      <TextAreaField name="mandate" label={labels.mandate} description={t('direction.mandateHelp')} required rows={4} value={mandate} onChange={setMandate} />
    </Form>
  );
}

/** Hand the direction over in one step, with a note for the next regisseur. */
export function HandoverForm({ family, onDone }: Omit<Props, 'onRefused'>) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState('');
  const [note, setNote] = useState('');
  const labels = { holder: t('direction.to'), note: t('direction.note') };
  const submit = async () => {
    const { kind, id } = splitHolder(holder);
    await post(`/households/${family.id}/direction/handover`, kind === 'user' ? { toUserId: id, note: note.trim() } : { toPersonId: id, note: note.trim() });
    onDone();
  };
  return (
    <Form label={t('direction.handover')} submitLabel={t('direction.handoverSubmit')} onSubmit={submit}
      fieldLabels={{ toUserId: labels.holder, toPersonId: labels.holder, to: labels.holder, note: labels.note }}
      validate={() => requireFields(t, [['holder', holder, labels.holder], ['note', note, labels.note]])}>
      <HolderSelect name="holder" label={labels.holder} options={holderOptions(family).filter((o) => !isCurrentHolder(family, o.value))} value={holder} onChange={setHolder} />
      <TextAreaField name="note" label={labels.note} description={t('direction.noteHelp')} required rows={4} value={note} onChange={setNote} />
    </Form>
  );
}

/** End the direction, for example when the family is closed: the reason is required and stays in the history. */
export function EndDirectionForm({ family, onDone }: Omit<Props, 'onRefused'>) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const label = t('direction.endNote');
  const submit = async () => {
    await post(`/households/${family.id}/direction/end`, { note: note.trim() });
    onDone();
  };
  return (
    <Form label={t('direction.end')} submitLabel={t('direction.endSubmit')} onSubmit={submit} fieldLabels={{ note: label }}
      validate={() => requireFields(t, [['note', note, label, t('form.requiredField.reason')]])}>
      <div className="utrecht-alert utrecht-alert--warning">
        <div className="utrecht-alert__content">
          <p className="utrecht-paragraph rondom-warning">{t('direction.endWarning', { name: family.regisseur?.name ?? '' })}</p>
        </div>
      </div>
      <TextAreaField name="note" label={label} description={t('direction.endNoteHelp')} required rows={3} value={note} onChange={setNote} />
    </Form>
  );
}
