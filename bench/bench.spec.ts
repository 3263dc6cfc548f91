/**
 * `npm run bench` (and the small `npm run bench:ci`): what users feel, measured in the production
 * build in headless Chromium on the seeded reference workspace. Each phase is one test, so a run
 * shows which phase failed; a test fails only when a figure could not be produced — budgets are
 * reported in the table, never asserted. The whole file runs in one worker, in order.
 */
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { SeedResult, TandemBench } from './harness/main';
import {
  armCapture,
  armEnter,
  armSeen,
  commitProbe,
  rawPuts,
  readyProbe,
  storedPoint,
} from './support/probes';
import { figure, table, writeResults, type Figures } from './support/report';
import { copyProfile, DIST, launch, newProfileDir, removeDir, serveSite, type Site } from './support/site';
import { median, p95 } from './support/stats';
import { initialWeight } from './support/weight';

declare global {
  interface Window {
    tandemBench?: TandemBench;
  }
}

const SIZE: 'ci' | 'full' = process.env.BENCH_SIZE === 'ci' ? 'ci' : 'full';
const FULL = SIZE === 'full';
/** Runs per figure (the issue asks for at least 10); captures and syncs per run of their phase. */
const RUNS = Number(process.env.BENCH_RUNS ?? (FULL ? 10 : 2));
const CAPTURES = FULL ? 200 : 5;
const SYNCS = FULL ? 100 : 5;
const RESULTS = FULL
  ? path.join(import.meta.dirname, 'results.json')
  : path.join(import.meta.dirname, '..', '.tmp', 'bench', 'results-ci.json');

const SCREENS = {
  blank: { path: 'bench/blank/index.html', ready: ['.blank-ready'] },
  meetings: { path: '#/meetings', ready: ['.meeting-list > li'] },
  // All seven charts drawn (or their sentence when a chart has nothing to draw).
  trends: { path: '', ready: ['.trends-grid > .trend-figure:nth-child(7) :is(svg, .trend-empty)'] },
  // The Register's first tab (decisions) and its third (give-and-get agreements), rows shown.
  registerDecisions: { path: '#/register/decisions', ready: ['.register-table .register-row'] },
  registerAgreements: { path: '#/register/agreements', ready: ['.ledger-table .register-row'] },
  run: {
    path: '',
    ready: ['.conflict-list > li', '.decision-list > li', '.capture-list > li', '.run-active-title'],
  },
} as const;

const figures: Figures = {};
const raw: Record<string, number[]> = {};
let site: Site;
let golden: string;
let seed: SeedResult;
const dirs: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  site = await serveSite();
  golden = await newProfileDir();
  dirs.push(golden);
  const context = await launch(golden, site.url);
  const page = await context.newPage();
  await page.goto('bench/harness/index.html');
  await page.waitForFunction(() => window.tandemBench !== undefined);
  seed = await page.evaluate((size) => (window.tandemBench as TandemBench).seed(size), SIZE);
  await context.close();
});

test.afterAll(async () => {
  const content = {
    size: SIZE,
    runs: RUNS,
    captures: CAPTURES,
    syncs: SYNCS,
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      load: os.loadavg(),
    },
    seed,
    figures,
    samples: raw,
  };
  await writeResults(RESULTS, content);
  console.log(
    `\nTandem benchmark (${SIZE} workspace, ${RUNS} runs) → ${path.relative(process.cwd(), RESULTS)}\n${table(figures)}\n`,
  );
  await site?.close();
  await Promise.all(dirs.map(removeDir));
});

const runPath = () => `#/meetings/${seed.largestMeetingId}/run`;
const trendsPath = () => `#/trends/${seed.seriesId}`;

async function interactive(
  context: BrowserContext,
  screen: keyof typeof SCREENS,
): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  const { path: target, ready } = SCREENS[screen];
  await page.addInitScript(readyProbe, [...ready]);
  await page.goto(screen === 'run' ? runPath() : screen === 'trends' ? trendsPath() : target);
  await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__benchReady as number);
  return { ms, page };
}

async function heapMiB(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 2 ** 20;
}

test('Weight: initial JS and CSS of the build', async () => {
  const weight = await initialWeight(DIST);
  figures.initialJs = {
    ...figure('Initial JS (gzip)', 'KiB', weight.jsGzip / 1024, 200),
    note: weight.jsFiles.join(', '),
  };
  figures.initialCss = {
    ...figure('Initial CSS (gzip)', 'KiB', weight.cssGzip / 1024),
    note: weight.cssFiles.join(', '),
  };
  expect(weight.jsGzip).toBeGreaterThan(0);
  expect(weight.cssGzip).toBeGreaterThan(0);
});

test('Start: Meetings list and the largest meeting’s run screen, against a blank React page', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const times: Record<'blank' | 'meetings' | 'run', number[]> = { blank: [], meetings: [], run: [] };
  const heap: number[] = [];
  // Run 0 warms the disk cache and the profile; it is not counted.
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await launch(profile, site.url);
    for (const screen of ['blank', 'meetings', 'run'] as const) {
      const { ms, page } = await interactive(context, screen);
      if (run > 0) times[screen].push(ms);
      if (screen === 'run' && run > 0) heap.push(await heapMiB(context, page));
      await page.close();
    }
    await context.close();
  }
  Object.assign(raw, { startBlank: times.blank, startMeetings: times.meetings, startRun: times.run, heap });
  figures.startBlank = figure('Start: blank React page interactive (median)', 'ms', median(times.blank));
  figures.startMeetings = figure('Start: Meetings list interactive (median)', 'ms', median(times.meetings));
  figures.startRatio = figure(
    'Start: Meetings list ÷ blank page',
    '×',
    median(times.meetings) / median(times.blank),
    2,
  );
  figures.startRun = figure(
    'Start: run screen of largest meeting interactive (median)',
    'ms',
    median(times.run),
    800,
  );
  figures.startRunP95 = figure('Start: run screen of largest meeting (p95)', 'ms', p95(times.run));
  figures.heap = figure('JS heap after opening the largest meeting (median)', 'MiB', median(heap), 150);
  for (const key of ['startBlank', 'startMeetings', 'startRatio', 'startRun', 'heap']) {
    expect(Number.isFinite(figures[key]?.value), key).toBe(true);
  }
});

test('Trends: the series of 20 meetings, every chart drawn', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const times: number[] = [];
  // Run 0 warms the disk cache and the profile; it is not counted.
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await launch(profile, site.url);
    const { ms, page } = await interactive(context, 'trends');
    if (run > 0) times.push(ms);
    await page.close();
    await context.close();
  }
  raw.trends = times;
  figures.trends = figure(
    'Trends screen of the 20-meeting series interactive (median)',
    'ms',
    median(times),
    800,
  );
  figures.trendsP95 = figure('Trends screen of the 20-meeting series (p95)', 'ms', p95(times));
  expect(Number.isFinite(figures.trends?.value)).toBe(true);
});

test('Register: the decisions tab and the agreements tab, rows shown', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const times: Record<'decisions' | 'agreements', number[]> = { decisions: [], agreements: [] };
  // Run 0 warms the disk cache and the profile; it is not counted.
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await launch(profile, site.url);
    for (const [tab, screen] of [
      ['decisions', 'registerDecisions'],
      ['agreements', 'registerAgreements'],
    ] as const) {
      const { ms, page } = await interactive(context, screen);
      if (run > 0) times[tab].push(ms);
      await page.close();
    }
    await context.close();
  }
  Object.assign(raw, { registerDecisions: times.decisions, registerAgreements: times.agreements });
  figures.registerDecisions = figure(
    'Register: decisions tab interactive (median)',
    'ms',
    Math.round(median(times.decisions)),
  );
  // The budget for the third tab is the Register's own figure: the decisions tab, same run.
  figures.registerAgreements = figure(
    'Register: agreements tab interactive (median)',
    'ms',
    median(times.agreements),
    Math.round(median(times.decisions)),
  );
  expect(Number.isFinite(figures.registerAgreements?.value)).toBe(true);
});

/** Opens Log point (Alt+L), types a statement and picks Content issue (Alt+1); Enter is left to the caller. */
async function typePoint(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Alt+L');
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Statement' });
  await field.fill(text);
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'Content issue' })).toBeChecked();
}

test('Capture latency: Enter in Log point until the point is in the log and on disk', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const context = await launch(profile, site.url);
  await context.addInitScript(commitProbe);
  const { page } = await interactive(context, 'run');
  const capture: number[] = [];
  const warmUp = 3;
  let last = '';
  for (let index = 0; index < CAPTURES + warmUp; index += 1) {
    last = `Bench capture ${index}: the lead hand-over misses the agreed qualification step`;
    await typePoint(page, last);
    await page.evaluate(armCapture, last);
    await page.keyboard.press('Enter');
    const times = await page.evaluate(
      () => window.__benchCapture as Promise<{ start: number; visible: number; committed: number }>,
    );
    await expect(page.getByRole('dialog')).toHaveCount(0);
    if (index >= warmUp) capture.push(Math.max(times.visible, times.committed) - times.start);
  }
  const record = await page.evaluate(storedPoint, last);
  expect(record, 'the last captured point is in IndexedDB').toBeDefined();
  const put = await page.evaluate(rawPuts, { record: record as Record<string, unknown>, count: CAPTURES });
  await context.close();
  Object.assign(raw, { capture, rawPut: put });
  figures.captureP50 = figure(
    `Capture → visible and committed, p50 (${CAPTURES} captures)`,
    'ms',
    median(capture),
  );
  figures.captureP95 = figure('Capture → visible and committed, p95', 'ms', p95(capture), 50);
  figures.rawPutP50 = figure('Raw IndexedDB put of the same record, p50', 'ms', median(put));
  figures.rawPutP95 = figure('Raw IndexedDB put of the same record, p95', 'ms', p95(put));
  figures.captureRatio = figure('Capture p50 ÷ raw put p50', '×', median(capture) / median(put));
  for (const key of ['captureP50', 'captureP95', 'rawPutP50', 'captureRatio']) {
    expect(Number.isFinite(figures[key]?.value), key).toBe(true);
  }
});

test('Audience sync: a point captured in the facilitator window appears in the audience window', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const context = await launch(profile, site.url);
  const { page } = await interactive(context, 'run');
  // Opened by the run screen's own button: a separate window, as on the projector, so both stay visible.
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await audience.locator('.audience-points li').first().waitFor();
  const visibility = await Promise.all(
    [page, audience].map((each) => each.evaluate(() => document.visibilityState)),
  );
  expect(visibility, 'both windows are visible').toEqual(['visible', 'visible']);
  const sync: number[] = [];
  const warmUp = 2;
  for (let index = 0; index < SYNCS + warmUp; index += 1) {
    const text = `Bench sync ${index}: budget split for the spring campaign`;
    await typePoint(page, text);
    await audience.evaluate(armSeen, text);
    await page.evaluate(armEnter);
    await page.keyboard.press('Enter');
    const seen = await audience.evaluate(() => window.__benchSeen as Promise<number>);
    const entered = await page.evaluate(() => window.__benchEnter as number);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    if (index >= warmUp) sync.push(seen - entered);
  }
  await context.close();
  raw.audienceSync = sync;
  figures.syncP50 = figure(`Audience sync, p50 (${SYNCS} captures)`, 'ms', median(sync));
  figures.syncP95 = figure('Audience sync, p95', 'ms', p95(sync), 150);
  expect(Number.isFinite(figures.syncP95?.value)).toBe(true);
});

const EXPORT_BUDGETS: Record<string, number | undefined> = {
  markdown: 150,
  html: 150,
  docx: 1500,
  pdf: 3000,
};

test('Export: every format of the largest meeting, as the Export dialog makes it', async () => {
  test.setTimeout(20 * 60_000);
  const profile = await copyProfile(golden);
  dirs.push(profile);
  const context = await launch(profile, site.url);
  const page = await context.newPage();
  await page.goto('bench/harness/index.html');
  await page.waitForFunction(() => window.tandemBench !== undefined);
  const formats = await page.evaluate(() => [...(window.tandemBench as TandemBench).formats]);
  const failures: string[] = [];
  /** The first export of each format in the page: on-demand code and (PDF) fonts loaded with it. */
  const first: Record<string, number> = {};
  for (const format of formats) {
    const times: number[] = [];
    try {
      for (let run = 0; run <= RUNS; run += 1) {
        const { ms } = await page.evaluate(
          ([id, name]) => (window.tandemBench as TandemBench).time(id, name),
          [seed.largestMeetingId, format] as const,
        );
        if (run > 0) times.push(ms);
        else first[format] = ms;
      }
    } catch (error) {
      failures.push(`${format}: ${String(error)}`);
    }
    raw[`export_${format}`] = times;
    figures[`export_${format}`] = figure(
      `Export ${format} (median)`,
      'ms',
      times.length > 0 ? median(times) : null,
      EXPORT_BUDGETS[format],
    );
  }
  const parts = { snapshot: [] as number[], minutes: [] as number[] };
  for (let run = 0; run <= RUNS; run += 1) {
    const part = await page.evaluate(
      (id) => (window.tandemBench as TandemBench).breakdown(id),
      seed.largestMeetingId,
    );
    if (run > 0) {
      parts.snapshot.push(part.snapshot);
      parts.minutes.push(part.minutes);
    }
  }
  Object.assign(raw, { exportSnapshot: parts.snapshot, exportMinutes: parts.minutes });
  figures.exportSnapshot = figure(
    'Export, part: reading the snapshot (median)',
    'ms',
    median(parts.snapshot),
  );
  figures.exportMinutes = figure('Export, part: building the minutes (median)', 'ms', median(parts.minutes));
  for (const [format, ms] of Object.entries(first)) raw[`export_${format}_first`] = [ms];
  if (first.pdf !== undefined)
    figures.export_pdf_first = figure('Export pdf, first in a session (fonts read)', 'ms', first.pdf);
  // Minutes with text the PDF writer's fonts cannot set are printed from the HTML minutes: Electron
  // prints them with printToPDF; here Chromium's page.pdf() of the same HTML stands in.
  const printer = await context.newPage();
  const pdf: number[] = [];
  try {
    for (let run = 0; run <= Math.min(RUNS, 3); run += 1) {
      const { ms, html } = await page.evaluate(
        (id) => (window.tandemBench as TandemBench).html(id),
        seed.largestMeetingId,
      );
      const started = performance.now();
      await printer.setContent(html, { waitUntil: 'load' });
      const file = await printer.pdf({ format: 'A4', printBackground: true });
      if (file.subarray(0, 5).toString() !== '%PDF-') throw new Error('page.pdf made no PDF');
      if (run > 0) pdf.push(ms + performance.now() - started);
    }
  } catch (error) {
    failures.push(`pdf: ${String(error)}`);
  }
  await context.close();
  raw.export_pdf_printed = pdf;
  figures.export_pdf_printed = figure(
    'Export PDF printed from HTML (fallback; median of 3, page.pdf)',
    'ms',
    pdf.length > 0 ? median(pdf) : null,
  );
  expect(failures, 'every format was made').toEqual([]);
});
