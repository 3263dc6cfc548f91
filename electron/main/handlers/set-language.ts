/** `setLanguage`: the renderer's language changed; the native menu follows it. */
import type { Language } from '../../shared/ipc-contract';
import { ok } from '../../shared/result';
import type { InvokeHandler } from './types';

/** Creates the handler; `applyMenuLanguage` rebuilds the application menu in that language. */
export function createSetLanguageHandler(
  applyMenuLanguage: (language: Language) => void,
): InvokeHandler<'setLanguage'> {
  return {
    failure: 'unavailable',
    run: async (language) => {
      applyMenuLanguage(language);
      return ok(null);
    },
  };
}
