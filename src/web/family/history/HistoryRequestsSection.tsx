import { useTranslation } from 'react-i18next';
import type { HouseholdDetail, IncomingHistoryRequestView, OutgoingHistoryRequestView } from '../../../api/contract.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useResource } from '../../components/useResource.ts';
import { formatDate } from '../../format.ts';
import { DecisionForm } from './DecisionForm.tsx';

interface HistoryRequests {
  data: { incoming: IncomingHistoryRequestView[]; outgoing: OutgoingHistoryRequestView[] };
  can: { decide: boolean };
}

/**
 * Requests for this family's earlier records about a child (the regisseur decides), and this family's own
 * requests with their answers. Shown only when there is one.
 */
export function HistoryRequestsSection({ family, version, onChanged }: { family: HouseholdDetail; version: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useResource<HistoryRequests>(`/households/${family.id}/history-requests`, version);
  if (error) return <ProblemAlert error={error} />;
  if (!data || (data.data.incoming.length === 0 && data.data.outgoing.length === 0)) return null;
  const pending = data.data.incoming.filter((r) => r.status === 'pending');
  const decided = data.data.incoming.filter((r) => r.status !== 'pending');
  const personName = (personId: string) => {
    const person = [...family.children, ...family.adults, ...family.formerMembers].find((p) => p.id === personId);
    return person ? `${person.firstName} ${person.lastName}` : t('history.someone');
  };
  return (
    <Section id="history" title={t('family.sections.history')}>
      {pending.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('history.incoming.title', { count: pending.length })}</h3>
          {!data.can.decide && (
            <p className="utrecht-paragraph">{family.regisseur ? t('history.incoming.regisseurDecides', { name: family.regisseur.name }) : t('history.incoming.noRegisseur')}</p>
          )}
          <ul className="rondom-list-plain">
            {pending.map((request) => (
              <li key={request.id} className="rondom-card">
                <IncomingRequest request={request} />
                {data.can.decide && (
                  <Disclosure label={t('history.decide.open', { name: request.child.firstName })}>
                    {(close) => <DecisionForm householdId={family.id} request={request} onDecided={() => { close(); reload(); onChanged(); }} />}
                  </Disclosure>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.data.outgoing.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('history.outgoing.title')}</h3>
          <ul className="utrecht-unordered-list">
            {data.data.outgoing.map((request) => <OutgoingRequest key={request.batchId} request={request} name={personName(request.personId)} />)}
          </ul>
        </>
      )}
      {decided.length > 0 && (
        <Disclosure label={t('history.incoming.decided', { count: decided.length })}>
          {() => (
            <ul className="utrecht-unordered-list">
              {decided.map((request) => (
                <li key={request.id} className="utrecht-unordered-list__item">
                  {t(`history.status.${request.status}`)}: {request.child.firstName} {request.child.lastName}, {request.requester.name} ({request.requester.organisationName})
                  {request.decision && <> — {request.decision.by}, {formatDate(request.decision.at.slice(0, 10), i18n.language)}: “{request.decision.note}”</>}
                </li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
    </Section>
  );
}

function IncomingRequest({ request }: { request: IncomingHistoryRequestView }) {
  const { t, i18n } = useTranslation();
  const { child, entered, requester } = request;
  const sameName = `${entered.firstName} ${entered.lastName}`.toLowerCase() === `${child.firstName} ${child.lastName}`.toLowerCase();
  return (
    <>
      <h4 className="utrecht-heading-4">{t('history.incoming.about', { name: `${child.firstName} ${child.lastName}` })}</h4>
      <dl className="rondom-facts">
        <div><dt>{t('history.incoming.asks')}</dt><dd>{requester.name}, {requester.organisationName} ({t('history.incoming.inMunicipality', { municipality: request.askingMunicipality })})</dd></div>
        <div><dt>{t('history.incoming.contact')}</dt><dd>{[requester.email, requester.phone, requester.organisationPhone].filter(Boolean).join(' · ')}</dd></div>
        <div><dt>{t('history.incoming.when')}</dt><dd>{formatDate(request.requestedAt.slice(0, 10), i18n.language)}</dd></div>
        <div><dt>{t('history.incoming.reason')}</dt><dd>{request.reason}</dd></div>
        <div>
          <dt>{t('history.incoming.entered')}</dt>
          <dd>
            {entered.firstName} {entered.lastName}, {formatDate(entered.birthDate, i18n.language)}
            {' — '}{sameName && entered.birthDate === child.birthDate ? t('history.incoming.sameNameAndBirth') : <strong>{t('history.incoming.differs')}</strong>}
            {', '}{entered.bsnMatches ? t('history.incoming.bsnMatches') : t('history.incoming.noBsn')}
          </dd>
        </div>
        <div><dt>{t('history.incoming.goesAlong')}</dt><dd>{child.leftOn ? t('history.incoming.untilLeft', { date: formatDate(child.leftOn, i18n.language) }) : t('history.incoming.untilToday')}</dd></div>
      </dl>
      <p className="utrecht-paragraph">{t('history.incoming.checkFirst', { name: requester.name })}</p>
    </>
  );
}

function OutgoingRequest({ request, name }: { request: OutgoingHistoryRequestView; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="utrecht-unordered-list__item">
      <strong>{name}</strong>: {t('history.outgoing.asked', { date: formatDate(request.requestedAt.slice(0, 10), i18n.language), by: request.requestedBy })}
      {' — '}<span className={`rondom-badge rondom-badge--${request.status === 'accepted' ? 'ok' : request.status === 'declined' ? 'warning' : 'neutral'}`}>{t(`history.status.${request.status}`)}</span>
      {request.answers.length > 0 && (
        <ul className="utrecht-unordered-list">
          {request.answers.map((answer, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {t(`history.outgoing.${answer.status}`, { by: answer.by, organisation: answer.organisationName, date: formatDate(answer.at.slice(0, 10), i18n.language) })}: “{answer.note}”
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
