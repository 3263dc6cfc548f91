/**
 * The agenda as a plan: checking items, ordering them, and the schedule that follows from the
 * meeting's start time and each item's timebox — planned start per item, the running total, and
 * where the agenda runs past the meeting's planned end.
 */
import { LIMITS } from './limits';
import { cleanLine } from './text';
import type { AgendaItem, AgendaItemKind, Id, Meeting, Timestamp } from './types';

export const MIN_TIMEBOX = LIMITS.agendaItem.timeboxMinutes.min;
export const MAX_TIMEBOX = LIMITS.agendaItem.timeboxMinutes.max;
export const MAX_AGENDA_TITLE = LIMITS.agendaItem.title;
export const MAX_DESCRIPTION = LIMITS.agendaItem.description;

export interface AgendaItemDraft {
  title: string;
  description: string;
  kind: AgendaItemKind;
  /** As typed; checked to be a whole number of minutes. */
  timeboxMinutes: string | number;
  presenterIds: Id[];
}

export type AgendaFieldError =
  | { field: 'title'; code: 'title-empty' | 'title-too-long' }
  | { field: 'description'; code: 'description-too-long' }
  | { field: 'timebox'; code: 'timebox-invalid' }
  | { field: 'presenters'; code: 'presenters-too-many' };

export type CheckedAgendaItem = Omit<AgendaItemDraft, 'timeboxMinutes'> & { timeboxMinutes: number };

/** Reads a timebox as typed: a whole number of minutes from 1 to 600, or `null`. */
export function parseTimebox(value: string | number): number | null {
  const minutes = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(minutes) && minutes >= MIN_TIMEBOX && minutes <= MAX_TIMEBOX ? minutes : null;
}

/** Checks an agenda item as the editor collects it and reports every problem. */
export function checkAgendaItem(
  draft: AgendaItemDraft,
): { ok: true; value: CheckedAgendaItem } | { ok: false; errors: AgendaFieldError[] } {
  const errors: AgendaFieldError[] = [];
  const title = cleanLine(draft.title);
  if (title === '') errors.push({ field: 'title', code: 'title-empty' });
  else if (title.length > MAX_AGENDA_TITLE) errors.push({ field: 'title', code: 'title-too-long' });
  if (draft.description.length > MAX_DESCRIPTION)
    errors.push({ field: 'description', code: 'description-too-long' });
  const timeboxMinutes = parseTimebox(draft.timeboxMinutes);
  if (timeboxMinutes === null) errors.push({ field: 'timebox', code: 'timebox-invalid' });
  if (new Set(draft.presenterIds).size > LIMITS.agendaItem.presenterIds)
    errors.push({ field: 'presenters', code: 'presenters-too-many' });
  if (errors.length > 0 || timeboxMinutes === null) return { ok: false, errors };
  const presenterIds = [...new Set(draft.presenterIds)];
  const description = draft.description.trim();
  return { ok: true, value: { ...draft, title, description, timeboxMinutes, presenterIds } };
}

/** Why notes were refused; the UI translates the code. */
export type NotesError = 'notes-too-long';

/** Checks the notes on an agenda item as typed; they are stored as they are, untrimmed. */
export function checkNotes(notes: string): { ok: true; value: string } | { ok: false; error: NotesError } {
  return notes.length > LIMITS.agendaItem.notes
    ? { ok: false, error: 'notes-too-long' }
    : { ok: true, value: notes };
}

/** A new pending agenda item at the end of the agenda. */
export function newAgendaItem(
  meetingId: Id,
  item: CheckedAgendaItem,
  position: number,
  context: { now: Timestamp; newId: () => Id },
): AgendaItem {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId,
    position,
    ...item,
    status: 'pending',
    spans: [],
    extensions: [],
    notes: '',
  };
}

/** The live items of an agenda in their order. */
export function orderedAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter((item) => item.deletedAt === undefined).sort((a, b) => a.position - b.position);
}

/**
 * Where each live item of an agenda stands, in order (`id@position`). Undoing a deletion compares
 * it with what the deletion left, so an item never comes back onto a place another item took.
 */
export function agendaPositions(items: readonly AgendaItem[]): string[] {
  return orderedAgenda(items).map((item) => `${item.id}@${item.position}`);
}

/**
 * The agenda after moving one item to `toIndex` (0-based, clamped), renumbered 1..n. Returns
 * only the items whose position changed, ready to be written.
 */
export function moveAgendaItem(items: readonly AgendaItem[], id: Id, toIndex: number): AgendaItem[] {
  const order = orderedAgenda(items);
  const from = order.findIndex((item) => item.id === id);
  if (from < 0) return [];
  const [moved] = order.splice(from, 1);
  if (!moved) return [];
  order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, moved);
  return order.flatMap((item, index) =>
    item.position === index + 1 ? [] : [{ ...item, position: index + 1 }],
  );
}

/** One line of the planned schedule. */
export interface ScheduledItem {
  item: AgendaItem;
  /** Minutes after midnight when the item is planned to start. */
  plannedStart: number;
  plannedEnd: number;
  /** Minutes of agenda up to and including this item. */
  runningTotal: number;
  /** True when this item ends after the meeting's planned end. */
  overruns: boolean;
}

export interface AgendaSchedule {
  items: ScheduledItem[];
  totalMinutes: number;
  plannedMinutes: number;
  /** Minutes the agenda runs past the planned duration; 0 when it fits. */
  overrunMinutes: number;
}

/** The planned schedule of a meeting's agenda. */
export function planSchedule(
  meeting: Pick<Meeting, 'startTime' | 'durationMinutes'>,
  items: readonly AgendaItem[],
): AgendaSchedule {
  const [hours = 0, minutes = 0] = meeting.startTime.split(':').map(Number);
  const start = hours * 60 + minutes;
  let runningTotal = 0;
  const scheduled = orderedAgenda(items).map((item) => {
    const plannedStart = start + runningTotal;
    runningTotal += item.timeboxMinutes;
    return {
      item,
      plannedStart,
      plannedEnd: start + runningTotal,
      runningTotal,
      overruns: runningTotal > meeting.durationMinutes,
    };
  });
  return {
    items: scheduled,
    totalMinutes: runningTotal,
    plannedMinutes: meeting.durationMinutes,
    overrunMinutes: Math.max(0, runningTotal - meeting.durationMinutes),
  };
}

/** Minutes after midnight as `HH:MM`, wrapping past midnight. */
export function clockTime(minutesAfterMidnight: number): string {
  const wrapped = ((minutesAfterMidnight % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
