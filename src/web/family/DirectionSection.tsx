import { useTranslation } from 'react-i18next';
import type { DirectionProposalView } from '../../api/contract.ts';
import { Disclosure } from '../components/Disclosure.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { useResource } from '../components/useResource.ts';
import { formatDate } from '../format.ts';
import type { DataList } from '../types.ts';
import { AssignDirectionForm, EndDirectionForm, HandoverForm } from './DirectionForms.tsx';
import { ProposalDecisionForm, ProposeHandoverForm } from './ProposalForms.tsx';
import type { FamilySectionProps } from './props.ts';

/**
 * Who leads this family, with the written mandate; how the direction passed from one to the next. Only the
 * regisseur (or their team lead) hands over or ends it; others propose a handover, which the regisseur or the
 * proposed person decides. The buttons follow what the server says this user may do.
 */
export function DirectionSection({ family, can, onChanged, version }: FamilySectionProps & { version: number }) {
  const { t, i18n } = useTranslation();
  const { data: proposals, error: proposalsError } = useResource<DataList<DirectionProposalView>>(`/households/${family.id}/direction/proposals`, version);
  const open = (proposals?.data ?? []).filter((p) => p.status === 'pending');
  const decided = (proposals?.data ?? []).filter((p) => p.status !== 'pending');
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
      {family.escalationLevel === 'compulsory' && <p className="utrecht-paragraph">{t('direction.measure')}</p>}
      {proposalsError && <ProblemAlert error={proposalsError} />}
      {open.length > 0 && (
        <>
          <h3 id="direction-proposals" className="utrecht-heading-3">{t('direction.proposals')}</h3>
          <ul className="utrecht-unordered-list" aria-labelledby="direction-proposals">
            {open.map((p) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                {t('direction.proposalLine', { by: p.proposedBy.name, to: p.to.name, date: formatDate(p.proposedAt, i18n.language) })}
                <br /><span className="rondom-pre">{p.note}</span>
                {p.can.accept || p.can.decline ? (
                  <Disclosure label={t('direction.decide')}>
                    {(close) => <ProposalDecisionForm householdId={family.id} proposal={p} onDone={() => { close(); onChanged(); }} />}
                  </Disclosure>
                ) : <><br /><span className="rondom-muted">{t('direction.waiting', { name: p.to.name })}</span></>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="rondom-actions">
        {can.assignDirection && !r && (
          <Disclosure label={t('direction.assign')}>
            {(close) => <AssignDirectionForm family={family} onRefused={onChanged} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
        {can.handOverDirection && r && (
          <Disclosure label={t('direction.handover')}>
            {(close) => <HandoverForm family={family} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
        {can.endDirection && r && (
          <Disclosure label={t('direction.end')}>
            {(close) => <EndDirectionForm family={family} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
        {can.proposeHandover && r && (
          <Disclosure label={t('direction.propose')}>
            {(close) => <ProposeHandoverForm family={family} onDone={() => { close(); onChanged(); }} />}
          </Disclosure>
        )}
      </div>
      {decided.length > 0 && (
        <details className="rondom-details">
          <summary>{t('direction.earlierProposals')}</summary>
          <ul className="utrecht-unordered-list">
            {decided.map((p) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                {t('direction.proposalLine', { by: p.proposedBy.name, to: p.to.name, date: formatDate(p.proposedAt, i18n.language) })}
                {' — '}{t(`direction.status.${p.status}`)}{p.decided?.by ? ` (${p.decided.by})` : ''}
                {p.decided?.note && <><br /><span className="rondom-pre">{p.decided.note}</span></>}
              </li>
            ))}
          </ul>
        </details>
      )}
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
