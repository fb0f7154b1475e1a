import { useTranslation } from 'react-i18next';
import { roles } from '../../domain/roles.ts';
import { ChoiceGroup } from '../components/Choices.tsx';

export function RoleChoices({ selected, onChange }: { selected: string[]; onChange: (roles: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup name="roles" legend={t('admin.user.roles')} type="checkbox" selected={selected} onChange={onChange}
      options={roles.map((r) => ({ value: r, label: t(`role.${r}`), description: t(`roleHelp.${r}`) }))} />
  );
}
