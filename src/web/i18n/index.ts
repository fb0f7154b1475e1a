import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'rondom.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** The page's `lang` follows the chosen language, so screen readers pronounce it right. */
i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try { localStorage.setItem(storageKey, lng); } catch { /* private mode: the choice lasts this visit */ }
});

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export default i18next;
