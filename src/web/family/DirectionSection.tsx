import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/Disclosure.tsx';
import { Section } from '../components/Section.tsx';
import { formatDate } from '../format.ts';
import { AssignDirectionForm, EndDirectionForm, HandoverForm } from './DirectionForms.tsx';
import { canEndDirection, type FamilySectionProps } from './props.ts';

/** Who leads this family, with the written mandate; how the direction passed from one to the next. */
export function DirectionSection({ family, can, onChanged }: FamilySectionProps) {
  const { t, i18n } = useTranslation();
  const r = family.regisseur;
  const history = family.directionHistory.filter((d) => d.until !== null).sort((a, b) => (b.since).localeCompare(a.since));
  // A handover closes one period at the moment the next begins; without a next one, the direction was ended.
  const handedOver = (d: { until: string | null }) => family.directionHistory.some((other) => other.since === d.until);
  return (
    <Section id="direction" title={t('family.sections.direction')}>
      {r ? (
        <div className="rondom-card rondom-regisseur" aria-labelledby="current-regisseur">
          <h3 id="current-regisseur" className="utrecht-heading-3">{t('direction.current')}: {r.name}</h3>
          <dl className="rondom-facts">
            {r.organisationName && <div><dt>{t('direction.organisation')}</dt><dd>{r.organisationName}</dd></div>}
            {r.kind === 'person' && <div><dt>{t('direction.familyMember')}</dt><dd>{t('direction.supportedBy', { name: r.supportedBy?.name ?? '' })}</dd></div>}
            <div><dt>{t('direction.since')}</dt><dd>{formatDate(r.since, i18n.language)}</dd></div>
            <div><dt>{t('direction.mandate')}</dt><dd className="rondom-pre">{r.mandate}</dd></div>
          </dl>
        </div>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning"><p className="utrecht-paragraph"><strong>{t('direction.none')}</strong> {t('direction.noneHelp')}</p></div>
      )}
      <div className="rondom-actions">
        {can.assignDirection && (
          <Disclosure label={t('direction.assign')}>
            {(close) => (
              <>
                {r && <p className="utrecht-paragraph">{t('direction.alreadyHint', { name: r.name })}</p>}
                <AssignDirectionForm family={family} onRefused={onChanged} onDone={() => { close(); onChanged(); }} />
              </>
            )}
          </Disclosure>
        )}
        {can.handOverDirection && r && (
          <Disclosure label={t('direction.handover')}>
            {(close) => <HandoverForm family={family} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
        {canEndDirection(can) && r && (
          <Disclosure label={t('direction.end')}>
            {(close) => <EndDirectionForm family={family} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
      </div>
      <h3 className="utrecht-heading-3">{t('direction.history')}</h3>
      {history.length === 0 ? <p className="utrecht-paragraph">{t('direction.noHistory')}</p> : (
        <ol className="rondom-timeline" aria-label={t('direction.history')}>
          {history.map((d) => (
            <li key={d.id} className="rondom-timeline__past">
              <strong>{d.name}</strong>{d.organisationName && <span className="rondom-muted"> ({d.organisationName})</span>}
              {' — '}{t('addresses.period', { from: formatDate(d.since, i18n.language), until: formatDate(d.until, i18n.language) })}
              <br />{t('direction.mandate')}: {d.mandate}
              {d.handoverNote && <><br />{handedOver(d) ? t('direction.handoverNote') : t('direction.endNote')}: {d.handoverNote}</>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
