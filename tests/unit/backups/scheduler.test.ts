import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBackupScheduler,
  LIVE_BACKUP_INTERVAL_MS,
} from '../../../renderer/features/backups/backup-scheduler';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A backup that finishes only when the test says so. */
function controlledTake() {
  const finishers: (() => void)[] = [];
  const take = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  return { take, finishNext: () => finishers.shift()?.() };
}

const runNow = (task: () => void) => task();

describe('live backups', () => {
  it('run every three minutes while started, and not before', async () => {
    const take = vi.fn(async () => undefined);
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE - 1);
    expect(take).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(take).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(9 * MINUTE);
    expect(take).toHaveBeenCalledTimes(4);
    expect(LIVE_BACKUP_INTERVAL_MS).toBe(3 * MINUTE);
  });

  it('stop when stopped, and starting twice does not double them', async () => {
    const take = vi.fn(async () => undefined);
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    scheduler.start();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(take).toHaveBeenCalledTimes(1);
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('skip a tick while the previous backup is still running', async () => {
    const { take, finishNext } = controlledTake();
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * MINUTE);
    expect(take).toHaveBeenCalledTimes(1);
    finishNext();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(take).toHaveBeenCalledTimes(2);
  });

  it('wait for the page to be idle, and do nothing if stopped meanwhile', async () => {
    const idle: (() => void)[] = [];
    const take = vi.fn(async () => undefined);
    const scheduler = createBackupScheduler({ take, whenIdle: (task) => idle.push(task) });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(take).not.toHaveBeenCalled();
    scheduler.stop();
    idle.shift()?.();
    expect(take).not.toHaveBeenCalled();
  });

  it('survive a backup that throws', async () => {
    const take = vi.fn(async () => {
      throw new Error('disk full');
    });
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(6 * MINUTE);
    expect(take).toHaveBeenCalledTimes(2);
  });
});

describe('the backup at the end of a meeting', () => {
  it('runs at once, without waiting for the interval', async () => {
    const take = vi.fn(async () => undefined);
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    await scheduler.backupNow();
    expect(take).toHaveBeenCalledTimes(1);
  });

  it('waits for a running backup and then still runs', async () => {
    const { take, finishNext } = controlledTake();
    const scheduler = createBackupScheduler({ take, whenIdle: runNow });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    scheduler.stop();
    const ended = scheduler.backupNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(take).toHaveBeenCalledTimes(1);
    finishNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(take).toHaveBeenCalledTimes(2);
    finishNext();
    await ended;
  });
});
