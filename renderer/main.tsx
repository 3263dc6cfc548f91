/** Starts the renderer: one workspace, one platform, one React root. */
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { createWorkspace } from './data/workspace';
import { detectPlatform } from './platform';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Root workspace={createWorkspace()} platform={detectPlatform()} />
  </StrictMode>,
);
