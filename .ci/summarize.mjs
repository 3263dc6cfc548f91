// @ts-check
/**
 * Prints the CI summary after `npm test`: one line per gate, then exactly one plain line
 * `N passed, N failed` over everything.
 *
 * The gates and their order come from the `test` script in package.json (`npm run a && npm run b …`).
 * Which gates ran is read from npm's `> name@version script` banners in the captured log: with `&&`,
 * every gate that was followed by another one passed, and the last one that started passed only if
 * `npm test` exited 0. Test suites count their tests from their machine-readable results (vitest and
 * Playwright JSON in test-results/; the packaging check's `N passed, N failed` line, or its JSON);
 * every other gate (typecheck, lint, format) counts as one check.
 *
 * Usage: node .ci/summarize.mjs --log <npm-test.log> --results <dir> [--exit-code <n>] [--failed-step <name>]
 * Exits 1 when anything failed or did not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** @typedef {'passed' | 'failed' | 'not run'} GateStatus */
/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/** @typedef {{ name: string, status: GateStatus, counts: Counts | null, note: string }} GateResult */
/** @typedef {{ format: 'vitest' | 'playwright' | 'packaging', file: string }} ResultSource */

/** Where each test suite writes its results; gates not listed here are single checks. */
export const RESULT_SOURCES = /** @type {Record<string, ResultSource>} */ ({
  'test:unit': { format: 'vitest', file: 'unit.json' },
  'test:data': { format: 'vitest', file: 'data.json' },
  'test:ui': { format: 'vitest', file: 'ui.json' },
  'test:packaging-offline': { format: 'packaging', file: 'packaging.json' },
  'test:e2e': { format: 'playwright', file: 'e2e.json' },
  'bench:ci': { format: 'playwright', file: 'bench.json' },
});

const COUNT_LINE = /^\s*(\d+) passed, (\d+) failed\s*$/;

/**
 * The gates of the `test` script, in order: `npm run typecheck && npm run lint` → ['typecheck', 'lint'].
 * @param {string} testScript
 * @returns {string[]}
 */
export function gatesOf(testScript) {
  return testScript
    .split('&&')
    .map((part) => part.trim().match(/^npm run (\S+)$/)?.[1])
    .filter((name) => name !== undefined);
}

/**
 * The scripts npm announced in the log, in order (`> tandem@0.1.0 lint`), with the log text of each.
 * @param {string} log
 * @param {string} packageName
 * @returns {Array<{ script: string, output: string }>}
 */
export function scriptsInLog(log, packageName) {
  const banner = new RegExp(`^> ${packageName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@\\S+ (\\S+)$`);
  /** @type {Array<{ script: string, output: string }>} */
  const found = [];
  for (const line of log.split(/\r?\n/)) {
    const script = line.match(banner)?.[1];
    const current = found.at(-1);
    if (script) found.push({ script, output: '' });
    else if (current) current.output += `${line}\n`;
  }
  return found;
}

/**
 * Reads test counts from a suite's results; null when there are none.
 * @param {ResultSource} source
 * @param {string} resultsDir
 * @param {string} output what the gate (and the scripts it ran) printed
 * @returns {Counts | null}
 */
export function readCounts(source, resultsDir, output) {
  const file = path.join(resultsDir, source.file);
  /** @type {Record<string, unknown> | null} */
  let json = null;
  if (existsSync(file)) {
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      json = null;
    }
  }
  const num = (/** @type {unknown} */ value) => (typeof value === 'number' ? value : 0);
  if (json && source.format === 'vitest') {
    return {
      passed: num(json.numPassedTests),
      failed: num(json.numFailedTests),
      skipped: num(json.numPendingTests) + num(json.numTodoTests),
    };
  }
  if (json && source.format === 'playwright') {
    const stats = /** @type {Record<string, unknown>} */ (json.stats ?? {});
    return {
      passed: num(stats.expected) + num(stats.flaky),
      failed: num(stats.unexpected),
      skipped: num(stats.skipped),
    };
  }
  if (json && source.format === 'packaging') {
    return { passed: num(json.passed), failed: num(json.failed), skipped: num(json.skipped) };
  }
  if (source.format === 'packaging') {
    const last = output.split('\n').findLast((line) => COUNT_LINE.test(line));
    const match = last?.match(COUNT_LINE);
    if (match) return { passed: Number(match[1]), failed: Number(match[2]), skipped: 0 };
  }
  return null;
}

/**
 * @typedef {object} SummaryInput
 * @property {string[]} gates the gates of `npm test`, in order
 * @property {Array<{ script: string, output: string }>} started what the log shows npm ran
 * @property {number | null} exitCode the exit code of `npm test`; null when it never ran
 * @property {(gate: string, output: string) => Counts | null} countsOf the test counts of a suite gate
 * @property {string} [failedStep] a set-up step that failed before `npm test`
 */

/**
 * Decides the status and counts of every gate.
 * @param {SummaryInput} input
 * @returns {{ gates: GateResult[], passed: number, failed: number, ok: boolean }}
 */
export function summarize({ gates, started, exitCode, countsOf, failedStep }) {
  const startedGates = gates.filter((gate) => started.some((entry) => entry.script === gate));
  const lastStarted = startedGates.at(-1);
  let passed = 0;
  let failed = failedStep ? 1 : 0;
  /** @type {GateResult[]} */
  const results = gates.map((name) => {
    if (!startedGates.includes(name)) return { name, status: 'not run', counts: null, note: '' };
    const exitedOk = name !== lastStarted || exitCode === 0;
    const output = outputOf(name, gates, started);
    const counts = countsOf(name, output);
    if (!counts) {
      if (exitedOk) passed += 1;
      else failed += 1;
      return { name, status: exitedOk ? 'passed' : 'failed', counts: null, note: '' };
    }
    // A suite can fail without a failing test (a file that does not load, a web server that does not start).
    const extra = !exitedOk && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + extra;
    const status = exitedOk && counts.failed === 0 ? 'passed' : 'failed';
    return { name, status, counts, note: extra ? 'exited with an error outside the tests' : '' };
  });
  const allRan = results.every((gate) => gate.status !== 'not run');
  return { gates: results, passed, failed, ok: failed === 0 && allRan && exitCode === 0 };
}

/**
 * The log text of a gate: from its banner up to the banner of the next gate (nested scripts included).
 * @param {string} gate
 * @param {string[]} gates
 * @param {Array<{ script: string, output: string }>} started
 */
function outputOf(gate, gates, started) {
  const from = started.findIndex((entry) => entry.script === gate);
  let output = '';
  for (let i = from; i < started.length; i += 1) {
    const entry = /** @type {{ script: string, output: string }} */ (started[i]);
    if (i > from && gates.includes(entry.script)) break;
    output += entry.output;
  }
  return output;
}

/**
 * The lines to print.
 * @param {ReturnType<typeof summarize>} summary
 * @param {string} [failedStep]
 * @returns {string[]}
 */
export function formatSummary(summary, failedStep) {
  const width = Math.max(...summary.gates.map((gate) => gate.name.length), 5);
  const lines = ['', 'Summary'];
  if (failedStep) lines.push(`  ${'setup'.padEnd(width)}  failed at: ${failedStep}`);
  for (const gate of summary.gates) {
    /** @type {string} */
    let detail = gate.status;
    if (gate.counts) {
      const { passed, failed, skipped } = gate.counts;
      detail = `${gate.status}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    }
    if (gate.note) detail += ` (${gate.note})`;
    lines.push(`  ${gate.name.padEnd(width)}  ${detail}`);
  }
  lines.push(`${summary.passed} passed, ${summary.failed} failed`);
  return lines;
}

function main() {
  const { values } = parseArgs({
    options: {
      log: { type: 'string' },
      results: { type: 'string', default: 'test-results' },
      'exit-code': { type: 'string' },
      'failed-step': { type: 'string' },
    },
  });
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const log = values.log && existsSync(values.log) ? readFileSync(values.log, 'utf8') : '';
  const resultsDir = path.resolve(values.results);
  const failedStep = values['failed-step'] || undefined;
  const summary = summarize({
    gates: gatesOf(pkg.scripts?.test ?? ''),
    started: scriptsInLog(log, pkg.name),
    exitCode: values['exit-code'] === undefined ? null : Number(values['exit-code']),
    countsOf: (gate, output) => {
      const source = RESULT_SOURCES[gate];
      return source ? readCounts(source, resultsDir, output) : null;
    },
    failedStep,
  });
  process.stdout.write(`${formatSummary(summary, failedStep).join('\n')}\n`);
  process.exitCode = summary.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
