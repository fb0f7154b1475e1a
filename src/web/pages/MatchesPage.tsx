import { useTranslation } from 'react-i18next';
import type { HouseholdListItem, MatchView } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDate } from '../format.ts';
import { paths } from '../router.ts';
import { useSessionUser } from '../session.ts';
import { CoordinateForm } from '../signals/CoordinateForm.tsx';
import type { DataList } from '../types.ts';

/**
 * "Matches": another organisation has a concern about the same person (or a sibling). Only who and how
 * to reach them — never what they registered, and no access to their family. One card per child and other
 * professional; matches through a brother or sister with the same professional are listed on that card.
 */
export function MatchesPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useResource<DataList<MatchView>>('/matches');
  // My own families, to say which of my families and children a match is about.
  const mine = useResource<DataList<HouseholdListItem>>('/households');
  const matches = data?.data ?? [];
  return (
    <>
      <PageTitle documentTitle={t('matches.title')}>{t('matches.title')}</PageTitle>
      <p className="utrecht-paragraph rondom-lead">{t('matches.intro')}</p>
      {error && <ProblemAlert error={error} />}
      {!data && !error ? <Loading /> : data && (
        <>
          <p className="utrecht-paragraph" role="status">{matches.length === 0 ? t('matches.none') : t('matches.count', { count: matches.length })}</p>
          <ul className="rondom-cards rondom-cards--wide">
            {matches.map((match, index) => <MatchCard key={match.id} match={match} number={index + 1} families={mine.data?.data ?? []} onChanged={reload} />)}
          </ul>
        </>
      )}
    </>
  );
}

function MatchCard({ match, number, families, onChanged }: { match: MatchView; number: number; families: HouseholdListItem[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const { other } = match;
  const family = families.find((f) => f.id === match.mine.householdId);
  const child = family?.children.find((c) => c.id === match.mine.personId);
  const headingId = `match-${match.id}`;
  return (
    <li className="rondom-card rondom-match">
      <h2 id={headingId} className="utrecht-heading-3">{other.name} <span className="rondom-muted">· {other.organisationName}</span></h2>
      <dl className="rondom-facts">
        <div><dt>{t('matches.organisation')}</dt><dd>{other.organisationName} <span className="rondom-muted">({t(`organisationKind.${other.organisationKind}`, { defaultValue: other.organisationKind })})</span></dd></div>
        <div>
          <dt>{t('matches.contact')}</dt>
          <dd>
            <a className="utrecht-link" href={`mailto:${other.email}`}>{other.email}</a>
            {other.phone && <><br /><a className="utrecht-link" href={`tel:${other.phone}`}>{other.phone}</a></>}
            {other.organisationPhone && <><br /><span className="rondom-muted">{t('matches.organisationPhone')}: </span><a className="utrecht-link" href={`tel:${other.organisationPhone}`}>{other.organisationPhone}</a></>}
          </dd>
        </div>
        <div><dt>{t('matches.since')}</dt><dd>{formatDate(match.since, i18n.language)}</dd></div>
        <div><dt>{t('matches.basis')}</dt><dd>{t(`matches.basisKind.${match.basis}`)}</dd></div>
        {match.folded.length > 0 && (
          <div>
            <dt>{t('matches.folded')}</dt>
            <dd>
              <ul className="utrecht-unordered-list">
                {match.folded.map((folded) => <li key={folded.id}>{t(`matches.foldedKind.${folded.basis}`, { date: formatDate(folded.since, i18n.language) })}</li>)}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('matches.about')}</dt>
          <dd>
            {family ? <Link href={paths.family(family.id)}>{child ? t('matches.aboutChild', { child: child.firstName, family: family.name }) : family.name}</Link> : t('matches.aboutUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('matches.status')}</dt>
          <dd>
            {match.coordinatedAt && match.centralContact ? (
              <><span className="rondom-badge rondom-badge--ok">{t('matches.coordinated')}</span>{' '}
                {t('matches.centralContact', {
                  name: match.centralContact.userId === user.id ? t('matches.you') : match.centralContact.name,
                  date: formatDate(match.coordinatedAt, i18n.language),
                })}</>
            ) : <span className="rondom-badge rondom-badge--warning">{t('matches.notCoordinated')}</span>}
          </dd>
        </div>
      </dl>
      <Disclosure label={t('matches.coordinate')}>
        {(close) => <CoordinateForm match={match} label={t('matches.coordinateLabel', { name: other.name, number })} onDone={() => { close(); onChanged(); }} />}
      </Disclosure>
    </li>
  );
}
