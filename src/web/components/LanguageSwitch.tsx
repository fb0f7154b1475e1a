import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/index.ts';

const names = { nl: 'Nederlands', en: 'English' } as const;

/** Dutch by default; the choice is remembered in this browser. Each name is written in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('header.language')} className="rondom-language">
      {languages.map((language) => (
        <button key={language} type="button" lang={language} aria-pressed={i18n.language === language}
          className="utrecht-button utrecht-button--subtle rondom-language__button"
          onClick={() => void i18n.changeLanguage(language)}>
          {names[language]}
        </button>
      ))}
    </div>
  );
}
