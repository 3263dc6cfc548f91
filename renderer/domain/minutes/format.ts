/**
 * Dates, times, numbers and shares as the minutes write them, with Intl and no hidden clock.
 * Calendar dates are formatted in UTC (they are days, not instants); instants such as an agenda
 * item's actual start are shown in `timeZone` (the runtime's own zone unless a caller fixes it).
 */
import { dateFormatOf, localeOf } from '../../i18n/language';
import type { CalendarDate, Language, Timestamp, TimeOfDay } from '../types';
import { word } from './words';

export interface Formatter {
  language: Language;
  date(date: CalendarDate): string;
  time(time: TimeOfDay): string;
  /** The local date of an instant. */
  instantDate(instant: Timestamp): string;
  /** The local time of day of an instant, `HH:MM`. */
  instantTime(instant: Timestamp): string;
  number(value: number): string;
  /** "3 of 4 (75%)", or a note that there was nothing to count. */
  ratio(part: number, whole: number): string;
}

/** Made once per language and zone: constructing Intl formatters is slow, using them is not. */
const made = new Map<string, Formatter>();

export function formatter(language: Language, timeZone?: string): Formatter {
  const key = `${language} ${timeZone ?? ''}`;
  const known = made.get(key);
  if (known) return known;
  const fresh = makeFormatter(language, timeZone);
  made.set(key, fresh);
  return fresh;
}

function makeFormatter(language: Language, timeZone?: string): Formatter {
  const locale = localeOf(language);
  const dateOptions = dateFormatOf(language);
  const utcDate = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const zoned = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, timeZone === undefined ? options : { ...options, timeZone });
  const localDate = zoned(dateOptions);
  const localTime = zoned({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    language,
    date: (date) => utcDate.format(new Date(`${date}T00:00:00.000Z`)),
    time: (time) => time,
    instantDate: (instant) => localDate.format(new Date(instant)),
    instantTime: (instant) => localTime.format(new Date(instant)),
    number: (value) => numbers.format(value),
    ratio: (part, whole) =>
      whole === 0
        ? word(language, 'ratio.none')
        : word(language, 'ratio', {
            part: numbers.format(part),
            whole: numbers.format(whole),
            percent: percent.format(part / whole),
          }),
  };
}
