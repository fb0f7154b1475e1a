import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { Section } from '../components/Section.tsx';
import { paths } from '../router.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import { LeaveForm } from './LeaveForm.tsx';
import { canRecordLeaving, type FamilySectionProps } from './props.ts';

export function AdultsSection({ family, can, onChanged }: FamilySectionProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState<string | null>(null);
  return (
    <Section id="adults" title={t('family.sections.adults')}>
      {left && <Notice message={t('ending.leaveDone', { name: left })} />}
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
              {canRecordLeaving(can) && (
                <Disclosure label={t('ending.leave')}>
                  {(close) => <LeaveForm householdId={family.id} person={adult} onLeft={() => { close(); setLeft(`${adult.firstName} ${adult.lastName}`); onChanged(); }} />}
                </Disclosure>
              )}
            </li>
          ))}
        </ul>
      )}
      {can.addPerson && (
        <Disclosure label={t('adults.add')}>
          {(close) => <AddPersonForm householdId={family.id} kind="adult" onAdded={() => { close(); setLeft(null); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
