/** Switches the UI language; the choice is stored in the workspace and so remembered. */
import { useId } from 'react';
import { useWorkspace } from '../data/provider';
import { asLanguage, languageName, LANGUAGES } from '../i18n/language';
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
        onChange={(event) => void settings.setLanguage(asLanguage(event.target.value))}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
