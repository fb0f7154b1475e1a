import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailForm } from '../account/EmailForm.tsx';
import { PasswordForm } from '../account/PasswordForm.tsx';
import { SecondFactorSetup } from '../account/SecondFactorSetup.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Section } from '../components/Section.tsx';
import { useSessionUser } from '../session.ts';

/** "Mijn account": changing the password and the e-mail address, and setting up a second factor for whoever has none yet. */
export function AccountPage({ hasSecondFactor, onPasswordChanged, onSecondFactorSet }: {
  hasSecondFactor: boolean; onPasswordChanged: () => Promise<void>; onSecondFactorSet: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(0);
  const [settingUp, setSettingUp] = useState(false);
  const [justSet, setJustSet] = useState(false);
  const [newEmail, setNewEmail] = useState<string | null>(null);
  const user = useSessionUser();
  const doneRef = useRef<HTMLDivElement>(null);
  const passwordChanged = async () => {
    await onPasswordChanged();
    setChanged((count) => count + 1);
    requestAnimationFrame(() => doneRef.current?.focus());
  };
  const emailChanged = async (email: string) => {
    await onPasswordChanged();
    setNewEmail(email);
  };
  const secondFactorSet = async () => {
    await onSecondFactorSet();
    setSettingUp(false);
    setJustSet(true);
  };
  return (
    <div className="rondom-narrow">
      <PageTitle documentTitle={t('account.title')}>{t('account.title')}</PageTitle>
      <Section id="password" title={t('password.title')}>
        <p className="utrecht-paragraph">{t('password.intro')}</p>
        {changed > 0 && (
          <div ref={doneRef} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
            <div className="utrecht-alert__content"><p className="utrecht-paragraph"><strong>{t('password.changed')}</strong></p></div>
          </div>
        )}
        {/* A fresh, empty form after each change: no passwords stay in the fields. */}
        <PasswordForm key={changed} onChanged={passwordChanged} />
      </Section>
      <Section id="email" title={t('ownEmail.title')}>
        <p className="utrecht-paragraph">{t('ownEmail.intro', { email: user.email })}</p>
        {newEmail && <Notice message={t('ownEmail.changed', { email: newEmail })} />}
        <EmailForm key={newEmail ?? ''} currentEmail={user.email} hasSecondFactor={hasSecondFactor} onChanged={emailChanged} />
      </Section>
      <Section id="second-factor" title={t('secondFactor.title')}>
        {justSet && <Notice message={t('secondFactor.done')} />}
        {hasSecondFactor ? (
          <p className="utrecht-paragraph">{t('secondFactor.isSetUp')}</p>
        ) : settingUp ? (
          <SecondFactorSetup onDone={secondFactorSet} focusWhenReady />
        ) : (
          <>
            <p className="utrecht-paragraph">{t('secondFactor.optionalIntro')}</p>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setSettingUp(true)}>{t('secondFactor.start')}</button>
          </>
        )}
      </Section>
    </div>
  );
}
