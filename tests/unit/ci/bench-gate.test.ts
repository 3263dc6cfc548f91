/**
 * `npm test` ends with the small benchmark (`npm run bench:ci`), so the benchmark script never rots,
 * and the CI summary counts its phases from the Playwright JSON the benchmark writes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_SOURCES, gatesOf } from '../../../.ci/summarize.mjs';
import benchConfig from '../../../bench/playwright.config';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the benchmark in CI', () => {
  it('runs as the last gate of npm test, on the small workspace', () => {
    expect(gatesOf(pkg.scripts.test ?? '').at(-1)).toBe('bench:ci');
    expect(pkg.scripts['bench:ci']).toContain('BENCH_SIZE=ci');
  });

  it('is counted from the JSON report the benchmark config writes', () => {
    const source = RESULT_SOURCES['bench:ci'];
    const reporters = Array.isArray(benchConfig.reporter) ? benchConfig.reporter : [];
    const json = reporters.find(([name]) => name === 'json')?.[1] as { outputFile?: string } | undefined;
    expect(source?.format).toBe('playwright');
    expect(json?.outputFile).toBe(`../test-results/${source?.file}`);
  });
});
