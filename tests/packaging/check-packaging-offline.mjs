// @ts-check
/**
 * Offline packaging check: runs electron-builder for real (Linux, `dir` target) on the built app
 * and inspects what it produced. `npm run test:packaging-offline` builds first, then runs this.
 *
 * The real Electron binary cannot be downloaded here, so electron-builder gets a stub Electron
 * distribution (`electronDist`) generated in a temp folder. The stub's `electron` file is a tiny
 * shell script that carries the Electron fuse wire (the sentinel followed by version, length and
 * one byte per fuse, set to the defaults of a stock Electron). electron-builder's real fuse step
 * (@electron/fuses `flipFuses`) therefore runs against it, and this check reads the wire back
 * with `getCurrentFuseWire`. What this proves: our config asks for the right fuses and
 * electron-builder writes them. What it cannot prove: that Electron 45's binary has the same
 * wire layout (that is @electron/fuses' job, which we pin through electron-builder).
 *
 * It never downloads anything, writes only to `release/` and the OS temp dir (removed at the
 * end), and prints one line per check and a final `N passed, N failed`.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const builder = require('electron-builder');
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
// @electron/fuses keeps these in dist/constants.js without exporting them from its index.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's state is one ASCII byte on the wire: '0' disabled, '1' enabled. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 };
/** @param {number | undefined} state */
const stateName = (state) =>
  state === FuseState.ENABLE ? 'ENABLE' : state === FuseState.DISABLE ? 'DISABLE' : `byte ${state}`;
const baseConfig = require(path.join(root, 'build', 'electron-builder.config.cjs'));

/** The fuse defaults of a stock Electron binary, by wire index (see @electron/fuses). */
const STOCK_FUSES = [
  FuseState.ENABLE, // RunAsNode
  FuseState.DISABLE, // EnableCookieEncryption
  FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseState.ENABLE, // EnableNodeCliInspectArguments
  FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseState.DISABLE, // OnlyLoadAppFromAsar
  FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
];

/** What the packaged binary's fuses must be after electron-builder has flipped them. */
const EXPECTED_FUSES = {
  RunAsNode: FuseState.DISABLE,
  EnableCookieEncryption: FuseState.ENABLE,
  EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
  EnableNodeCliInspectArguments: FuseState.DISABLE,
  EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
  OnlyLoadAppFromAsar: FuseState.ENABLE,
  LoadBrowserProcessSpecificV8Snapshot: FuseState.DISABLE,
  GrantFileProtocolExtraPrivileges: FuseState.DISABLE,
};

const results = { passed: 0, failed: 0 };

/** @param {string} name @param {boolean} ok @param {string} [detail] */
function check(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail && !ok ? ` — ${detail}` : ''}`);
}

/** Writes a stub Electron distribution for Linux whose `electron` file carries a fuse wire. */
async function writeStubElectron(/** @type {string} */ dir) {
  const script = Buffer.from(
    '#!/bin/sh\necho "stub Electron for the offline packaging check" >&2\nexit 1\n# ',
  );
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, STOCK_FUSES.length, ...STOCK_FUSES]),
    Buffer.from('\n'),
  ]);
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await writeFile(path.join(dir, 'electron'), Buffer.concat([script, wire]));
  await chmod(path.join(dir, 'electron'), 0o755);
  await writeFile(path.join(dir, 'locales', 'en-US.pak'), '');
  await writeFile(path.join(dir, 'LICENSE'), 'stub');
  await writeFile(path.join(dir, 'version'), require('electron/package.json').version);
}

/** Runs electron-builder for Linux `dir` against the stub; returns the unpacked app folder. */
async function packageApp(/** @type {string} */ stubDir) {
  const arch = process.arch === 'arm64' ? builder.Arch.arm64 : builder.Arch.x64;
  await builder.build({
    projectDir: root,
    targets: builder.Platform.LINUX.createTarget('dir', arch),
    publish: 'never',
    config: { ...baseConfig, electronDist: stubDir },
  });
  return path.join(root, 'release', arch === builder.Arch.x64 ? 'linux-unpacked' : 'linux-arm64-unpacked');
}

/** @param {string} appDir */
async function checkFuses(appDir) {
  const wire = await getCurrentFuseWire(path.join(appDir, 'tandem'));
  for (const [name, expected] of Object.entries(EXPECTED_FUSES)) {
    const actual = wire[FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)]];
    check(`fuse ${name} is ${stateName(expected)}`, actual === expected, `found ${stateName(actual)}`);
  }
}

/** @param {string} appDir */
async function checkAsar(appDir) {
  const asarPath = path.join(appDir, 'resources', 'app.asar');
  const files = asar
    .listPackage(asarPath, { isPack: false })
    .map((/** @type {string} */ entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
  const isFile = (/** @type {string} */ entry) => 'size' in asar.statFile(asarPath, entry, false);
  const fileList = files.filter(isFile);
  for (const required of [
    'dist-electron/main.js',
    'dist-electron/preload.cjs',
    'dist/index.html',
    'package.json',
  ]) {
    check(`app.asar contains ${required}`, fileList.includes(required));
  }
  const distFiles = (await import('node:fs')).readdirSync(path.join(root, 'dist', 'assets'));
  const assets = distFiles.filter((name) => !name.endsWith('.map'));
  const missing = assets.filter((name) => !fileList.includes(`dist/assets/${name}`));
  check(`app.asar contains all ${assets.length} renderer assets`, missing.length === 0, missing.join(', '));
  const allowed =
    /^(dist\/index\.html|dist\/assets\/[^/]+|dist-electron\/(main\.js|preload\.cjs)|package\.json)$/;
  const strays = fileList.filter((entry) => !allowed.test(entry) || entry.endsWith('.map'));
  check(
    'app.asar holds nothing else (no node_modules, sources, tests or maps)',
    strays.length === 0,
    strays.slice(0, 10).join(', '),
  );
  check('app.asar has no node_modules', !files.some((entry) => entry.split('/').includes('node_modules')));
  // Vite writes the quotes of the policy as &#39; inside the attribute.
  const indexHtml = asar.extractFile(asarPath, 'dist/index.html').toString('utf8').replaceAll('&#39;', "'");
  check(
    "packaged index.html carries the CSP meta tag (default-src 'none')",
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/.test(indexHtml),
  );
  const packaged = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
  check(
    'packaged package.json points main at dist-electron/main.js',
    packaged.main === 'dist-electron/main.js',
  );
  check('packaged package.json lists no dependencies', Object.keys(packaged.dependencies ?? {}).length === 0);
  check('no app folder outside app.asar', !(await exists(path.join(appDir, 'resources', 'app'))));
  check(
    'the licence of the bundled DejaVu fonts ships in resources/licenses',
    await exists(path.join(appDir, 'resources', 'licenses', 'DejaVu-fonts-LICENSE.txt')),
  );
}

/** @param {string} file */
async function exists(file) {
  return readFile(file).then(
    () => true,
    (/** @type {NodeJS.ErrnoException} */ error) => error.code !== 'ENOENT',
  );
}

async function main() {
  const temp = await mkdtemp(path.join(tmpdir(), 'tandem-packaging-'));
  // Never download: no Electron, no app-builder tools, and keep electron-builder's cache in temp.
  Object.assign(process.env, {
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    ELECTRON_BUILDER_CACHE: path.join(temp, 'cache'),
    ELECTRON_CACHE: path.join(temp, 'cache'),
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  });
  try {
    const stubDir = path.join(temp, 'electron-dist');
    await writeStubElectron(stubDir);
    await rm(path.join(root, 'release'), { recursive: true, force: true });
    const appDir = await packageApp(stubDir);
    check('electron-builder packaged the app for Linux (dir)', await exists(path.join(appDir, 'tandem')));
    await checkFuses(appDir);
    await checkAsar(appDir);
  } catch (error) {
    check(
      'packaging ran to the end',
      false,
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed === 0 ? 0 : 1;
}

await main();
