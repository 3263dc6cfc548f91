/** Workspace settings, one row per key. */
import type { Language } from '../../domain/types';
import type { TandemDatabase } from '../database';

export interface SettingsRepository {
  setLanguage(language: Language): Promise<void>;
}

export function settingsRepository(db: TandemDatabase): SettingsRepository {
  return {
    async setLanguage(language) {
      await db.settings.put({ key: 'language', value: language });
    },
  };
}
