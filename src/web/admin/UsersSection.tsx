import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import type { CreatedUser, DataList, DirectoryUser, Organisation } from '../types.ts';
import { TotpNotice } from './TotpNotice.tsx';
import { UserForm } from './UserForm.tsx';

export function UsersSection({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const users = useResource<DataList<DirectoryUser>>('/users');
  const [created, setCreated] = useState<(CreatedUser & { email: string }) | null>(null);
  const list = users.data?.data ?? [];
  return (
    <Section id="users" title={t('admin.users')}>
      {created && <TotpNotice created={created} onDismiss={() => setCreated(null)} />}
      <Disclosure label={t('admin.newUser')}>
        {(close) => <UserForm organisations={organisations} onCreated={(result) => { setCreated(result); close(); users.reload(); }} />}
      </Disclosure>
      <div className="utrecht-table-container rondom-table-wrap">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">{t('admin.usersCaption', { count: list.length })}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(['name', 'email', 'organisation', 'roles', 'status'] as const).map((c) => <th key={c} scope="col" className="utrecht-table__header-cell">{t(`admin.userColumns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {list.map((u) => (
              <tr key={u.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{u.name}</th>
                <td className="utrecht-table__cell">{u.email}</td>
                <td className="utrecht-table__cell">{u.organisationName}</td>
                <td className="utrecht-table__cell">{(u.roles ?? []).map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</td>
                <td className="utrecht-table__cell">{u.disabled ? t('admin.disabled') : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? t('admin.locked') : t('admin.active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
