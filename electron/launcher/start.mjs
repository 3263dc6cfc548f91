// @ts-check
/**
 * What `npm start` runs after `npm run build`: Tandem in Electron when its binary is available, otherwise
 * the same built renderer served on a fixed loopback port and opened in a Chromium app window.
 *
 * The browser port is fixed because IndexedDB belongs to the origin, port included: a different port
 * would show the user an empty workspace. `TANDEM_SHELL=browser` skips Electron on purpose.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserProfileDir, findChromium, openAppWindow } from './browser-window.mjs';
import { findOrFetchElectron } from './electron-binary.mjs';
import { startStaticServer } from './static-server.mjs';

/** The one port of the browser build; its origin `http://127.0.0.1:4310` owns the user's data there. */
export const BROWSER_PORT = 4310;

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const distDir = path.join(repoRoot, 'dist');

/** @param {string} message */
const say = (message) => console.log(message);

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * Runs Electron with the repository as the app and mirrors its exit code.
 * @param {string} electronPath
 * @returns {Promise<boolean>} false when the binary could not be started at all
 */
function runElectron(electronPath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronPath, [repoRoot], { stdio: 'inherit', env });
  let forwardedSignal = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      forwardedSignal = true;
      if (child.exitCode === null) child.kill(signal);
    });
  }
  return new Promise((resolve) => {
    child.once('error', () => resolve(false));
    child.once('exit', (code, signal) => {
      process.exitCode = code ?? (forwardedSignal ? 0 : 1);
      if (signal && !forwardedSignal) console.error(`Electron stopped with ${signal}.`);
      resolve(true);
    });
  });
}

/**
 * Serves dist/ on the fixed port and opens a Chromium app window if one is installed.
 * Ctrl+C (or closing the window) stops the server.
 * @param {string} why the start of the sentence that explains the fallback
 */
async function runInBrowser(why) {
  let server;
  try {
    server = await startStaticServer({ root: distDir, port: BROWSER_PORT });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      fail(
        `Port ${BROWSER_PORT} on 127.0.0.1 is already in use (is Tandem already running?), so Tandem cannot be served; stop the other program and run npm start again.`,
      );
    }
    throw error;
  }
  const { url } = server;
  say(`${why}, so Tandem is served for your browser at ${url} instead (press Ctrl+C to stop).`);

  let stopping = false;
  /** @type {import('node:child_process').ChildProcess | null} */
  let browser = null;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (browser && browser.exitCode === null) browser.kill();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const chromium = findChromium();
  if (!chromium) return;
  const couldNotOpen = `The browser at ${chromium} could not open a window, so open ${url} in a browser yourself.`;
  browser = openAppWindow(chromium, url, browserProfileDir());
  browser.once('error', () => say(couldNotOpen));
  browser.once('exit', (code, signal) => {
    if (stopping) return;
    // Closing the app window ends the session; a crash or a missing display leaves the server running.
    if (code === 0 || signal) void stop();
    else say(couldNotOpen);
  });
}

async function main() {
  if (!existsSync(path.join(distDir, 'index.html')))
    fail('dist/index.html is missing; run npm run build first.');
  if (process.env.TANDEM_SHELL === 'browser') {
    return runInBrowser('TANDEM_SHELL=browser is set');
  }
  if (!existsSync(path.join(repoRoot, 'dist-electron', 'main.js'))) {
    fail('dist-electron/main.js is missing; run npm run build first.');
  }
  const electron = await findOrFetchElectron(repoRoot, say);
  if (!electron.ok) return runInBrowser('The Electron binary is not available on this machine');
  if (!(await runElectron(electron.path))) {
    return runInBrowser('The Electron binary could not be started on this machine');
  }
}

await main();
