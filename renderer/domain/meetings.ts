/**
 * Rules for meetings as records: validating what the user typed, creating, renaming, soft
 * deletion and the order of the Meetings list. Pure functions: the clock and the id source are
 * parameters, so tests are exact.
 */
import { LIMITS } from './limits';
import { compareInstants, isCalendarDate, isTimeOfDay } from './calendar';
import { DEFAULT_GROUND_RULES } from './ground-rules';
import { cleanLine, matchesQuery } from './text';
import type { CalendarDate, Id, Language, Meeting, TimeOfDay, Timestamp } from './types';

/** The longest title the app accepts; longer ones would not fit any screen or document header. */
export const MAX_TITLE_LENGTH = LIMITS.meeting.title;
/** The planned duration of a new meeting, in minutes. */
export const DEFAULT_DURATION_MINUTES = 120;

/** What the New meeting form collects. */
export interface MeetingDraft {
  title: string;
  date: string;
  startTime: string;
  language: Language;
}

/** Why a draft was refused; the UI translates each code. */
export type MeetingFieldError =
  | { field: 'title'; code: 'title-empty' | 'title-too-long' }
  | { field: 'date'; code: 'date-invalid' }
  | { field: 'startTime'; code: 'time-invalid' };

/** A checked draft: either the cleaned values or every problem found. */
export type DraftCheck =
  | { ok: true; value: { title: string; date: CalendarDate; startTime: TimeOfDay; language: Language } }
  | { ok: false; errors: MeetingFieldError[] };

/** Checks a title on its own (also used by rename). */
export function checkTitle(
  raw: string,
): { ok: true; title: string } | { ok: false; error: MeetingFieldError } {
  const title = cleanLine(raw);
  if (title === '') return { ok: false, error: { field: 'title', code: 'title-empty' } };
  if (title.length > MAX_TITLE_LENGTH)
    return { ok: false, error: { field: 'title', code: 'title-too-long' } };
  return { ok: true, title };
}

/** Checks every field of a draft and reports all problems at once. */
export function checkMeetingDraft(draft: MeetingDraft): DraftCheck {
  const errors: MeetingFieldError[] = [];
  const title = checkTitle(draft.title);
  if (!title.ok) errors.push(title.error);
  if (!isCalendarDate(draft.date)) errors.push({ field: 'date', code: 'date-invalid' });
  if (!isTimeOfDay(draft.startTime)) errors.push({ field: 'startTime', code: 'time-invalid' });
  if (!title.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { title: title.title, date: draft.date, startTime: draft.startTime, language: draft.language },
  };
}

/** Builds a new planned meeting from a checked draft, with the standard ground rules of its language. */
export function newMeeting(
  draft: Extract<DraftCheck, { ok: true }>['value'],
  context: { now: Timestamp; newId: () => Id },
): Meeting {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    title: draft.title,
    goal: '',
    date: draft.date,
    startTime: draft.startTime,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    location: '',
    language: draft.language,
    status: 'planned',
    groundRules: [...DEFAULT_GROUND_RULES[draft.language]],
    definitionIds: [],
  };
}

/** True unless the meeting was deleted (and not restored). */
export function isLive(meeting: Pick<Meeting, 'deletedAt'>): boolean {
  return meeting.deletedAt === undefined;
}

/** Newest first: by date and start time, then by creation. */
export function compareMeetingsNewestFirst(a: Meeting, b: Meeting): number {
  // `YYYY-MM-DD` and `HH:MM` sort as text in time order, and so do the stored ISO instants: no
  // Date objects or collation per comparison.
  const aStart = `${a.date}T${a.startTime}`;
  const bStart = `${b.date}T${b.startTime}`;
  if (aStart !== bStart) return bStart < aStart ? -1 : 1;
  return compareInstants(b.createdAt, a.createdAt);
}

/** The meetings to list for a search query, newest first, deleted ones left out. */
export function listMeetings(meetings: readonly Meeting[], query: string): Meeting[] {
  return meetings
    .filter((meeting) => isLive(meeting) && matchesQuery(`${meeting.title} ${meeting.goal}`, query))
    .sort(compareMeetingsNewestFirst);
}

/** A planned meeting whose day is over without it having started: the list says it was not held. */
export function isPassedNotHeld(meeting: Pick<Meeting, 'status' | 'date'>, today: CalendarDate): boolean {
  return meeting.status === 'planned' && meeting.date < today;
}

/** The Meetings list in three groups: running now, upcoming (soonest first), past (newest first). */
export interface MeetingGroups {
  running: Meeting[];
  upcoming: Meeting[];
  past: Meeting[];
}

/**
 * Sorts listed meetings (newest first, as `listMeetings` returns them) into their groups. A planned
 * meeting counts as upcoming until its day is over, then as past (and not held).
 */
export function groupMeetings(newestFirst: readonly Meeting[], today: CalendarDate): MeetingGroups {
  const groups: MeetingGroups = { running: [], upcoming: [], past: [] };
  for (const meeting of newestFirst) {
    if (meeting.status === 'running') groups.running.push(meeting);
    else if (meeting.status === 'planned' && !isPassedNotHeld(meeting, today)) groups.upcoming.push(meeting);
    else groups.past.push(meeting);
  }
  groups.upcoming.reverse();
  return groups;
}
