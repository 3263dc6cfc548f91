/** The current language for components: `useT()` for messages, `useLanguage()` for formatting. */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language, type MessageKey, type MessageValues } from './language';

const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, values) => translate(language, key, values), [language]);
}
