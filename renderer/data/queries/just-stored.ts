/**
 * Conflict points this window has just stored, until the live log has read them back. A live
 * query answers a moment after a commit (one more IndexedDB read, 10–18 ms on a busy machine); the
 * log lists a point from its commit on, so a capture shows at once (docs/performance.md, "Capture
 * p95, second round"). Only committed points are noted, so a list still shows only what is stored.
 *
 * No timer: every note carries a sequence number, and a page read remembers the last number noted
 * when it began. A read that began after a point was noted saw the point (or its deletion), so the
 * page lists only the notes newer than its read, and the read forgets the older ones of its view.
 */
import { useSyncExternalStore } from 'react';
import type { ConflictPoint, Id } from '../../domain/types';

interface Note {
  point: ConflictPoint;
  seq: number;
}

interface Notes {
  list: readonly Note[];
  seq: number;
  listeners: Set<() => void>;
  subscribe: (listener: () => void) => () => void;
}

// Per database (a test opens many), and only for this window: another window's live query is the
// only way its points arrive.
const byDatabase = new WeakMap<object, Notes>();

function notesOf(db: object): Notes {
  let notes = byDatabase.get(db);
  if (!notes) {
    const listeners = new Set<() => void>();
    const subscribe = (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    notes = { list: [], seq: 0, listeners, subscribe };
    byDatabase.set(db, notes);
  }
  return notes;
}

/** Called by the repository once the write of `point` has committed. */
export function noteStoredPoint(db: object, point: ConflictPoint): void {
  const notes = notesOf(db);
  notes.seq += 1;
  notes.list = [{ point, seq: notes.seq }, ...notes.list];
  notes.listeners.forEach((listener) => listener());
}

/** The mark a page read takes as it begins: every point noted up to it is in what the read sees. */
export function readMark(db: object): number {
  return notesOf(db).seq;
}

/** After a read that began at `mark`: the notes of its view it has seen are no longer needed. */
export function forgetSeen(db: object, mark: number, inView: (point: ConflictPoint) => boolean): void {
  const notes = notesOf(db);
  const kept = notes.list.filter((note) => note.seq > mark || !inView(note.point));
  // No listener is told: a page never lists a note its own read has seen.
  if (kept.length !== notes.list.length) notes.list = kept;
}

/** The notes of `db`, newest first; re-renders when a point is noted. */
export function useStoredPointNotes(db: object): readonly Note[] {
  const notes = notesOf(db);
  return useSyncExternalStore(notes.subscribe, () => notes.list);
}

/** The points of `page` (read at `mark`) with the newer notes of its view in front, at most `limit`. */
export function withStoredPoints(
  page: readonly ConflictPoint[],
  mark: number,
  notes: readonly Note[],
  inView: (point: ConflictPoint) => boolean,
  limit: number,
): readonly ConflictPoint[] {
  const read = new Set<Id>(page.map((point) => point.id));
  const missing = notes
    .filter((note) => note.seq > mark && inView(note.point) && !read.has(note.point.id))
    .map((note) => note.point);
  return missing.length === 0 ? page : [...missing, ...page].slice(0, limit);
}
