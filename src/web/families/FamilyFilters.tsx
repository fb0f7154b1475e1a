import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFilter } from './useFamilyPages.ts';

const rules = ['repeated_domestic_violence', 'crisis_after_crisis', 'care_avoidance', 'closed_while_unresolved', 'child_out_of_view', 'kindcheck_missing', 'arrived_with_history'];
const levels = ['voluntary', 'with_conditions', 'compulsory'];

/**
 * Search by name and municipality (sent with the button), and the filters that apply at once: the kind of
 * alert, the level of help, and only the families I lead.
 */
export function FamilyFilters({ filter, onChange }: { filter: FamilyFilter; onChange: (filter: FamilyFilter) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filter.q);
  const [municipality, setMunicipality] = useState(filter.municipality);
  return (
    <div className="rondom-filters">
      <form role="search" aria-label={t('families.searchLabel')} className="rondom-filters__search"
        onSubmit={(event) => { event.preventDefault(); onChange({ ...filter, q: q.trim(), municipality: municipality.trim() }); }}>
        <div>
          <label className="utrecht-form-label" htmlFor="family-search">{t('families.searchLabel')}</label>
          <input id="family-search" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={q} onChange={(event) => setQ(event.target.value)} />
        </div>
        <div>
          <label className="utrecht-form-label" htmlFor="family-municipality">{t('families.filters.municipality')}</label>
          <input id="family-municipality" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={municipality}
            onChange={(event) => setMunicipality(event.target.value)} />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">{t('families.search')}</button>
      </form>
      <div className="rondom-filters__row" role="group" aria-label={t('families.filters.label')}>
        <div>
          <label className="utrecht-form-label" htmlFor="family-rule">{t('families.filters.rule')}</label>
          <select id="family-rule" className="utrecht-select utrecht-select--html-select" value={filter.rule} onChange={(event) => onChange({ ...filter, rule: event.target.value })}>
            <option value="">{t('families.filters.any')}</option>
            {rules.map((rule) => <option key={rule} value={rule}>{t(`alerts.rules.${rule}`)}</option>)}
          </select>
        </div>
        <div>
          <label className="utrecht-form-label" htmlFor="family-level">{t('families.filters.level')}</label>
          <select id="family-level" className="utrecht-select utrecht-select--html-select" value={filter.escalationLevel}
            onChange={(event) => onChange({ ...filter, escalationLevel: event.target.value })}>
            <option value="">{t('families.filters.any')}</option>
            {levels.map((level) => <option key={level} value={level}>{t(`escalation.${level}`)}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field utrecht-form-field--checkbox rondom-filters__check">
          <input id="family-mine" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={filter.mine}
            onChange={(event) => onChange({ ...filter, mine: event.target.checked })} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="family-mine">{t('families.filters.mine')}</label>
        </div>
      </div>
    </div>
  );
}
