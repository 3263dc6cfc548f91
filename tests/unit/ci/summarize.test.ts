import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatSummary,
  gatesOf,
  readCounts,
  scriptsInLog,
  summarize,
  type Counts,
} from '../../../.ci/summarize.mjs';

const TEST_SCRIPT =
  'npm run typecheck && npm run lint && npm run format:check && npm run test:unit && npm run test:e2e';
const GATES = ['typecheck', 'lint', 'format:check', 'test:unit', 'test:e2e'];

/** A log as npm prints it: a banner per script, then its output. */
function logOf(...scripts: Array<[string, string]>): string {
  return scripts
    .map(([script, output]) => `\n> tandem@0.1.0 ${script}\n> some command\n\n${output}\n`)
    .join('');
}

const counts = (passed: number, failed: number): Counts => ({ passed, failed, skipped: 0 });

describe('gatesOf', () => {
  it('reads the gates of the test script in order', () => {
    expect(gatesOf(TEST_SCRIPT)).toEqual(GATES);
  });
});

describe('scriptsInLog', () => {
  it('finds the scripts npm announced, nested ones included, with their output', () => {
    const log = logOf(
      ['lint', 'all clean'],
      ['test:e2e', ''],
      ['build:renderer', 'built'],
      ['sub', '3 passed'],
    );
    expect(scriptsInLog(log, 'tandem').map((entry) => entry.script)).toEqual([
      'lint',
      'test:e2e',
      'build:renderer',
      'sub',
    ]);
    expect(scriptsInLog(log, 'tandem')[0]?.output).toContain('all clean');
  });

  it('ignores banners of another package', () => {
    expect(scriptsInLog('> other@1.0.0 lint\n', 'tandem')).toEqual([]);
  });
});

describe('summarize', () => {
  const countsOf = (gate: string) =>
    gate === 'test:unit' ? counts(12, 0) : gate === 'test:e2e' ? counts(9, 1) : null;

  it('counts each check gate as one and each suite by its tests', () => {
    const started = scriptsInLog(logOf(...GATES.map((gate): [string, string] => [gate, ''])), 'tandem');
    const summary = summarize({ gates: GATES, started, exitCode: 1, countsOf });
    expect(summary.gates.map((gate) => gate.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
      'failed',
    ]);
    expect([summary.passed, summary.failed, summary.ok]).toEqual([3 + 12 + 9, 1, false]);
  });

  it('fails the gate that stopped npm test and marks the rest as not run', () => {
    const started = scriptsInLog(logOf(['typecheck', ''], ['lint', 'error']), 'tandem');
    const summary = summarize({ gates: GATES, started, exitCode: 1, countsOf });
    expect(summary.gates.map((gate) => gate.status)).toEqual([
      'passed',
      'failed',
      'not run',
      'not run',
      'not run',
    ]);
    expect([summary.passed, summary.failed]).toEqual([1, 1]);
  });

  it('counts a suite that failed without a failing test as one failure', () => {
    const started = scriptsInLog(
      logOf(...GATES.slice(0, 4).map((gate): [string, string] => [gate, ''])),
      'tandem',
    );
    const summary = summarize({ gates: GATES, started, exitCode: 1, countsOf });
    expect(summary.gates[3]).toMatchObject({
      status: 'failed',
      note: 'exited with an error outside the tests',
    });
    expect([summary.passed, summary.failed]).toEqual([3 + 12, 1]);
  });

  it('is ok only when every gate ran and passed', () => {
    const started = scriptsInLog(logOf(...GATES.map((gate): [string, string] => [gate, ''])), 'tandem');
    const summary = summarize({ gates: GATES, started, exitCode: 0, countsOf: () => counts(2, 0) });
    expect([summary.passed, summary.failed, summary.ok]).toEqual([10, 0, true]);
  });

  it('reports a failed set-up step when npm test never ran', () => {
    const summary = summarize({ gates: GATES, started: [], exitCode: null, countsOf, failedStep: 'npm ci' });
    expect([summary.passed, summary.failed, summary.ok]).toEqual([0, 1, false]);
    const lines = formatSummary(summary, 'npm ci');
    expect(lines).toContain('  setup         failed at: npm ci');
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('formatSummary', () => {
  it('ends with exactly one plain count line', () => {
    const started = scriptsInLog(logOf(...GATES.map((gate): [string, string] => [gate, ''])), 'tandem');
    const lines = formatSummary(
      summarize({
        gates: GATES,
        started,
        exitCode: 1,
        countsOf: (g) => (g === 'test:e2e' ? counts(9, 1) : null),
      }),
    );
    expect(lines.filter((line) => /^\d+ passed, \d+ failed$/.test(line))).toEqual(['13 passed, 1 failed']);
    expect(lines).toContain('  test:e2e      failed: 9 passed, 1 failed');
  });
});

describe('readCounts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-ci-'));
    await writeFile(
      path.join(dir, 'unit.json'),
      JSON.stringify({ numPassedTests: 40, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1 }),
    );
    await writeFile(
      path.join(dir, 'e2e.json'),
      JSON.stringify({ stats: { expected: 8, flaky: 1, unexpected: 1, skipped: 2 }, errors: [] }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads vitest JSON', () => {
    expect(readCounts({ format: 'vitest', file: 'unit.json' }, dir, '')).toEqual({
      passed: 40,
      failed: 2,
      skipped: 2,
    });
  });

  it('reads Playwright JSON, counting flaky tests as passed', () => {
    expect(readCounts({ format: 'playwright', file: 'e2e.json' }, dir, '')).toEqual({
      passed: 9,
      failed: 1,
      skipped: 2,
    });
  });

  it("reads the packaging check's last count line when it wrote no JSON", () => {
    const output = 'ok asar\nFAIL icon\n  7 passed, 1 failed\n';
    expect(readCounts({ format: 'packaging', file: 'packaging.json' }, dir, output)).toEqual(counts(7, 1));
  });

  it('returns null when a suite left no results', () => {
    expect(readCounts({ format: 'vitest', file: 'missing.json' }, dir, '')).toBeNull();
  });
});
