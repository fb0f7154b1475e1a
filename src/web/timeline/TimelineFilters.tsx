import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../api/contract.ts';
import { signalGroups } from '../signals/vocabulary.ts';
import { typeChoices, type TimelineFilter, type TypeChoice } from './filters.ts';

/** Narrow the timeline by what happened, by kind of signal and by person; the list follows at once. */
export function TimelineFilters({ filter, onChange, persons }: { filter: TimelineFilter; onChange: (filter: TimelineFilter) => void; persons?: PersonView[] }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const select = (name: string, label: string, value: string, change: (value: string) => void, options: Array<[string, string]>) => (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={`${id}-${name}`}>{label}</label></div>
      <div className="utrecht-form-field__input">
        <select id={`${id}-${name}`} value={value} className="utrecht-select utrecht-select--html-select" onChange={(event) => change(event.target.value)}>
          <option value="">{t('timeline.filter.all')}</option>
          {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
        </select>
      </div>
    </div>
  );
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rondom-filters">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('timeline.filter.legend')}</legend>
      {select('type', t('timeline.filter.type'), filter.type, (type) => onChange({ ...filter, type: type as TypeChoice | '', group: type === 'signal' || type === '' ? filter.group : '' }),
        (Object.keys(typeChoices) as TypeChoice[]).map((type) => [type, t(`timeline.filter.types.${type}`)]))}
      {select('group', t('timeline.filter.group'), filter.group, (group) => onChange({ ...filter, group, type: group ? 'signal' : filter.type }),
        signalGroups.map((group) => [group, t(`signal.groups.${group}`)]))}
      {persons && persons.length > 0 && select('person', t('timeline.filter.person'), filter.personId, (personId) => onChange({ ...filter, personId }),
        persons.map((person) => [person.id, `${person.firstName} ${person.lastName}`]))}
    </fieldset>
  );
}
