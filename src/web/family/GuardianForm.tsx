import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail, PersonView } from '../../api/contract.ts';
import { post } from '../api.ts';
import { SelectField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { activeInvolvements, activeNetwork } from './props.ts';

/** Name who guards a child's safety: an involved professional, or someone from the family's network. */
export function GuardianForm({ family, child, onAdded }: { family: HouseholdDetail; child: PersonView; onAdded: () => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const current = new Set(child.guardians.map((g) => g.name));
  const professionals = activeInvolvements(family).filter((i) => !current.has(i.name));
  const network = activeNetwork(family).filter((n) => !current.has(n.name));
  const label = t('guardian.who', { name: child.firstName });

  const submit = async () => {
    const [kind, id] = choice.split(':');
    await post(`/households/${family.id}/persons/${child.id}/guardians`, kind === 'user' ? { userId: id } : { networkMemberId: id });
    onAdded();
  };
  return (
    <Form label={t('children.addGuardian', { name: child.firstName })} submitLabel={t('guardian.submit')} onSubmit={submit}
      validate={() => (choice ? [] : [{ path: 'guardian', message: t('guardian.choose') }])}>
      <SelectField name="guardian" label={label} description={t('guardian.help')} required value={choice} onChange={setChoice}>
        <option value="">{t('form.choose')}</option>
        {professionals.length > 0 && (
          <optgroup label={t('guardian.professionals')}>
            {professionals.map((i) => <option key={i.id} value={`user:${i.userId}`}>{i.name} — {i.organisationName}</option>)}
          </optgroup>
        )}
        {network.length > 0 && (
          <optgroup label={t('guardian.network')}>
            {network.map((n) => <option key={n.id} value={`network:${n.id}`}>{n.name} — {n.relation}</option>)}
          </optgroup>
        )}
      </SelectField>
    </Form>
  );
}
