// @ts-check
/**
 * Finds the Electron binary of the installed `electron` package, downloading it on first use the way
 * `require('electron')` would, but without blocking for long when the machine is offline.
 *
 * Since Electron 45 the npm package no longer downloads its binary at install time; `require('electron')`
 * does it synchronously on first use. That is fine online and hangs or fails with a stack trace offline.
 * Here the package's own installer runs as a child process while a quick probe checks whether the
 * download host answers at all; when it does not, the launcher falls back to the browser within seconds.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** How long the download host may take to answer before we call the machine offline. */
const PROBE_TIMEOUT_MS = 4000;
/** Upper bound for the download itself once the host has answered (the binary is about 100 MB). */
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * @typedef {{ ok: true, path: string } | { ok: false, reason: string }} ElectronLookup
 */

/**
 * The folder of the `electron` npm package, or null when it is not installed.
 * @param {string} repoRoot
 * @returns {string | null}
 */
export function electronPackageDir(repoRoot) {
  try {
    const require = createRequire(path.join(repoRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The path of the already downloaded binary, resolved exactly as the package's `index.js` does,
 * or null when it has not been downloaded (yet).
 * @param {string} packageDir
 * @returns {string | null}
 */
export function installedElectronPath(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executable || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!executable) return null;
  const candidate = path.join(packageDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}

/**
 * Where `@electron/get` downloads from, so the probe asks the same host.
 * @returns {string}
 */
function downloadHost() {
  const mirror = process.env.ELECTRON_MIRROR ?? process.env.npm_config_electron_mirror;
  return mirror && /^https?:\/\//.test(mirror) ? mirror : 'https://github.com/';
}

/**
 * The HTTP status of the download host, or null when it does not answer within the probe timeout.
 * Any status means the network is there; the installer then decides whether the download works.
 * @returns {Promise<number | null>}
 */
async function probeDownloadHost() {
  try {
    const response = await fetch(downloadHost(), {
      method: 'HEAD',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.status;
  } catch {
    return null;
  }
}

/**
 * Runs the package's installer (`install.js`), killing it if the download host does not answer in time.
 * @param {string} packageDir
 * @param {(message: string) => void} say
 * @returns {Promise<boolean>} whether the binary was installed
 */
function runInstaller(packageDir, say) {
  return new Promise((resolve) => {
    const installer = spawn(process.execPath, [path.join(packageDir, 'install.js')], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    let settled = false;
    /** @param {boolean} installed */
    const finish = (installed) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (installer.exitCode === null) installer.kill();
      resolve(installed);
    };
    const deadline = setTimeout(() => finish(false), DOWNLOAD_TIMEOUT_MS);
    installer.once('error', () => finish(false));
    installer.once('exit', (code) => finish(code === 0));
    void probeDownloadHost().then((status) => {
      if (status === null) finish(false);
      else if (status < 400 && !settled) say('Downloading the Electron binary once (about 100 MB)…');
    });
  });
}

/**
 * Returns the Electron binary, downloading it first if needed and possible.
 * @param {string} repoRoot
 * @param {(message: string) => void} say prints a progress line for the user
 * @returns {Promise<ElectronLookup>}
 */
export async function findOrFetchElectron(repoRoot, say) {
  const packageDir = electronPackageDir(repoRoot);
  if (!packageDir) return { ok: false, reason: 'the electron package is not installed' };
  const installed = installedElectronPath(packageDir);
  if (installed) return { ok: true, path: installed };
  if (!(await runInstaller(packageDir, say))) return { ok: false, reason: 'the download failed' };
  const downloaded = installedElectronPath(packageDir);
  return downloaded ? { ok: true, path: downloaded } : { ok: false, reason: 'the download left no binary' };
}
