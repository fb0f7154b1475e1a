import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Notice } from '../components/Notice.tsx';
import { Section } from '../components/Section.tsx';
import { AddedNotice } from './AddedNotice.tsx';
import { AddPersonForm, type PersonAdded } from './AddPersonForm.tsx';
import { ChildCard } from './ChildCard.tsx';
import type { FamilySectionProps } from './props.ts';

export function ChildrenSection({ family, can, onChanged }: FamilySectionProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState<string | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  const [added, setAdded] = useState<PersonAdded | null>(null);
  const onLeft = (name: string) => { setLeft(name); onChanged(); };
  const onHistoryRequested = (firstName: string) => { setRequested(firstName); onChanged(); };
  return (
    <Section id="children" title={t('family.sections.children')}>
      {left && <Notice message={t('ending.leaveDone', { name: left })} />}
      {requested && <Notice message={t('history.request.done', { name: requested })} />}
      {added && <AddedNotice added={added} />}
      {family.children.length === 0 ? (
        <div className="utrecht-alert utrecht-alert--warning"><p className="utrecht-paragraph">{t('children.none')}</p></div>
      ) : (
        <ul className="rondom-cards">
          {family.children.map((child) => <li key={child.id}><ChildCard child={child} family={family} can={can} onChanged={onChanged} onLeft={onLeft} onHistoryRequested={onHistoryRequested} /></li>)}
        </ul>
      )}
      {can.addPerson && (
        <Disclosure label={t('children.add')}>
          {(close) => <AddPersonForm householdId={family.id} kind="child" onAdded={(result) => { close(); setLeft(null); setAdded(result); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
