/** Calendar dates (`YYYY-MM-DD`) and times of day (`HH:MM`), validated without hidden clocks. */
import type { CalendarDate, TimeOfDay, Timestamp } from './types';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `value` is a real calendar date such as `2026-02-28` (not `2026-02-30`). */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True when `value` is a 24-hour time of day such as `09:30`. */
export function isTimeOfDay(value: string): value is TimeOfDay {
  return TIME_PATTERN.test(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local calendar date of an instant, e.g. today's date for a new meeting. */
export function localDateOf(instant: Date): CalendarDate {
  return [instant.getFullYear(), instant.getMonth() + 1, instant.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/** The local date-time a meeting starts at, for display and sorting. */
export function toLocalDateTime(date: CalendarDate, time: TimeOfDay): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/**
 * Orders two stored instants (ISO 8601 in UTC, all written the same way) by plain code-unit
 * comparison, which sorts them in time and is far cheaper than `localeCompare` over thousands of rows.
 */
export function compareInstants(a: Timestamp, b: Timestamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
