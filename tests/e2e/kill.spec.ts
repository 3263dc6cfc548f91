/**
 * The kill test: a live meeting in real Chromium on a persistent profile, entries captured through the
 * UI as fast as it allows, and the browser's whole process group SIGKILLed at seeded random moments —
 * 20 times. An entry counts as SHOWN AS SAVED once it is visible in the Conflict log or in the action
 * items: those lists are live queries that read the row back from IndexedDB after its transaction
 * committed with strict durability (renderer/data/database.ts). After every relaunch:
 * - every entry shown as saved before the kill is stored, exactly once;
 * - nothing is duplicated, and every stored entry is one the test submitted, whole (not half-written);
 * - the meeting still runs, and its timer continues from the stored spans, the time the browser was
 *   down included (renderer/domain/run-clock.ts: an open span runs until now).
 * KILL_SEED=<n> repeats a run with other moments.
 *
 * Nothing here is bounded by the clock: a round ends after a seeded number of entries shown as saved
 * (then the kill lands at a seeded moment in the capture that follows), every wait ends on progress,
 * and the test's time limit grows with the rounds. A slow machine makes the test slower, never red.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { killAllKillable, launchKillable, type KillableChromium } from './support/killable-chromium';
import { startLiveMeeting } from './support/live-meeting';

const ROUNDS = 20;
const SEED = Number(process.env.KILL_SEED ?? 20261128);
/**
 * Time limits sized to the work: a round (relaunch, run screen, checks, a few captures) took 3–6 s on
 * an idle machine; the budgets leave room for a machine ten times slower.
 */
const SETUP_BUDGET = 60_000;
const ROUND_BUDGET = 45_000;

/** A small seeded generator (mulberry32): the same seed kills at the same moments. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Stored {
  points: Array<{ id: string; statement: string; meetingId: string; level: string; createdAt: string }>;
  actions: Array<{ id: string; what: string; meetingId: string; createdAt: string }>;
  meeting: { status: string; activeAgendaItemId?: string } | undefined;
  /** The whole meeting's elapsed seconds as the stored spans give them now. */
  expectedSeconds: number;
}

/** The stored rows, read straight from IndexedDB, and the timer as shown, at about the same moment. */
async function readStored(page: Page, meetingId: string): Promise<Stored & { shownSeconds: number }> {
  const [stored, shownSeconds] = await Promise.all([readRows(page, meetingId), shownTimer(page)]);
  return { ...stored, shownSeconds };
}

function readRows(page: Page, meetingId: string): Promise<Stored> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Span = { start: string; end?: string };
    const items = (await all<{ meetingId: string; spans: Span[] }>('agendaItems')).filter(
      (item) => item.meetingId === id,
    );
    const meeting = (await all<{ id: string; status: string; activeAgendaItemId?: string }>('meetings')).find(
      (row) => row.id === id,
    );
    const points = await all<Stored['points'][number]>('conflictPoints');
    const actions = await all<Stored['actions'][number]>('actionItems');
    db.close();
    const now = Date.now();
    const elapsedMs = items
      .flatMap((item) => item.spans)
      .reduce(
        (sum, span) =>
          sum + Math.max(0, Date.parse(span.end ?? new Date(now).toISOString()) - Date.parse(span.start)),
        0,
      );
    return { points, actions, meeting, expectedSeconds: Math.floor(elapsedMs / 1000) };
  }, meetingId);
}

/** The whole meeting's elapsed seconds, as the run screen shows them. */
async function shownTimer(page: Page): Promise<number> {
  const text = (await page.locator('.meeting-timer-value').textContent()) ?? '';
  const shown = /\d+(?::\d+)+/.exec(text)?.[0] ?? 'NaN';
  return shown
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** Logs a conflict point through the dialog; resolves once the log shows it (shown as saved). */
async function logPoint(page: Page, statement: string, level: '1' | '2', submitted: Set<string>) {
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  const box = dialog.getByRole('textbox', { name: 'Statement' });
  await box.fill(statement);
  await box.press(`Alt+${level}`);
  submitted.add(statement);
  await box.press('Enter');
  await expect(dialog).toBeHidden();
  const log = page.getByRole('list', { name: 'Conflict points' });
  await expect(log.getByText(statement, { exact: true })).toBeVisible();
}

/** Adds an action item through its form; resolves once the list shows it (shown as saved). */
async function addAction(page: Page, what: string, submitted: Set<string>) {
  // "Add action item" is a quick-capture that opens on Alt+A and closes after each save.
  await page.keyboard.press('Alt+A');
  const field = page.getByRole('textbox', { name: 'What' });
  await field.fill(what);
  submitted.add(what);
  await field.press('Enter');
  const list = page.getByRole('list', { name: 'Action items' });
  await expect(list.getByText(what, { exact: true })).toBeVisible();
}

function countsOf(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

interface KillState {
  random: () => number;
  submitted: Set<string>;
  shownAsSaved: string[];
  /** The timer as last shown before a kill, and when. */
  lastShown: { seconds: number; at: number } | null;
  killedAt: number;
}

/** After a relaunch: everything shown as saved is there once, nothing else is odd, the timer went on. */
async function verifyAfterKill(page: Page, meetingId: string, state: KillState): Promise<string> {
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  const stored = await readStored(page, meetingId);
  const rows = [...stored.points, ...stored.actions];
  const counts = countsOf([...stored.points.map((p) => p.statement), ...stored.actions.map((a) => a.what)]);
  for (const text of state.shownAsSaved) expect(counts.get(text), `lost: ${text}`).toBe(1);
  for (const [text, count] of counts) {
    expect(count, `duplicated: ${text}`).toBe(1);
    expect(state.submitted.has(text), `not what was typed: ${text}`).toBe(true);
  }
  for (const row of rows) {
    expect(row.meetingId).toBe(meetingId);
    expect(Number.isNaN(Date.parse(row.createdAt))).toBe(false);
  }
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  expect(stored.meeting?.status).toBe('running');
  const down = Date.now() - state.killedAt;
  // The timer shows what the stored spans give, and that includes the time the browser was down.
  // A busy machine may paint the timer late, so the check is repeated until the screen has caught up.
  const last = state.lastShown;
  let shown = Number.NaN;
  await expect
    .poll(async () => {
      const readAt = Date.now();
      const timer = await readStored(page, meetingId);
      shown = timer.shownSeconds;
      const atLeast = last ? last.seconds + Math.floor((readAt - last.at) / 1000) - 2 : 0;
      const ok = Math.abs(timer.shownSeconds - timer.expectedSeconds) <= 2 && timer.shownSeconds >= atLeast;
      return { shown: timer.shownSeconds, fromSpans: timer.expectedSeconds, atLeast, ok };
    })
    .toMatchObject({ ok: true });
  return `${rows.length} stored (${state.shownAsSaved.length} shown as saved), up again ${down} ms after the kill, timer ${shown} s`;
}

/**
 * Captures points and actions as fast as the UI allows until the browser is killed: once 1–3 entries
 * (seeded) are shown as saved, at a seeded moment 0–1 s later, wherever the next capture then is (in
 * the dialog, in its write, on its way to the list). Counted in entries, not seconds, every round
 * saves something however slow the machine.
 */
async function captureUntilKilled(session: KillableChromium, round: number, state: KillState): Promise<void> {
  const savedBeforeKill = 1 + Math.floor(state.random() * 3);
  const killDelay = Math.floor(state.random() * 1_000);
  let killed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armKill = () => {
    timer = setTimeout(() => {
      killed = true;
      state.killedAt = Date.now();
      void session.kill();
    }, killDelay);
  };
  try {
    for (let n = 0; !killed; n += 1) {
      const text = `Round ${round} entry ${n}: discount bands differ between regions`;
      if (n % 3 === 2) await addAction(session.page, text, state.submitted);
      else await logPoint(session.page, text, state.random() < 0.5 ? '1' : '2', state.submitted);
      // Seen in the list, so seen before the kill: shown as saved even if the kill came since.
      state.shownAsSaved.push(text);
      state.lastShown = { seconds: await shownTimer(session.page), at: Date.now() };
      if (n + 1 === savedBeforeKill) armKill();
    }
  } catch (error) {
    // Playwright loses the page when the browser dies under it; anything else is a real failure.
    if (!killed) throw error;
  } finally {
    clearTimeout(timer);
    await session.kill();
  }
}

let profileDir = '';

// Runs even when the test failed or timed out (its own `finally` does not then): no browser outlives it.
test.afterEach(async () => {
  await killAllKillable();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

test('a live meeting survives 20 SIGKILLs of the browser: nothing shown as saved is lost, nothing doubled, the timer goes on', async ({
  baseURL,
}) => {
  test.setTimeout(SETUP_BUDGET + ROUNDS * ROUND_BUDGET);
  profileDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-kill-profile-'));
  const state: KillState = {
    random: seeded(SEED),
    submitted: new Set(),
    shownAsSaved: [],
    lastShown: null,
    killedAt: 0,
  };
  const report: string[] = [];
  let session: KillableChromium | null = null;
  try {
    session = await launchKillable(profileDir, `${baseURL}#/meetings`);
    const meetingId = await startLiveMeeting(session.page, 'Kill test');
    const runUrl = `${baseURL}#/meetings/${meetingId}/run`;
    for (let round = 1; round <= ROUNDS; round += 1) {
      await captureUntilKilled(session, round, state);
      session = await launchKillable(profileDir, runUrl);
      report.push(`after kill ${round}: ${await verifyAfterKill(session.page, meetingId, state)}`);
    }
    console.log(`kill test (seed ${SEED}):\n${report.join('\n')}`);
    expect(state.shownAsSaved.length).toBeGreaterThanOrEqual(ROUNDS);
  } finally {
    await session?.close();
  }
});
