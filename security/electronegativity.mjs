#!/usr/bin/env node
/**
 * `npm run security:electron`: Doyensec's Electronegativity over what Tandem ships and where it comes
 * from — the Electron sources (electron/), the built main process and preload (dist-electron/) and
 * the built renderer (dist/, for its HTML and CSP) — staged together in one folder as app.asar holds
 * them, so the checks that look across files (navigation limits, permission handler, CSP) see the
 * whole app. Run `npm run build` first.
 *
 * Offline: the tool's command line fetches translations and Electron's release list from the
 * network; this script calls its runner instead, with the bundled English texts, and leaves out the
 * one check that needs the release list (AvailableSecurityFixesGlobalCheck). The Electron version is
 * the one package.json pins.
 *
 * Every finding must be justified in electronegativity.json next to this file (check id, file and
 * the code it points at, with the reason; electronegativity.md explains each one), and every justification must still
 * match a finding, so the list cannot go stale. Exit code 1 otherwise.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const toolRoot = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

/** The folders scanned, relative to the repository. */
const INPUTS = ['electron', 'dist-electron', 'dist'];
/** Left out because it needs the network (Electron's release list); Electron is kept current by updates. */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/** Replaces the tool's translation loader, which asks the network first, with its bundled English. */
function useBundledTranslations() {
  const loader = path.join(toolRoot, 'dist/locales/i18n.js');
  const i18n = require(require.resolve('i18n', { paths: [toolRoot] }));
  const configure = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(loader),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  require.cache[loader] = { id: loader, filename: loader, loaded: true, exports: configure };
}

function stage() {
  const missing = INPUTS.filter((input) => !existsSync(path.join(root, input)));
  if (missing.length > 0) {
    console.error(`security:electron: ${missing.join(', ')} missing; run npm run build first.`);
    process.exit(1);
  }
  const staging = mkdtempSync(path.join(tmpdir(), 'tandem-electronegativity-'));
  for (const input of INPUTS) {
    cpSync(path.join(root, input), path.join(staging, input), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  }
  return staging;
}

/**
 * The code a finding points at, as its justification names it. A policy's hashes are written
 * `'sha256-…'`: the minutes' stylesheet hash changes with the stylesheet (a unit test keeps it right),
 * and the judgement of the policy does not.
 */
const codeOf = (issue) =>
  String(issue.sample ?? '')
    .trim()
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'");

/** One line of the report on standard output. */
const say = (line) => process.stdout.write(`${line}\n`);

/** A finding and its justification meet on check, file and the code pointed at, never on line numbers. */
const key = (finding) => `${finding.check} ${finding.file} ${finding.code}`;

async function main() {
  useBundledTranslations();
  const run = require(path.join(toolRoot, 'dist/runner.js'));
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const electronVersion = manifest.devDependencies.electron;
  const staging = stage();
  let result;
  try {
    result = await run({
      input: staging,
      isRelative: true,
      customScan: [],
      excludeFromScan: OFFLINE_EXCLUDED,
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file,
    at: `${issue.location.line}:${issue.location.column}`,
    code: codeOf(issue),
    severity: issue.severity.name,
    confidence: issue.confidence.name,
  }));
  const { justified } = JSON.parse(readFileSync(path.join(here, 'electronegativity.json'), 'utf8'));
  const reasons = new Map(justified.map((entry) => [key(entry), entry.reason]));
  const unjustified = findings.filter((finding) => !reasons.has(key(finding)));
  const stale = justified.filter((entry) => !findings.some((finding) => key(finding) === key(entry)));

  say(
    `Electronegativity ${require(path.join(toolRoot, 'package.json')).version} over ${INPUTS.join(', ')} ` +
      `(Electron ${electronVersion}; ${result.globalChecks} global and ${result.atomicChecks} file checks; ` +
      `left out offline: ${OFFLINE_EXCLUDED.join(', ')})`,
  );
  for (const error of result.errors) say(`  could not parse ${error.file}: ${error.message}`);
  for (const finding of findings) {
    const verdict = reasons.has(key(finding)) ? 'justified' : 'NOT JUSTIFIED';
    say(
      `  ${verdict}: ${finding.check} ${finding.file}:${finding.at} (${finding.severity}, ${finding.confidence})`,
    );
    say(`      ${finding.code.slice(0, 160)}`);
  }
  for (const entry of stale) say(`  STALE justification, no such finding: ${key(entry)}`);
  const parseFailures = result.errors.filter((error) => !error.tolerable);
  say(
    `${findings.length} findings: ${findings.length - unjustified.length} justified, ${unjustified.length} not; ` +
      `${stale.length} stale justifications; ${parseFailures.length} files not parsed.`,
  );
  if (unjustified.length > 0 || stale.length > 0 || parseFailures.length > 0) {
    console.error(
      'security:electron failed: fix the findings or justify them in security/electronegativity.json and .md.',
    );
    process.exit(1);
  }
}

await main();
