/**
 * Dates and times on screen the way the UI language writes them. Numbers, plurals and the words
 * themselves are in `language.ts`; React access is in `react.tsx`.
 */
import type { CalendarDate, TimeOfDay } from '../domain/types';
import { isTimeOfDay, toLocalDateTime } from '../domain/calendar';
import { dateFormatOf, oncePerLanguage, type Language } from './language';

const dateFormat = oncePerLanguage(
  (locale, language) => new Intl.DateTimeFormat(locale, dateFormatOf(language)),
);
const timeFormat = oncePerLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
);

/** A calendar date the way the language writes it: "27 Nov 2026" or "27.11.2026". */
export function formatDate(language: Language, date: CalendarDate): string {
  return dateFormat(language).format(toLocalDateTime(date, '00:00'));
}

/**
 * A time of day, 24-hour with two-digit hours in both languages ("09:30"): a valid stored time is
 * already written that way, so only another string goes through Intl (whose first use costs
 * milliseconds at start).
 */
export function formatTime(language: Language, time: TimeOfDay): string {
  return isTimeOfDay(time) ? time : timeFormat(language).format(toLocalDateTime('2000-01-01', time));
}
