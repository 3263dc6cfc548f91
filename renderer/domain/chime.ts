/**
 * When the run screen's chime sounds: once at 2 minutes left and once at zero, per item. The
 * first look at an item (on opening the screen, after a reload, or when another item starts)
 * takes the thresholds it has already passed as heard, so a reload never chimes again for them.
 * Pure: the caller keeps the state and passes what is left of the item's time.
 */
import type { Id } from './types';

export type ChimeThreshold = 'two-minutes' | 'zero';

/** The thresholds, by what is left of the item's timebox and extensions when they sound. */
export const CHIME_THRESHOLDS: readonly { threshold: ChimeThreshold; remainingMs: number }[] = [
  { threshold: 'two-minutes', remainingMs: 2 * 60_000 },
  { threshold: 'zero', remainingMs: 0 },
];

/** The chime as stored: off by default, at a moderate volume (0–100). */
export interface ChimeSetting {
  enabled: boolean;
  volume: number;
}

export const DEFAULT_CHIME: ChimeSetting = { enabled: false, volume: 50 };

/** Keeps a stored volume within 0–100, whole. */
export function clampVolume(volume: number): number {
  if (!Number.isFinite(volume)) return DEFAULT_CHIME.volume;
  return Math.min(100, Math.max(0, Math.round(volume)));
}

/** Which thresholds of which item were heard (or passed before the screen looked). */
export interface ChimeState {
  itemId: Id;
  heard: readonly ChimeThreshold[];
}

function passed(remainingMs: number): ChimeThreshold[] {
  return CHIME_THRESHOLDS.filter((entry) => remainingMs <= entry.remainingMs).map((entry) => entry.threshold);
}

/**
 * One look at the running item: the new state and the thresholds to sound now (at most the
 * latest one, so a jump past both sounds once).
 */
export function chimeStep(
  state: ChimeState | undefined,
  itemId: Id,
  remainingMs: number,
): { state: ChimeState; play: ChimeThreshold | undefined } {
  const reached = passed(remainingMs);
  if (state === undefined || state.itemId !== itemId)
    return { state: { itemId, heard: reached }, play: undefined };
  const fresh = reached.filter((threshold) => !state.heard.includes(threshold));
  if (fresh.length === 0) return { state, play: undefined };
  return { state: { itemId, heard: [...state.heard, ...fresh] }, play: fresh.at(-1) };
}
