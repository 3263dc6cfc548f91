/**
 * Optimistic concurrency for edits. Two windows can show one meeting; a write of an edit names what
 * it started from (the record's `updatedAt`, or an autosaved field's value), and the repository
 * compares it with what is stored inside the write's own transaction. When the stored record
 * changed since, nothing is written and the refusal carries what is stored now, so the form can
 * show both versions: no write silently replaces a change it did not see.
 */
import type { Timestamp } from '../../domain/types';

/** A write refused because another window changed the record since the edit began. */
export interface Stale<T> {
  ok: false;
  reason: 'stale';
  /** What is stored now. */
  current: T;
}

export function stale<T>(current: T): Stale<T> {
  return { ok: false, reason: 'stale', current };
}

/** True when the stored record is not the one the edit started from; without a base, never. */
export function changedSince(stored: { updatedAt: Timestamp }, base: Timestamp | undefined): boolean {
  return base !== undefined && stored.updatedAt !== base;
}
