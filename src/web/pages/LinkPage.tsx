import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenInspection } from '../../api/contract.ts';
import { ApiError, post } from '../api.ts';
import { LinkPasswordForm } from '../account/LinkPasswordForm.tsx';
import { clearLinkToken, readLinkToken } from '../account/linkToken.ts';
import { SecondFactorSecret } from '../account/SecondFactorSecret.tsx';
import { Link } from '../components/Link.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loading, ProblemAlert } from '../components/ProblemAlert.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { paths } from '../router.ts';

type Purpose = TokenInspection['purpose'];
type State =
  | { step: 'loading' } | { step: 'missing' } | { step: 'invalid' } | { step: 'failed'; error: ApiError }
  | { step: 'ready'; inspection: TokenInspection } | { step: 'done'; inspection: TokenInspection };

/**
 * Where the link from the activation mail (`/activeren`) or the password mail (`/wachtwoord-herstellen`)
 * lands: whose account it is, the second factor to set up where one is needed, then the owner's own password.
 */
export function LinkPage({ purpose: expected }: { purpose: Purpose }) {
  const { t } = useTranslation();
  const [token, setToken] = useState(readLinkToken);
  const [state, setState] = useState<State>(token ? { step: 'loading' } : { step: 'missing' });
  const doneRef = useRef<HTMLDivElement>(null);

  // Another link opened in this same tab changes only the part after '#': the page starts again with it.
  useEffect(() => {
    const onHashChange = () => { const fresh = readLinkToken(); if (fresh) setToken(fresh); };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    clearLinkToken();
    if (!token) return;
    let current = true;
    setState({ step: 'loading' });
    post<TokenInspection>('/account/token', { token })
      .then((inspection) => { if (current) setState({ step: 'ready', inspection }); })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.code === 'TOKEN_INVALID') setState({ step: 'invalid' });
        else setState({ step: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error)) });
      });
    return () => { current = false; };
  }, [token]);

  useEffect(() => { if (state.step === 'done') doneRef.current?.focus(); }, [state.step]);

  // The link itself says what it is for; the page's address only guesses until the server has answered.
  const purpose = state.step === 'ready' || state.step === 'done' ? state.inspection.purpose : expected;
  const title = purpose === 'activation' ? t('link.activation.title') : t('link.reset.title');

  return (
    <PublicLayout>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {state.step === 'loading' && <Loading />}
      {(state.step === 'missing' || state.step === 'invalid') && <LinkNotUsable purpose={purpose} missing={state.step === 'missing'} />}
      {state.step === 'failed' && <ProblemAlert error={state.error} />}
      {state.step === 'ready' && (
        <>
          <p className="utrecht-paragraph rondom-lead">{purpose === 'activation' ? t('link.activation.intro') : t('link.reset.intro')}</p>
          <AccountFacts inspection={state.inspection} />
          {state.inspection.secondFactorSetup && (
            <section aria-labelledby="link-second-factor" className="rondom-section">
              <h2 id="link-second-factor" className="utrecht-heading-2">{t('link.secondFactorTitle')}</h2>
              <p className="utrecht-paragraph">{t('link.secondFactorIntro')}</p>
              <SecondFactorSecret secret={state.inspection.secondFactorSetup.secret} uri={state.inspection.secondFactorSetup.uri} />
            </section>
          )}
          <section aria-labelledby="link-password" className="rondom-section">
            <h2 id="link-password" className="utrecht-heading-2">{state.inspection.secondFactorSetup ? t('link.passwordTitleStep2') : t('link.passwordTitle')}</h2>
            {state.inspection.secondFactorCode && <p className="utrecht-paragraph">{t('link.codeNeeded')}</p>}
            <LinkPasswordForm key={token} token={token!} email={state.inspection.email}
              askCode={state.inspection.secondFactorSetup ? 'setup' : state.inspection.secondFactorCode ? 'existing' : null}
              submitLabel={purpose === 'activation' ? t('link.activation.submit') : t('link.reset.submit')}
              onDone={() => setState({ step: 'done', inspection: state.inspection })} />
          </section>
        </>
      )}
      {state.step === 'done' && (
        <div ref={doneRef} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph"><strong>{purpose === 'activation' ? t('link.activation.done') : t('link.reset.done')}</strong></p>
            <p className="utrecht-paragraph">
              {state.inspection.secondFactorSetup || state.inspection.secondFactorCode ? t('link.loginWithCode') : t('link.login')}
            </p>
            <p className="utrecht-paragraph">
              <Link href={paths.login} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">{t('link.toLogin')}</Link>
            </p>
          </div>
        </div>
      )}
    </PublicLayout>
  );
}

function AccountFacts({ inspection }: { inspection: TokenInspection }) {
  const { t } = useTranslation();
  return (
    <div className="rondom-card">
      <p className="utrecht-paragraph">{t('link.whose')}</p>
      <dl className="rondom-facts">
        <div><dt>{t('link.name')}</dt><dd>{inspection.name}</dd></div>
        <div><dt>{t('link.email')}</dt><dd>{inspection.email}</dd></div>
        <div><dt>{t('link.organisation')}</dt><dd>{inspection.organisationName}</dd></div>
      </dl>
    </div>
  );
}

/** An expired, used or replaced link (or an address without its token): what to do now, in plain words. */
function LinkNotUsable({ purpose, missing }: { purpose: Purpose; missing: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="alert">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{missing ? t('link.missing') : t('link.invalid')}</strong></p>
        {purpose === 'activation' ? (
          <p className="utrecht-paragraph">{t('link.activation.whatNow')}</p>
        ) : (
          <p className="utrecht-paragraph">{t('link.reset.whatNow')} <Link href={paths.forgotPassword}>{t('link.reset.requestNew')}</Link></p>
        )}
        <p className="utrecht-paragraph"><Link href={paths.login}>{t('link.toLogin')}</Link></p>
      </div>
    </div>
  );
}
