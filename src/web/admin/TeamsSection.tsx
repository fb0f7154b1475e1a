import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { Notice } from '../components/Notice.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import type { Organisation } from '../types.ts';

interface TeamRow { id: string; name: string; active: boolean; organisationName: string }

/**
 * Every team with its organisation: rename it, take it out of use once nobody is in it (the server says
 * how many are), and put it back in use. A team is never deleted: the log refers to it.
 */
export function TeamsSection({ organisations, onChanged }: { organisations: Organisation[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ teamId: string; error: ApiError } | null>(null);
  const teams: TeamRow[] = organisations.flatMap((o) => o.teams.map((team) => ({ ...team, organisationName: o.name })));
  if (teams.length === 0) return null;

  const setActive = async (team: TeamRow, active: boolean) => {
    setNotice(null);
    setProblem(null);
    try {
      await api('PATCH', `/teams/${team.id}`, { active });
      setNotice(t(active ? 'admin.teams.reactivated' : 'admin.teams.deactivated', { name: team.name }));
      onChanged();
    } catch (error) {
      setProblem({ teamId: team.id, error: error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error)) });
    }
  };

  return (
    <Section id="teams" title={t('admin.teams.title')}>
      <p className="utrecht-paragraph">{t('admin.teams.intro')}</p>
      {notice && <Notice message={notice} />}
      <ul className="rondom-cards rondom-cards--wide">
        {teams.map((team) => (
          <li key={team.id} className="rondom-card">
            <h3 className="utrecht-heading-4">{team.name}</h3>
            <p className="utrecht-paragraph rondom-muted">
              {team.organisationName} · {team.active ? t('admin.teams.inUse') : t('admin.teams.outOfUse')}
            </p>
            {problem?.teamId === team.id && <ProblemAlert error={problem.error} />}
            <div className="utrecht-button-group">
              <Disclosure label={t('admin.teams.rename', { name: team.name })}>
                {(close) => <RenameTeamForm team={team} onSaved={(name) => { close(); setNotice(t('admin.teams.renamed', { name })); onChanged(); }} />}
              </Disclosure>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void setActive(team, !team.active)}>
                {team.active ? t('admin.teams.deactivate', { name: team.name }) : t('admin.teams.reactivate', { name: team.name })}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function RenameTeamForm({ team, onSaved }: { team: TeamRow; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(team.name);
  const label = t('admin.teams.name');
  return (
    <Form label={t('admin.teams.renameLabel', { name: team.name })} submitLabel={t('admin.teams.save')} fieldLabels={{ name: label }}
      validate={() => requireFields(t, [['name', name, label, t('admin.teams.nameMissing')]])}
      onSubmit={async () => { await api('PATCH', `/teams/${team.id}`, { name: name.trim() }); onSaved(name.trim()); }}>
      <TextField name="name" label={label} required value={name} onChange={setName} autoComplete="off" />
    </Form>
  );
}
