import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { Link } from '../components/Link.tsx';
import { formatDate } from '../format.ts';
import { paths } from '../router.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import type { FamilySectionProps } from './props.ts';

export function AdultsSection({ family, can, onChanged }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <Section id="adults" title={t('family.sections.adults')}>
      {family.adults.length === 0 ? <p className="utrecht-paragraph">{t('adults.none')}</p> : (
        <ul className="rondom-cards">
          {family.adults.map((adult) => (
            <li key={adult.id} className="rondom-card">
              <h3 className="utrecht-heading-4">{adult.firstName} {adult.lastName}</h3>
              <p className="utrecht-paragraph">
                {t(`personRole.${adult.role}`, { defaultValue: adult.role })}{adult.relation && ` · ${adult.relation}`} · {t('children.years', { count: adult.age })}
                {adult.bsnLast3 && <> · {t('children.bsn')} <span aria-hidden="true">•••••• {adult.bsnLast3}</span><span className="rondom-visually-hidden">{t('children.bsnEnding', { digits: adult.bsnLast3 })}</span></>}
              </p>
              <p className="utrecht-paragraph"><Link href={paths.person(family.id, adult.id)}>{t('children.timeline', { name: adult.firstName })}</Link></p>
            </li>
          ))}
        </ul>
      )}
      {family.formerMembers.length > 0 && (
        <>
          <h3 className="utrecht-heading-4">{t('adults.former')}</h3>
          <ul className="utrecht-unordered-list">
            {family.formerMembers.map((p) => (
              <li key={p.memberId} className="utrecht-unordered-list__item">
                {p.firstName} {p.lastName} — {t('adults.until', { date: formatDate(p.until, i18n.language) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {can.addPerson && (
        <Disclosure label={t('adults.add')}>
          {(close) => <AddPersonForm householdId={family.id} kind="adult" onAdded={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
