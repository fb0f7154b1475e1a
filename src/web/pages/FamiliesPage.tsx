import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { FamilyFilters } from '../families/FamilyFilters.tsx';
import { FamilyListItem } from '../families/FamilyListItem.tsx';
import { FamilyTable } from '../families/FamilyTable.tsx';
import { NewFamilyForm } from '../families/NewFamilyForm.tsx';
import { noFilter, useFamilyPages, type FamilyFilter } from '../families/useFamilyPages.ts';
import { navigate, paths } from '../router.ts';

type View = 'cards' | 'table';
const viewKey = 'rondom.families.view';

/**
 * "Mijn gezinnen": every family I am involved in (a team lead: also the team's), what needs attention first —
 * the most severe open pattern, then a family without a regisseur or with a child nobody guards, then by
 * name — as cards or as a compact table, fifty at a time.
 */
export function FamiliesPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FamilyFilter>(noFilter);
  const [view, setView] = useState<View>(() => (localStorage.getItem(viewKey) === 'table' ? 'table' : 'cards'));
  const { families, hasMore, more, error, loading } = useFamilyPages(filter);
  const choose = (next: View) => { setView(next); localStorage.setItem(viewKey, next); };
  const filtered = filter.q !== '' || filter.municipality !== '' || filter.rule !== '' || filter.escalationLevel !== '' || filter.mine;
  const shown = families?.length ?? 0;

  return (
    <>
      <PageTitle documentTitle={t('families.title')}>{t('families.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('families.intro')}</p>
      <div className="rondom-toolbar">
        <FamilyFilters filter={filter} onChange={setFilter} />
        <Disclosure label={t('families.new')} primary>
          {() => <NewFamilyForm onCreated={(id) => navigate(paths.family(id))} />}
        </Disclosure>
      </div>
      {error && <ProblemAlert error={error} />}
      {!families ? <Loading /> : (
        <>
          <div className="rondom-list-head">
            <p className="utrecht-paragraph" role="status">
              {hasMore ? t('families.countMore', { count: shown }) : filtered ? t('families.countFiltered', { count: shown }) : t('families.count', { count: shown })}
            </p>
            <div className="utrecht-button-group" role="group" aria-label={t('families.view.label')}>
              <button type="button" className="utrecht-button utrecht-button--subtle" aria-pressed={view === 'cards'} onClick={() => choose('cards')}>{t('families.view.cards')}</button>
              <button type="button" className="utrecht-button utrecht-button--subtle" aria-pressed={view === 'table'} onClick={() => choose('table')}>{t('families.view.table')}</button>
            </div>
          </div>
          {view === 'table' ? <FamilyTable families={families} /> : (
            <ul className="rondom-family-list">
              {families.map((family) => <FamilyListItem key={family.id} family={family} />)}
            </ul>
          )}
          {hasMore && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={loading} onClick={() => void more()}>
              {loading ? t('families.loadingMore') : t('families.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
