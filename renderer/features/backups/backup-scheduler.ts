/**
 * When automatic backups run during a live meeting: one every `intervalMs` while started (the run
 * screen uses three minutes), and one at once on request (when the meeting ends). Never two at the
 * same time: a tick that finds a backup still running is skipped, and a request waits for it and
 * then runs, so the end-of-meeting backup is never lost. Ticks run when the browser is idle, off
 * the path of the facilitator's keystrokes.
 */

/** How often a live meeting is backed up (if anything changed): every three minutes. */
export const LIVE_BACKUP_INTERVAL_MS = 3 * 60_000;

export interface SchedulerOptions {
  /** Takes one backup; must not throw (a rejection is swallowed all the same). */
  take: () => Promise<unknown>;
  intervalMs?: number;
  /** Runs `task` when the page is idle; requestIdleCallback in the browser. */
  whenIdle?: (task: () => void) => void;
}

export interface BackupScheduler {
  /** Starts the periodic backups; starting twice changes nothing. */
  start(): void;
  /** Stops them; a backup already running finishes. */
  stop(): void;
  /** Runs a backup now, after the one running (if any); resolves when it is done. */
  backupNow(): Promise<void>;
}

/** requestIdleCallback where the browser has it (with a ten-second limit), else the next task. */
export function runWhenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 10_000 });
  else setTimeout(task, 0);
}

export function createBackupScheduler(options: SchedulerOptions): BackupScheduler {
  const { take, intervalMs = LIVE_BACKUP_INTERVAL_MS, whenIdle = runWhenIdle } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let inFlight: Promise<void> | null = null;

  function launch(): Promise<void> {
    const run: Promise<void> = take()
      .then(() => undefined)
      // Kept: a background backup that fails must not stop the timer; `take` reports its own outcome.
      .catch(() => undefined)
      .finally(() => {
        if (inFlight === run) inFlight = null;
      });
    inFlight = run;
    return run;
  }

  function tick(): void {
    if (inFlight) return;
    whenIdle(() => {
      if (timer !== undefined && !inFlight) void launch();
    });
  }

  return {
    start() {
      if (timer === undefined) timer = setInterval(tick, intervalMs);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
    async backupNow() {
      while (inFlight) await inFlight;
      await launch();
    },
  };
}
