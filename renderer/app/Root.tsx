/**
 * Everything a screen needs, wired once: the workspace, the platform, the language (stored, or the
 * system's when none was chosen yet) and the menu commands of the desktop shell.
 */
import { useEffect } from 'react';
import type { Language } from '../domain/types';
import { useEarlyReads, type EarlyScreen } from '../data/queries/early-reads';
import { useStoredLanguage } from '../data/queries/settings';
import { WorkspaceProvider } from '../data/provider';
import type { Workspace } from '../data/workspace';
import { preferredLanguage } from '../i18n/language';
import { LanguageProvider } from '../i18n/react';
import type { Platform } from '../platform';
import { PlatformProvider, usePlatform } from '../platform/react';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { useMenuCommands } from './menu-commands';
import { useRoute, type Route } from '../navigation/router';

export function Root({ workspace, platform }: { workspace: Workspace; platform: Platform }) {
  return (
    <WorkspaceProvider workspace={workspace}>
      <PlatformProvider platform={platform}>
        <LanguageGate />
      </PlatformProvider>
    </WorkspaceProvider>
  );
}

function LanguageGate() {
  const stored = useStoredLanguage();
  // The first screen's reads start with the language's, and the first render waits for them.
  const route = useRoute();
  const early = useEarlyReads(earlyScreenOf(route.name), 'meetingId' in route ? route.meetingId : undefined);
  if (stored === undefined || !early) return null;
  const language = stored ?? preferredLanguage(navigator.languages);
  return (
    <LanguageProvider language={language}>
      <ErrorBoundary>
        <LanguageEffects language={language} />
        <AppShell />
      </ErrorBoundary>
    </LanguageProvider>
  );
}

function LanguageEffects({ language }: { language: Language }) {
  const platform = usePlatform();
  useEffect(() => {
    document.documentElement.lang = language;
    platform.setLanguage(language);
  }, [language, platform]);
  useMenuCommands();
  return null;
}

function earlyScreenOf(name: Route['name']): EarlyScreen {
  if (name === 'meetings' || name === 'not-found') return 'meetings';
  return name === 'run' ? 'run' : 'other';
}
