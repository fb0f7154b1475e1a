import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../api/contract.ts';
import { post } from '../api.ts';
import { ChoiceGroup } from '../components/Choices.tsx';
import { Form } from '../components/Form.tsx';
import { useSessionUser } from '../session.ts';

/** Agree with the other professional who is the central contact; saving marks the match as coordinated. */
export function CoordinateForm({ match, label, onDone }: { match: MatchView; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [chosen, setChosen] = useState<string[]>(match.centralContact ? [match.centralContact.userId] : []);
  const legend = t('matches.who');
  return (
    <Form label={label} submitLabel={t('matches.coordinateSubmit')} fieldLabels={{ centralContactUserId: legend }}
      validate={() => (chosen.length === 0 ? [{ path: 'centralContactUserId', message: t('matches.choose') }] : [])}
      onSubmit={async () => { await post(`/matches/${match.id}/coordinate`, { centralContactUserId: chosen[0] }); onDone(); }}>
      <ChoiceGroup name="centralContactUserId" legend={legend} type="radio" selected={chosen} onChange={setChosen}
        options={[
          { value: user.id, label: t('matches.me', { name: user.name }), description: user.organisationName },
          { value: match.other.userId, label: match.other.name, description: match.other.organisationName },
        ]} />
    </Form>
  );
}
