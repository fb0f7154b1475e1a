import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '../../api/contract.ts';
import { involvementDomains } from '../../domain/roles.ts';
import { get, post } from '../api.ts';
import { ChoiceGroup } from '../components/Choices.tsx';
import { SelectField, TextAreaField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import type { DataList, DirectoryUser } from '../types.ts';
import { activeInvolvements } from './props.ts';

/** Find a professional in the directory, say why they are involved and in which domain. */
export function InvolvementForm({ family, onAdded }: { family: HouseholdDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<DirectoryUser[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [domain, setDomain] = useState('');
  const involved = new Set(activeInvolvements(family).map((i) => i.userId));

  const find = async () => {
    const found = await get<DataList<DirectoryUser>>(`/users?q=${encodeURIComponent(search.trim())}`);
    setResults(found.data.filter((user) => !involved.has(user.id)));
    setChosen([]);
  };
  const validate = () => [
    ...(chosen.length === 0 ? [{ path: 'userId', message: t('involvement.chooseProfessional') }] : []),
    ...requireFields(t, [['reason', reason, t('involvement.reason')], ['domain', domain, t('involvement.domain')]]),
  ];
  const submit = async () => {
    await post(`/households/${family.id}/involvements`, { userId: chosen[0], reason: reason.trim(), domain });
    onAdded();
  };

  return (
    <div className="rondom-stack">
      <div className="rondom-search" role="search" aria-label={t('involvement.searchLabel')}>
        <label className="utrecht-form-label" htmlFor={`directory-search-${family.id}`}>{t('involvement.searchLabel')}</label>
        <div className="rondom-search__row">
          <input id={`directory-search-${family.id}`} type="search" className="utrecht-textbox utrecht-textbox--html-input" value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); void find(); } }} />
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void find()}>{t('involvement.search')}</button>
        </div>
        {results && <p className="utrecht-paragraph" role="status">{t('involvement.found', { count: results.length })}</p>}
      </div>
      <Form label={t('involved.add')} submitLabel={t('involvement.submit')} validate={validate} onSubmit={submit}
        fieldLabels={{ userId: t('involvement.professional'), reason: t('involvement.reason'), domain: t('involvement.domain') }}>
        {results && results.length > 0 && (
          <ChoiceGroup name="userId" legend={t('involvement.professional')} type="radio" selected={chosen} onChange={setChosen}
            options={results.map((user) => ({ value: user.id, label: user.name, description: user.organisationName }))} />
        )}
        <TextAreaField name="reason" label={t('involvement.reason')} description={t('involvement.reasonHelp')} required value={reason} onChange={setReason} />
        <SelectField name="domain" label={t('involvement.domain')} required value={domain} onChange={setDomain}>
          <option value="">{t('form.choose')}</option>
          {involvementDomains.map((d) => <option key={d} value={d}>{t(`domain.${d}`)}</option>)}
        </SelectField>
      </Form>
    </div>
  );
}
