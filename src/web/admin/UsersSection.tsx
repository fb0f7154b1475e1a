import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { useSessionUser } from '../session.ts';
import type { AccountView, DataList, Organisation } from '../types.ts';
import { AccountRow } from './AccountRow.tsx';
import { activationText } from './accountState.ts';
import { ActionResult } from './ActionResult.tsx';
import { UserForm } from './UserForm.tsx';

const columns = ['name', 'email', 'organisation', 'team', 'roles', 'status', 'secondFactor', 'actions'] as const;

export function UsersSection({ organisations }: { organisations: Organisation[] }) {
  const { t, i18n } = useTranslation();
  const me = useSessionUser();
  const users = useResource<DataList<AccountView>>('/users');
  const [created, setCreated] = useState<string | null>(null);
  const list = users.data?.data ?? [];
  return (
    <Section id="users" title={t('admin.users')}>
      {created && <ActionResult message={created} />}
      <Disclosure label={t('admin.newUser')}>
        {(close) => (
          <UserForm organisations={organisations} onCreated={(result) => {
            setCreated(`${t('admin.created', { name: result.data.name })} ${activationText(t, i18n.language, result.activation, result.data)}`);
            close();
            users.reload();
          }} />
        )}
      </Disclosure>
      {users.error && <ProblemAlert error={users.error} />}
      <div className="utrecht-table-container rondom-table-wrap">
        <table className="utrecht-table utrecht-table--html-table rondom-accounts">
          <caption className="utrecht-table__caption">{t('admin.usersCaption', { count: list.length })}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{t(`admin.userColumns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {list.map((account) => (
              <AccountRow key={account.id} account={account} organisation={organisations.find((o) => o.id === account.organisationId)}
                self={account.id === me.id} columns={columns.length} onChanged={users.reload} />
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
