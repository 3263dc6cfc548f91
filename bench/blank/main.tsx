/**
 * The blank React page of the benchmark: React and ReactDOM, one heading and one button, built and
 * served exactly like the app. The Meetings list is measured against it: its start time is what
 * React itself costs on this machine, so the ratio shows what Tandem adds.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Blank() {
  return (
    <main>
      <h1>Blank</h1>
      <button type="button" className="blank-ready">
        Ready
      </button>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Blank />
  </StrictMode>,
);
