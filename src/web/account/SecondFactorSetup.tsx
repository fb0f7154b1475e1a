import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../api.ts';
import { TextField } from '../components/Fields.tsx';
import { Form, requireFields } from '../components/Form.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { SecondFactorSecret } from './SecondFactorSecret.tsx';

interface PendingSecret { secret: string; uri: string }

/**
 * The signed-in owner sets up their own second factor: a fresh secret from the server (kept in the session
 * until confirmed), shown as a QR code and as text, then a code from the app proves it was added.
 */
export function SecondFactorSetup({ onDone, focusWhenReady = false }: { onDone: () => Promise<void> | void; focusWhenReady?: boolean }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingSecret | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [code, setCode] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const started = useRef(false);
  const readyRef = useRef<HTMLDivElement>(null);

  const start = useCallback(async () => {
    setProblem(null);
    try {
      setPending(await post<PendingSecret>('/session/second-factor/setup', {}));
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error)));
    }
  }, []);
  // Once per page: each start makes a new secret, and only the newest can be confirmed.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start();
  }, [start]);

  // Opened with a button that is now gone: the instructions take the focus.
  useEffect(() => { if (pending && focusWhenReady) readyRef.current?.focus(); }, [pending, focusWhenReady]);

  const labels = { totp: t('link.code'), currentPassword: t('secondFactor.currentPassword') };
  // The password too: whoever holds only a session (a computer left unlocked) cannot bind their own phone.
  const validate = () => [
    ...(/^\d{6}$/.test(code.trim()) ? [] : [{ path: 'totp', message: t('login.totpFormat') }]),
    ...requireFields(t, [['currentPassword', currentPassword, labels.currentPassword]]),
  ];
  const submit = async () => {
    await post('/session/second-factor', { totp: code.trim(), currentPassword });
    await onDone();
  };

  if (problem) return <ProblemAlert error={problem} />;
  if (!pending) return <Loading />;
  return (
    <div ref={readyRef} tabIndex={-1} className="rondom-focus-target">
      <SecondFactorSecret secret={pending.secret} uri={pending.uri} />
      <Form label={t('secondFactor.formLabel')} submitLabel={t('secondFactor.submit')} validate={validate} onSubmit={submit} fieldLabels={labels}>
        <TextField name="totp" label={labels.totp} description={t('link.codeSetupHelp')} inputMode="numeric" autoComplete="one-time-code"
          required value={code} onChange={setCode} />
        <TextField name="currentPassword" label={labels.currentPassword} description={t('secondFactor.currentPasswordHelp')} type="password"
          autoComplete="current-password" required value={currentPassword} onChange={setCurrentPassword} />
      </Form>
    </div>
  );
}
