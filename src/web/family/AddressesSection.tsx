import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { formatDate } from '../format.ts';
import { MoveForm } from './MoveForm.tsx';
import { canChangeFamily, type FamilySectionProps } from './props.ts';

/** Where the family lived, newest first. Moves matter (care avoidance): nothing is overwritten. */
export function AddressesSection({ family, can, onChanged }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  const addresses = [...family.addresses].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Section id="addresses" title={t('family.sections.addresses')}>
      {addresses.length === 0 ? <p className="utrecht-paragraph">{t('addresses.none')}</p> : (
        <ol className="rondom-timeline">
          {addresses.map((a) => (
            <li key={a.id} className={a.validUntil ? 'rondom-timeline__past' : 'rondom-timeline__current'}>
              <strong>{a.street}, {a.postcode ? `${a.postcode} ` : ''}{a.city}</strong> <span className="rondom-muted">({a.municipality})</span>
              <br />
              {a.validUntil
                ? t('addresses.period', { from: formatDate(a.validFrom, i18n.language), until: formatDate(a.validUntil, i18n.language) })
                : t('addresses.current', { from: formatDate(a.validFrom, i18n.language) })}
            </li>
          ))}
        </ol>
      )}
      {canChangeFamily(can) && (
        <Disclosure label={t('addresses.move')}>
          {(close) => <MoveForm householdId={family.id} municipality={family.municipality} onMoved={() => { close(); onChanged(); }} />}
        </Disclosure>
      )}
    </Section>
  );
}
