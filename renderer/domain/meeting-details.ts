/**
 * The details of a meeting as the Prepare screen edits them, one field at a time. Each change is
 * checked on its own and saved only when it is valid; a refused change leaves the stored meeting
 * as it was and says why next to the field.
 */
import { LIMITS } from './limits';
import { isCalendarDate, isTimeOfDay } from './calendar';
import { checkTitle } from './meetings';
import type { Language, Meeting } from './types';

export const MIN_DURATION = LIMITS.meeting.durationMinutes.min;
export const MAX_DURATION = LIMITS.meeting.durationMinutes.max;
export const MAX_GOAL = LIMITS.meeting.goal;
export const MAX_LOCATION = LIMITS.meeting.location;

/** A change of one detail, as typed. */
export type DetailChange =
  | { field: 'title'; value: string }
  | { field: 'goal'; value: string }
  | { field: 'date'; value: string }
  | { field: 'startTime'; value: string }
  | { field: 'durationMinutes'; value: string }
  | { field: 'location'; value: string }
  | { field: 'language'; value: Language };

export type DetailError =
  | 'title-empty'
  | 'title-too-long'
  | 'goal-too-long'
  | 'date-invalid'
  | 'time-invalid'
  | 'duration-invalid'
  | 'duration-shorter-than-agenda'
  | 'location-too-long';

export type DetailPatch = Partial<
  Pick<Meeting, 'title' | 'goal' | 'date' | 'startTime' | 'durationMinutes' | 'location' | 'language'>
>;

/** A detail as its field shows it; an autosaved field compares it with what it last saw stored. */
export function detailText(meeting: Meeting, field: DetailChange['field']): string {
  return String(meeting[field]);
}

/** Checks one change; `agendaMinutes` is the sum of the agenda's timeboxes. */
export function checkDetailChange(
  change: DetailChange,
  agendaMinutes: number,
): { ok: true; patch: DetailPatch } | { ok: false; error: DetailError } {
  switch (change.field) {
    case 'title': {
      const checked = checkTitle(change.value);
      return checked.ok
        ? { ok: true, patch: { title: checked.title } }
        : { ok: false, error: checked.error.code };
    }
    case 'goal':
      return change.value.length > MAX_GOAL
        ? { ok: false, error: 'goal-too-long' }
        : { ok: true, patch: { goal: change.value } };
    case 'date':
      return isCalendarDate(change.value)
        ? { ok: true, patch: { date: change.value } }
        : { ok: false, error: 'date-invalid' };
    case 'startTime':
      return isTimeOfDay(change.value)
        ? { ok: true, patch: { startTime: change.value } }
        : { ok: false, error: 'time-invalid' };
    case 'durationMinutes':
      return checkDuration(change.value, agendaMinutes);
    case 'location':
      return change.value.length > MAX_LOCATION
        ? { ok: false, error: 'location-too-long' }
        : { ok: true, patch: { location: change.value } };
    case 'language':
      return { ok: true, patch: { language: change.value } };
  }
}

function checkDuration(value: string, agendaMinutes: number) {
  const minutes = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(minutes) || minutes < MIN_DURATION || minutes > MAX_DURATION) {
    return { ok: false as const, error: 'duration-invalid' as const };
  }
  if (minutes < agendaMinutes) return { ok: false as const, error: 'duration-shorter-than-agenda' as const };
  return { ok: true as const, patch: { durationMinutes: minutes } };
}
