import { fileURLToPath } from 'node:url';

/** The repository root, where `dist/` and the launcher live (a config's own folder may differ). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The Chromium the end-to-end tests drive: the system package (`apt-get install chromium` on Debian),
 * never a browser downloaded by Playwright. `CHROMIUM_PATH` points elsewhere on other machines.
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet, offline and runnable as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The web server block of a Playwright config: the built renderer (`dist/`) served by the launcher's
 * static server on a fixed loopback port, so the origin (and therefore IndexedDB) is the same every run.
 */
export function builtRendererServer(port: number) {
  return {
    command: `node electron/launcher/serve-dist.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    cwd: REPO_ROOT,
    reuseExistingServer: false,
    // A node static server; on a busy machine its start can take a while.
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}
