import { useTranslation } from 'react-i18next';
import type { HouseholdAbilities, HouseholdDetail, PersonView } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { Link } from '../components/Link.tsx';
import { ageText, formatDate } from '../format.ts';
import { paths } from '../router.ts';
import { GuardianForm } from './GuardianForm.tsx';
import { HistoryRequestForm } from './history/HistoryRequestForm.tsx';
import { LeaveForm } from './LeaveForm.tsx';
import { canChangeFamily, canRecordLeaving } from './props.ts';

/** One child: who they are, and — most important — who guards their safety. */
export function ChildCard({ child, family, can, onChanged, onLeft, onHistoryRequested }: {
  child: PersonView; family: HouseholdDetail; can: HouseholdAbilities; onChanged: () => void; onLeft: (name: string) => void;
  onHistoryRequested: (firstName: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <article className="rondom-card rondom-child" aria-labelledby={`child-${child.id}`}>
      <h3 id={`child-${child.id}`} className="utrecht-heading-3">{child.firstName} {child.lastName}</h3>
      <dl className="rondom-facts">
        <div><dt>{t('children.age')}</dt><dd>{ageText(t, child)} <span className="rondom-muted">({formatDate(child.birthDate, i18n.language)})</span></dd></div>
        <div><dt>{t('children.school')}</dt><dd>{child.school || <span className="rondom-muted">{t('children.noSchool')}</span>}</dd></div>
        {child.bsnLast3 && (
          <div><dt>{t('children.bsn')}</dt><dd><span aria-hidden="true">•••••• {child.bsnLast3}</span><span className="rondom-visually-hidden">{t('children.bsnEnding', { digits: child.bsnLast3 })}</span></dd></div>
        )}
      </dl>
      <p className="utrecht-paragraph"><Link href={paths.person(family.id, child.id)}>{t('children.timeline', { name: child.firstName })}</Link></p>
      <h4 className="utrecht-heading-4">{t('children.guardians')}</h4>
      {child.guardians.length === 0 ? (
        <p className="utrecht-paragraph"><span className="rondom-badge rondom-badge--danger">{t('children.noGuardian', { name: child.firstName })}</span></p>
      ) : (
        <ul className="utrecht-unordered-list">
          {child.guardians.map((guardian) => (
            <li key={guardian.id} className="utrecht-unordered-list__item">
              {guardian.name} <span className="rondom-muted">({guardian.detail || t(`guardianKind.${guardian.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      {canChangeFamily(can) && (
        <Disclosure label={t('children.addGuardian', { name: child.firstName })}>
          {(close) => <GuardianForm family={family} child={child} onAdded={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
      {can.requestHistory && (
        <Disclosure label={t('history.request.open', { name: child.firstName })}>
          {(close) => <HistoryRequestForm householdId={family.id} child={child} onRequested={() => { close(); onHistoryRequested(child.firstName); }} />}
        </Disclosure>
      )}
      {canRecordLeaving(can) && (
        <Disclosure label={t('ending.leave')}>
          {(close) => <LeaveForm householdId={family.id} person={child} onLeft={() => { close(); onLeft(`${child.firstName} ${child.lastName}`); }} />}
        </Disclosure>
      )}
    </article>
  );
}
