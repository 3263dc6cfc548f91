/**
 * The frame around every screen: the app name, the navigation, the language switch, the screen.
 * While a meeting runs, the frame steps back (focus mode, focus-mode.ts): the header is hidden until
 * Alt+Z brings it back, and the run screen fills the window without scrolling.
 * The audience view (projector) is the one route without the frame: the room sees only its layout.
 */
import { Suspense, type ReactNode } from 'react';
import { ExportMinutesHost } from '../features/export/ExportMinutesHost';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { WriteFailureBanner } from './WriteFailureBanner';
import { useT } from '../i18n/react';
import { ErrorBoundary } from './ErrorBoundary';
import { GlobalShortcuts } from './GlobalShortcuts';
import { UndoHost } from './UndoHost';
import { LanguageSwitch } from './LanguageSwitch';
import { NavLink } from './NavLink';
import { useRoute, type Route } from '../navigation/router';
import { useFocusMode } from './focus-mode';
import {
  AudienceScreen,
  DefinitionsScreen,
  PeopleScreen,
  PrepareScreen,
  RegisterScreen,
  RestoreScreen,
  RunScreen,
  TrendsScreen,
} from './screens';

export function AppShell() {
  const t = useT();
  const route = useRoute();
  const focus = useFocusMode();
  // Focus mode (focus-mode.ts): while a meeting runs, the run screen's header is the only one.
  const cockpit = route.name === 'run' && focus.running;
  if (route.name === 'audience')
    return (
      <ErrorBoundary key={route.name}>
        <Loading>
          <AudienceScreen meetingId={route.meetingId} />
        </Loading>
      </ErrorBoundary>
    );
  return (
    <div className={cockpit ? 'shell cockpit-shell' : 'shell'}>
      {(!cockpit || focus.fullHeader) && (
        <header className="topbar">
          <span className="brand" aria-hidden="true">
            {t('app.name')}
          </span>
          <nav aria-label={t('nav.label')}>
            <NavLink to={{ name: 'meetings' }} current={route} label={t('nav.meetings')} />
            <NavLink to={{ name: 'people' }} current={route} label={t('people.nav')} />
            <NavLink to={{ name: 'definitions' }} current={route} label={t('nav.definitions')} />
            <NavLink to={{ name: 'register' }} current={route} label={t('register.nav')} />
            <NavLink to={{ name: 'trends' }} current={route} label={t('trends.nav')} />
          </nav>
          <LanguageSwitch />
        </header>
      )}
      <WriteFailureBanner />
      <main className="content">
        <ErrorBoundary key={route.name}>
          <Loading>
            <Screen route={route} />
          </Loading>
        </ErrorBoundary>
      </main>
      <GlobalShortcuts />
      <UndoHost />
      <ExportMinutesHost />
    </div>
  );
}

/** While a screen's chunk loads (screens.ts). */
function Loading({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{children}</Suspense>;
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'people':
      return <PeopleScreen />;
    case 'definitions':
      return <DefinitionsScreen />;
    case 'register':
      return <RegisterScreen />;
    case 'restore':
      return <RestoreScreen />;
    case 'prepare':
      return <PrepareScreen meetingId={route.meetingId} />;
    case 'run':
      return <RunScreen meetingId={route.meetingId} />;
    case 'audience':
      return <AudienceScreen meetingId={route.meetingId} />;
    case 'trends':
      return <TrendsScreen seriesId={route.seriesId} />;
    case 'meetings':
    case 'not-found':
      // Unknown addresses (an old bookmark, a typo) land on the Meetings list.
      return <MeetingsScreen />;
  }
}
