/**
 * A Chromium the test can SIGKILL: launched by the test itself as the leader of its own process group
 * (renderer, GPU and utility processes included) on a persistent profile, and driven over the DevTools
 * protocol (`connectOverCDP`). Playwright's own launchers hide the browser's process, so a crash could
 * only be imitated by closing it politely; here the whole group dies at once, as when the power fails.
 *
 * Such a browser is not Playwright's: nothing reaps it when a test fails or times out (a timed-out
 * test's own `finally` never runs). Every group launched here is therefore remembered until it is
 * gone; a spec kills the rest with `killAllKillable()` in `afterEach`, and the worker's exit does too.
 * Waits are sized for a busy shared machine (a load of 10 on 2 cores): they end on progress (the
 * DevTools address printed, the group gone), and the limits only catch a browser that never makes any.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';

export interface KillableChromium {
  readonly page: Page;
  readonly pid: number;
  /** SIGKILLs the browser's whole process group and resolves once every process of it is gone. */
  kill(): Promise<void>;
  /** Closes politely (for the end of a test); kills when that does not work in time. */
  close(): Promise<void>;
}

const DEVTOOLS = /DevTools listening on (ws:\/\/\S+)/;
/** Start-up, connection and navigation of a browser on a busy machine; the same as the config's navigation. */
const START_TIMEOUT = 60_000;
/** One action or expectation, as in playwright.config.ts. */
const ACTION_TIMEOUT = 30_000;

/** The process groups launched and not yet known to be gone, by leader pid. */
const running = new Set<number>();

/** SIGKILLs every browser launched here that is still running (for `afterEach`, whatever happened). */
export async function killAllKillable(): Promise<void> {
  await Promise.all([...running].map((pid) => groupGone(pid)));
}

// Last resort when the worker exits with browsers still up (a test killed by the global timeout).
process.once('exit', () => running.forEach(killGroup));

/** Launches Chromium headless on `profileDir`, connects to it and opens `url`. */
export async function launchKillable(profileDir: string, url: string): Promise<KillableChromium> {
  const child = spawn(
    CHROMIUM_EXECUTABLE,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--window-size=1366,768',
      '--lang=en-US',
      'about:blank',
    ],
    // A process group of its own, so one signal reaches every process of the browser.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'Europe/Berlin' } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start');
  running.add(pid);
  let browser: Browser | null = null;
  const kill = async () => {
    killGroup(pid);
    await exited;
    await groupGone(pid);
    await browser?.close().catch(() => undefined);
  };
  try {
    browser = await chromium.connectOverCDP(await devToolsUrl(child), { timeout: START_TIMEOUT });
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    // A context Playwright did not create gets none of the config's `use` timeouts.
    context.setDefaultTimeout(ACTION_TIMEOUT);
    context.setDefaultNavigationTimeout(START_TIMEOUT);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const connected = browser;
    return {
      page,
      pid,
      kill,
      async close() {
        const closed = connected.close().then(() => exited);
        const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
        if ((await Promise.race([closed, timedOut])) === 'timeout') await kill();
        // Helper processes that outlive the browser's exit go too.
        else await groupGone(pid);
      },
    };
  } catch (error) {
    await kill();
    throw error;
  }
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/** SIGKILLs the group until no process of it is left, so the profile is free again (30 s at most). */
async function groupGone(pid: number): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    try {
      process.kill(-pid, 0);
    } catch {
      running.delete(pid);
      return;
    }
    killGroup(pid);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Chromium's process group ${pid} did not die`);
}

/** The DevTools address Chromium prints on stderr when it is ready. */
function devToolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools address: ${seen}`)),
      START_TIMEOUT,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = DEVTOOLS.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited before it was ready: ${seen}`)));
  });
}
