/**
 * The timers of a running meeting, derived only from stored timestamps and an injected `now`:
 * how long an item ran (the sum of its spans), what is left of its timebox, the whole meeting's
 * time, and where the meeting stands against its plan. Nothing here counts; a reload or a crash
 * therefore resumes exactly.
 */
import { orderedAgenda } from './agenda';
import type { AgendaItem, TimeSpan, Timestamp } from './types';

const MINUTE = 60_000;

/** How long one span ran; an open span runs until `now`. Never negative. */
export function spanMs(span: TimeSpan, now: Timestamp): number {
  return Math.max(0, Date.parse(span.end ?? now) - Date.parse(span.start));
}

/** How long an item has run so far, over all its spans. */
export function itemElapsedMs(item: Pick<AgendaItem, 'spans'>, now: Timestamp): number {
  return item.spans.reduce((sum, span) => sum + spanMs(span, now), 0);
}

/** An item as the timers read it; `extensions` may be absent in tests and older fixtures. */
export type Timed = Pick<AgendaItem, 'timeboxMinutes'> & Partial<Pick<AgendaItem, 'spans' | 'extensions'>>;

/** Minutes added to an item's timebox while it ran (+1, +5). */
export function extendedMinutes(item: Partial<Pick<AgendaItem, 'extensions'>>): number {
  return (item.extensions ?? []).reduce((sum, extension) => sum + extension.minutes, 0);
}

/** The timebox the timer counts against: planned plus every extension. */
export function effectiveTimeboxMinutes(item: Timed): number {
  return item.timeboxMinutes + extendedMinutes(item);
}

/** What is left of the item's timebox and its extensions; negative when it overran. */
export function itemRemainingMs(item: Timed & Pick<AgendaItem, 'spans'>, now: Timestamp): number {
  return effectiveTimeboxMinutes(item) * MINUTE - itemElapsedMs(item, now);
}

/** True when the item ran past its timebox (and its extensions). */
export function isOverrun(item: Timed & Pick<AgendaItem, 'spans'>, now: Timestamp): boolean {
  return itemRemainingMs(item, now) < 0;
}

/** The whole meeting's time: the sum of every item's spans (pauses do not count). */
export function meetingElapsedMs(items: readonly AgendaItem[], now: Timestamp): number {
  return orderedAgenda(items).reduce((sum, item) => sum + itemElapsedMs(item, now), 0);
}

/**
 * Where the plan says the meeting should be: the timeboxes of the items already closed (done,
 * skipped, deferred) plus the active item's time up to its timebox.
 */
export function plannedPositionMs(items: readonly AgendaItem[], now: Timestamp): number {
  return orderedAgenda(items).reduce((sum, item) => {
    switch (item.status) {
      case 'done':
      case 'skipped':
      case 'deferred':
        return sum + item.timeboxMinutes * MINUTE;
      case 'active':
        return sum + Math.min(itemElapsedMs(item, now), item.timeboxMinutes * MINUTE);
      case 'pending':
        return sum;
    }
  }, 0);
}

export type ScheduleStanding =
  { kind: 'on-plan' } | { kind: 'behind'; minutes: number } | { kind: 'ahead'; minutes: number };

/** Ahead of or behind the plan, in whole minutes (less than a minute counts as on plan). */
export function scheduleStanding(items: readonly AgendaItem[], now: Timestamp): ScheduleStanding {
  const deltaMs = meetingElapsedMs(items, now) - plannedPositionMs(items, now);
  const minutes = Math.floor(Math.abs(deltaMs) / MINUTE);
  if (minutes === 0) return { kind: 'on-plan' };
  return deltaMs > 0 ? { kind: 'behind', minutes } : { kind: 'ahead', minutes };
}

/** A duration as a clock reads it, without sign: "4:05", "12:00", "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whole minutes an item actually ran, rounded, for the agenda's planned-vs-actual column. */
export function actualMinutes(item: Pick<AgendaItem, 'spans'>, now: Timestamp): number {
  return Math.round(itemElapsedMs(item, now) / MINUTE);
}
