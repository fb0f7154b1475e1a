import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdListItem } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { FamilyListItem } from '../families/FamilyListItem.tsx';
import { NewFamilyForm } from '../families/NewFamilyForm.tsx';
import { navigate, paths } from '../router.ts';
import type { DataList } from '../types.ts';

/** "Mijn gezinnen": every family I am involved in, children first, with what still needs an answer. */
export function FamiliesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const { data, error, loading } = useResource<DataList<HouseholdListItem>>(`/households${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  const families = data?.data ?? [];

  return (
    <>
      <PageTitle documentTitle={t('families.title')}>{t('families.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('families.intro')}</p>
      <div className="rondom-toolbar">
        <div className="rondom-search">
          <form role="search" aria-label={t('families.searchLabel')} onSubmit={(event) => { event.preventDefault(); setQuery(search.trim()); }}>
            <label className="utrecht-form-label" htmlFor="family-search">{t('families.searchLabel')}</label>
            <div className="rondom-search__row">
              <input id="family-search" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={search}
                onChange={(event) => setSearch(event.target.value)} />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">{t('families.search')}</button>
            </div>
          </form>
        </div>
        <Disclosure label={t('families.new')} primary>
          {() => <NewFamilyForm onCreated={(id) => navigate(paths.family(id))} />}
        </Disclosure>
      </div>
      {error && <ProblemAlert error={error} />}
      {loading && !data ? <Loading /> : (
        <>
          <p className="utrecht-paragraph" role="status">
            {query ? t('families.countSearch', { count: families.length, query }) : t('families.count', { count: families.length })}
          </p>
          <ul className="rondom-family-list">
            {families.map((family) => <FamilyListItem key={family.id} family={family} />)}
          </ul>
        </>
      )}
    </>
  );
}
