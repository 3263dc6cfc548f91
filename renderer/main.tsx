/** Starts the renderer: one workspace, one platform, one React root. */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { parseRoute } from './navigation/router';
import { loadWhenIdle } from './navigation/on-demand';
import { loadScreenOf, SCREEN_LOADERS } from './app/screens';
import { createWorkspace } from './data/workspace';
import { loadExportDialog } from './features/export/ExportMinutesHost';
import { detectPlatform } from './platform';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
const workspace = createWorkspace();

// The first screen's chunk loads before the first render, so it is not shown through Suspense (navigation/on-demand.tsx).
void loadScreenOf(parseRoute(window.location.hash)).then(() => {
  root.render(
    <StrictMode>
      <Root workspace={workspace} platform={detectPlatform()} />
    </StrictMode>,
  );
  loadWhenIdle([...SCREEN_LOADERS, loadExportDialog]);
});
