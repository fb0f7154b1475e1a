import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../api.ts';
import { Form } from '../components/Form.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import type { AccountActionResult, AccountView, Organisation } from '../types.ts';
import { AccountEditForm } from './AccountEditForm.tsx';
import { activatesThroughProvider, activationText, statusText } from './accountState.ts';
import { ActionResult } from './ActionResult.tsx';

type Panel = 'edit' | 'deactivate' | 'resetSecondFactor';
interface Outcome { message: string; warning?: string }

/**
 * One account in the administrator's table, with its actions. Editing and the two actions that need a
 * confirmation open in a row of their own below it; every outcome is announced there.
 */
export function AccountRow({ account, organisation, self, columns, onChanged }: {
  account: AccountView; organisation: Organisation | undefined; self: boolean; columns: number; onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const panelId = useId();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (which: Panel) => { setPanel(panel === which ? null : which); setOutcome(null); setProblem(null); };
  const done = (result: Outcome) => { setPanel(null); setProblem(null); setOutcome(result); onChanged(); };
  const act = async (path: string, describe: (result: AccountActionResult) => Outcome) => {
    done(describe(await post<AccountActionResult>(`/users/${account.id}/${path}`, {})));
  };
  /** An action without a confirmation step: its problem, if any, is shown in the row's panel. */
  const run = async (path: string, describe: (result: AccountActionResult) => Outcome) => {
    setBusy(true);
    setOutcome(null);
    setProblem(null);
    try {
      await act(path, describe);
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error)));
    } finally {
      setBusy(false);
    }
  };
  const sentTo = (result: AccountActionResult) => (result.activation ? activationText(t, i18n.language, result.activation, account) : '');

  const viaProvider = activatesThroughProvider(account, organisation);
  const who = <span className="rondom-visually-hidden"> {account.name}</span>;
  const toggleButton = (which: Panel, label: string) => (
    <button type="button" aria-expanded={panel === which} aria-controls={panelId} onClick={() => toggle(which)}
      className="utrecht-button utrecht-button--secondary-action">{label}{who}</button>
  );
  const actionButton = (label: string, onClick: () => void) => (
    <button type="button" disabled={busy} aria-disabled={busy} onClick={onClick} className="utrecht-button utrecht-button--secondary-action">{label}{who}</button>
  );

  return (
    <>
      <tr className="utrecht-table__row">
        <th scope="row" className="utrecht-table__header-cell">{account.name}</th>
        <td className="utrecht-table__cell">{account.email}</td>
        <td className="utrecht-table__cell">{account.organisationName}</td>
        <td className="utrecht-table__cell">{account.teamName ?? ''}</td>
        <td className="utrecht-table__cell">{account.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}</td>
        <td className="utrecht-table__cell">{statusText(t, i18n.language, account, organisation)}</td>
        <td className="utrecht-table__cell">{t(`admin.secondFactor.${account.secondFactor}`)}</td>
        <td className="utrecht-table__cell">
          <div className="rondom-row-actions">
            {toggleButton('edit', t('admin.actions.edit'))}
            {account.status === 'deactivated'
              ? actionButton(t('admin.actions.reactivate'), () => void run('reactivate', () => ({ message: t('admin.result.reactivated', { name: account.name }) })))
              : !self && toggleButton('deactivate', t('admin.actions.deactivate'))}
            {account.status === 'invited' && !viaProvider
              && actionButton(t('admin.actions.sendActivation'), () => void run('activation', (result) => ({ message: sentTo(result) })))}
            {account.secondFactor === 'set_up' && !self && toggleButton('resetSecondFactor', t('admin.actions.resetSecondFactor'))}
          </div>
        </td>
      </tr>
      {(panel || outcome || problem) && (
        <tr className="utrecht-table__row rondom-row-panel">
          <td colSpan={columns} className="utrecht-table__cell" id={panelId}>
            {outcome && <ActionResult message={outcome.message} warning={outcome.warning} />}
            {problem && <ProblemAlert error={problem} />}
            {panel === 'edit' && (
              <AccountEditForm account={account} organisation={organisation} self={self} onSaved={({ changed, emailChanged, data }) => done({
                message: changed ? t('admin.result.saved', { name: data?.name ?? account.name }) : t('admin.result.nothingChanged'),
                ...(emailChanged && account.status === 'invited' ? { warning: t('admin.result.newLinkToNewAddress', { email: data?.email ?? '' }) } : {}),
              })} />
            )}
            {panel === 'deactivate' && (
              <Form label={t('admin.deactivate.label', { name: account.name })} submitLabel={t('admin.deactivate.confirm')}
                onSubmit={() => act('deactivate', (result) => ({
                  message: t('admin.result.deactivated', { name: account.name }),
                  ...(result.leadsFamilies ? { warning: t('admin.result.leadsFamilies', { name: account.name, count: result.leadsFamilies }) } : {}),
                }))}>
                <p className="utrecht-paragraph rondom-warning">{t('admin.deactivate.warning', { name: account.name })}</p>
              </Form>
            )}
            {panel === 'resetSecondFactor' && (
              <Form label={t('admin.resetSecondFactor.label', { name: account.name })} submitLabel={t('admin.resetSecondFactor.confirm')}
                onSubmit={() => act('second-factor/reset', (result) => ({ message: t('admin.result.secondFactorReset', { name: account.name }), warning: sentTo(result) }))}>
                <p className="utrecht-paragraph rondom-warning">{t('admin.resetSecondFactor.warning', { name: account.name, email: account.email })}</p>
              </Form>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
