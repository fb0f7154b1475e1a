import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '../../api/contract.ts';
import { post } from '../api.ts';
import { CheckboxField } from '../components/Checkbox.tsx';
import { ChoiceGroup } from '../components/Choices.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { today } from '../format.ts';
import { inLanguage, membersChildrenFirst, severities, signalGroups, useSignalKinds } from './vocabulary.ts';

export interface SignalSaved { id: string; newAlerts: number; newMatches: number }

/**
 * Register a signal in under a minute: who, what, when, how serious, and a short restricted note.
 * Extra questions appear only for the kinds that need them (a move, help ended, child and adult signals).
 */
export function SignalForm({ family, onOpened, onSaved }: { family: HouseholdDetail; onOpened?: () => void; onSaved: (saved: SignalSaved) => void }) {
  const { t, i18n } = useTranslation();
  useEffect(() => { onOpened?.(); }, [onOpened]);
  const { kinds, error } = useSignalKinds();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [kind, setKind] = useState('');
  const [observedAt, setObservedAt] = useState(today());
  const [severity, setSeverity] = useState<string[]>(['medium']);
  const [note, setNote] = useState('');
  const [fromMunicipality, setFromMunicipality] = useState(family.municipality);
  const [toMunicipality, setToMunicipality] = useState('');
  const [endedBy, setEndedBy] = useState<string[]>([]);
  const [childSeenAndHeard, setChildSeenAndHeard] = useState(false);
  const [kindcheckAnswered, setKindcheckAnswered] = useState(false);
  const group = kinds.find((entry) => entry.code === kind)?.group;
  const labels = {
    personIds: t('signal.persons'), kind: t('signal.kind'), observedAt: t('signal.observedAt'), note: t('signal.note'),
    'details.fromMunicipality': t('signal.fromMunicipality'), 'details.toMunicipality': t('signal.toMunicipality'), 'details.endedBy': t('signal.endedBy'),
  };

  const chooseKind = (code: string) => {
    setKind(code);
    // Telling something about home means the child itself was heard; the professional can still say otherwise.
    setChildSeenAndHeard(code === 'child_disclosure');
    setKindcheckAnswered(false);
  };
  const validate = () => [
    ...(personIds.length === 0 ? [{ path: 'personIds', message: t('signal.choosePersons') }] : []),
    ...(kind === '' ? [{ path: 'kind', message: t('signal.chooseKind') }] : []),
    ...requireFields(t, [['observedAt', observedAt, labels.observedAt]]),
    ...(observedAt > today() ? [{ path: 'observedAt', message: t('fieldErrors.observedAt') }] : []),
    ...(kind === 'help_ended' && endedBy.length === 0 ? [{ path: 'details.endedBy', message: t('signal.chooseEndedBy') }] : []),
  ];
  const submit = async () => {
    const details = {
      ...(kind === 'move' && fromMunicipality.trim() ? { fromMunicipality: fromMunicipality.trim() } : {}),
      ...(kind === 'move' && toMunicipality.trim() ? { toMunicipality: toMunicipality.trim() } : {}),
      ...(kind === 'help_ended' && endedBy[0] ? { endedBy: endedBy[0] } : {}),
      ...(group === 'child' ? { childSeenAndHeard } : {}),
      ...(group === 'adult' ? { kindcheckAnswered } : {}),
    };
    const saved = await post<SignalSaved>(`/households/${family.id}/signals`, {
      personIds, kind, observedAt, severity: severity[0] ?? 'medium',
      ...(note.trim() ? { note: note.trim() } : {}), ...(Object.keys(details).length > 0 ? { details } : {}),
    });
    onSaved(saved);
  };

  if (error) return <ProblemAlert error={error} />;
  const persons = membersChildrenFirst(family);
  return (
    <Form label={t('signal.title')} submitLabel={t('signal.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
      <ChoiceGroup name="personIds" legend={labels.personIds} type="checkbox" selected={personIds} onChange={setPersonIds}
        options={persons.map((person) => ({
          value: person.id, label: `${person.firstName} ${person.lastName}`,
          description: person.role === 'child' ? t('signal.childAge', { count: person.age }) : t(`personRole.${person.role}`, { defaultValue: person.role }),
        }))} />
      <SelectField name="kind" label={labels.kind} required value={kind} onChange={chooseKind}>
        <option value="">{t('form.choose')}</option>
        {signalGroups.map((g) => (
          <optgroup key={g} label={t(`signal.groups.${g}`)}>
            {kinds.filter((entry) => entry.group === g).map((entry) => <option key={entry.code} value={entry.code}>{inLanguage(entry.label, i18n.language)}</option>)}
          </optgroup>
        ))}
      </SelectField>
      {kind === 'move' && (
        <>
          <TextField name="details.fromMunicipality" label={labels['details.fromMunicipality']} value={fromMunicipality} onChange={setFromMunicipality} autoComplete="off" />
          <TextField name="details.toMunicipality" label={labels['details.toMunicipality']} value={toMunicipality} onChange={setToMunicipality} autoComplete="off" />
        </>
      )}
      {kind === 'help_ended' && (
        <ChoiceGroup name="details.endedBy" legend={labels['details.endedBy']} type="radio" selected={endedBy} onChange={setEndedBy}
          options={(['family', 'professional'] as const).map((by) => ({ value: by, label: t(`signal.endedByOption.${by}`) }))} />
      )}
      {group === 'child' && (
        <CheckboxField name="details.childSeenAndHeard" label={t('signal.childSeenAndHeard')} description={t('signal.childSeenAndHeardHelp')}
          checked={childSeenAndHeard} onChange={setChildSeenAndHeard} />
      )}
      {group === 'adult' && (
        <CheckboxField name="details.kindcheckAnswered" label={t('signal.kindcheckAnswered')} description={t('signal.kindcheckAnsweredHelp')}
          checked={kindcheckAnswered} onChange={setKindcheckAnswered} />
      )}
      <TextField name="observedAt" label={labels.observedAt} type="date" required value={observedAt} onChange={setObservedAt} />
      <ChoiceGroup name="severity" legend={t('signal.severity')} type="radio" selected={severity} onChange={setSeverity}
        options={severities.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
      <TextAreaField name="note" label={labels.note} description={t('signal.noteHelp')} rows={3} value={note} onChange={setNote} />
    </Form>
  );
}
