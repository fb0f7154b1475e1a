import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/Fields.tsx';
import type { HolderOption } from './holders.ts';

export function HolderSelect({ name, label, options, value, onChange }: { name: string; label: string; options: HolderOption[]; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const groups = (['professional', 'family'] as const).map((group) => ({ group, items: options.filter((o) => o.group === group) })).filter((g) => g.items.length > 0);
  return (
    <SelectField name={name} label={label} description={t('direction.holderHelp')} required value={value} onChange={onChange}>
      <option value="">{t('form.choose')}</option>
      {groups.map(({ group, items }) => (
        <optgroup key={group} label={t(`direction.groups.${group}`)}>
          {items.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </optgroup>
      ))}
    </SelectField>
  );
}
