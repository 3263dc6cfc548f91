// @ts-check
/**
 * Opens Tandem in a Chromium-family browser in app mode (a window without tabs or address bar) when the
 * Electron binary is not available. The browser gets its own persistent profile folder under the user's
 * data directory, so Tandem's IndexedDB survives restarts and never mixes with the user's everyday profile.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Program names tried on PATH, in order of preference. */
const PROGRAM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

/** Full paths tried on macOS and Windows, where browsers are usually not on PATH. */
function wellKnownPaths() {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.LOCALAPPDATA, process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']];
    return roots
      .filter((root) => root !== undefined)
      .flatMap((root) => [
        path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]);
  }
  return [];
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first Chromium-family browser found: `CHROME_PATH` if set, then PATH, then well-known locations.
 * @returns {string | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  const searchPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const suffix = process.platform === 'win32' ? '.exe' : '';
  for (const name of PROGRAM_NAMES) {
    for (const folder of searchPath) {
      const candidate = path.join(folder, name + suffix);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return wellKnownPaths().find(isExecutable) ?? null;
}

/**
 * The per-user data folder of Tandem's browser profile:
 * Linux `$XDG_DATA_HOME/Tandem/browser-profile` (default `~/.local/share`),
 * macOS `~/Library/Application Support/Tandem/browser-profile`, Windows `%APPDATA%\Tandem\browser-profile`.
 * @returns {string}
 */
export function browserProfileDir() {
  const home = os.homedir();
  let base;
  if (process.platform === 'darwin') base = path.join(home, 'Library', 'Application Support');
  else if (process.platform === 'win32') base = process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  else base = process.env.XDG_DATA_HOME || path.join(home, '.local', 'share');
  return path.join(base, 'Tandem', 'browser-profile');
}

/**
 * Starts the browser with Tandem as an app window. The browser's own output is discarded: it is noisy
 * and not addressed to the user.
 * @param {string} executable
 * @param {string} url
 * @param {string} profileDir
 * @returns {import('node:child_process').ChildProcess}
 */
export function openAppWindow(executable, url, profileDir) {
  mkdirSync(profileDir, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI machines).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return spawn(executable, args, { stdio: 'ignore' });
}
