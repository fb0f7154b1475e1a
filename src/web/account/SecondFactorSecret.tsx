import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from './QrCode.tsx';

/** "JBSWY3DPEHPK3PXP" as "JBSW Y3DP EHPK 3PXP": easier to read out and type over. */
export const groupedSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * What the owner adds to their authenticator app: the QR code, and the same secret as text for typing
 * over by hand (grouped in fours; copying takes the secret without the spaces).
 */
export function SecondFactorSecret({ secret, uri }: { secret: string; uri: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('no'); // no clipboard (an insecure origin, or refused): the text stays there to select
    }
  };
  return (
    <div className="rondom-second-factor">
      <ol className="utrecht-ordered-list">
        <li className="utrecht-ordered-list__item">{t('secondFactor.stepApp')}</li>
        <li className="utrecht-ordered-list__item">{t('secondFactor.stepScan')}</li>
        <li className="utrecht-ordered-list__item">{t('secondFactor.stepCode')}</li>
      </ol>
      <QrCode value={uri} alt={t('secondFactor.qrAlt')} />
      <p className="utrecht-paragraph">{t('secondFactor.byHand')}</p>
      <p className="utrecht-paragraph">
        <code className="rondom-code rondom-secret">{groupedSecret(secret)}</code>{' '}
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => void copy()}>{t('secondFactor.copy')}</button>
      </p>
      <p className="utrecht-paragraph rondom-muted" role="status">{copied === 'yes' ? t('secondFactor.copied') : copied === 'no' ? t('secondFactor.copyFailed') : ''}</p>
    </div>
  );
}
