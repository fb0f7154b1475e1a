import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { NetworkForm } from './NetworkForm.tsx';
import { NetworkPicture } from './NetworkPicture.tsx';
import { activeNetwork, type FamilySectionProps } from './props.ts';

/** The informal network — grandmother, neighbour, coach — and what each of them does. */
export function NetworkSection({ family, can, onChanged }: FamilySectionProps) {
  const { t } = useTranslation();
  const network = activeNetwork(family);
  return (
    <Section id="network" title={t('family.sections.network')}>
      {network.length === 0 ? (
        <p className="utrecht-paragraph">{t('network.none')}</p>
      ) : (
        <ul className="rondom-cards">
          {network.map((member) => (
            <li key={member.id} className="rondom-card">
              <h3 className="utrecht-heading-4">{member.name} <span className="rondom-muted">({member.relation})</span></h3>
              {member.doesWhat && <p className="utrecht-paragraph">{member.doesWhat}</p>}
              {member.contact && <p className="utrecht-paragraph rondom-muted">{t('network.contact')}: {member.contact}</p>}
            </li>
          ))}
        </ul>
      )}
      {can.addNetwork && (
        <Disclosure label={t('network.add')}>
          {(close) => <NetworkForm householdId={family.id} onAdded={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
      <NetworkPicture family={family} />
    </Section>
  );
}
