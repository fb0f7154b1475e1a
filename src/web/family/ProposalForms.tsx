import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectionProposalView, HouseholdDetail } from '../../api/contract.ts';
import { post } from '../api.ts';
import { ChoiceGroup } from '../components/Choices.tsx';
import { TextAreaField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { HolderSelect } from './HolderSelect.tsx';
import { holderOptions, isCurrentHolder, splitHolder } from './holders.ts';

/** Anyone involved who does not lead proposes a handover, with the reason; the regisseur or the proposed person decides. */
export function ProposeHandoverForm({ family, onDone }: { family: HouseholdDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState('');
  const [note, setNote] = useState('');
  const labels = { holder: t('direction.proposeTo'), note: t('direction.proposeNote') };
  const submit = async () => {
    const { kind, id } = splitHolder(holder);
    await post(`/households/${family.id}/direction/proposals`, kind === 'user' ? { toUserId: id, note: note.trim() } : { toPersonId: id, note: note.trim() });
    onDone();
  };
  return (
    <Form label={t('direction.propose')} submitLabel={t('direction.proposeSubmit')} onSubmit={submit}
      fieldLabels={{ toUserId: labels.holder, toPersonId: labels.holder, to: labels.holder, note: labels.note }}
      validate={() => requireFields(t, [['holder', holder, labels.holder], ['note', note, labels.note, t('form.requiredField.reason')]])}>
      <p className="utrecht-paragraph">{t('direction.proposeHint', { name: family.regisseur?.name ?? '' })}</p>
      <HolderSelect name="holder" label={labels.holder} options={holderOptions(family).filter((o) => !isCurrentHolder(family, o.value))} value={holder} onChange={setHolder} />
      <TextAreaField name="note" label={labels.note} description={t('direction.proposeNoteHelp')} required rows={3} value={note} onChange={setNote} />
    </Form>
  );
}

/** The regisseur (or their team lead), or the proposed person, accepts (the handover happens) or declines. */
export function ProposalDecisionForm({ householdId, proposal, onDone }: { householdId: string; proposal: DirectionProposalView; onDone: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const labels = { decision: t('direction.decision'), note: t('direction.decisionNote') };
  const options = [
    ...(proposal.can.accept ? [{ value: 'accept', label: t('direction.accept'), description: t('direction.acceptHelp', { name: proposal.to.name }) }] : []),
    ...(proposal.can.decline ? [{ value: 'decline', label: t('direction.decline'), description: t('direction.declineHelp') }] : []),
  ];
  const validate = () => (decision.length === 0 ? [{ path: 'decision', message: t('form.required', { field: labels.decision }) }] : []);
  const submit = async () => {
    await post(`/households/${householdId}/direction/proposals/${proposal.id}/decide`, { decision: decision[0], ...(note.trim() ? { note: note.trim() } : {}) });
    onDone();
  };
  return (
    <Form label={t('direction.decideLabel', { name: proposal.to.name })} submitLabel={t('direction.decideSubmit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <ChoiceGroup name="decision" legend={labels.decision} type="radio" selected={decision} onChange={setDecision} options={options} />
      <TextAreaField name="note" label={labels.note} description={t('direction.decisionNoteHelp')} rows={3} value={note} onChange={setNote} />
    </Form>
  );
}
