/** Switches the UI language; the choice is stored in the workspace and so remembered. */
import { useId } from 'react';
import { useWorkspace } from '../data/provider';
import { LANGUAGES } from '../i18n/catalogue';
import { useLanguage, useT } from '../i18n/react';

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  const { settings } = useWorkspace();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => void settings.setLanguage(event.target.value === 'de' ? 'de' : 'en')}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
