/** The numbers and dates of the trend charts the way the UI language writes them (Intl). */
import type { TrendUnit } from '../../domain/trends/charts';
import type { CalendarDate } from '../../domain/types';
import { toLocalDateTime } from '../../domain/calendar';
import { formatDate } from '../../i18n/format';
import { localeOf, type Language } from '../../i18n/language';

/** A chart value: "67 %" / "67 %", "12.5" / "12,5" minutes, "3.5" / "3,5" for a rating. */
export function formatValue(language: Language, unit: TrendUnit, value: number): string {
  const locale = localeOf(language);
  if (unit === 'share') return new Intl.NumberFormat(locale, { style: 'percent' }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** The short date under a bar: "2 Mar" / "02.03.". */
export function formatShortDate(language: Language, date: CalendarDate): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: 'short' }).format(
    toLocalDateTime(date, '00:00'),
  );
}

/** The full date in a table. */
export function formatFullDate(language: Language, date: CalendarDate): string {
  return formatDate(language, date);
}
