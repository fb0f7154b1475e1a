import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/Fields.tsx';
import type { Organisation } from '../types.ts';

/** The optional team within the account's organisation; absent when the organisation has no teams. */
export function TeamSelect({ organisation, value, onChange }: { organisation: Organisation | undefined; value: string; onChange: (teamId: string) => void }) {
  const { t } = useTranslation();
  const teams = organisation?.teams.filter((team) => team.active || team.id === value) ?? [];
  if (teams.length === 0) return null;
  return (
    <SelectField name="teamId" label={t('admin.user.team')} description={t('admin.user.teamHelp')} value={value} onChange={onChange}>
      <option value="">{t('admin.user.noTeam')}</option>
      {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
    </SelectField>
  );
}
