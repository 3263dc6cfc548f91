/** How the backups read on screen: their time and size in the user's language. */
import { dateFormatOf, localeOf, oncePerLanguage, type Language } from '../i18n/language';

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const timeFormat = oncePerLanguage(
  (locale, language) => new Intl.DateTimeFormat(locale, { ...dateFormatOf(language), ...CLOCK }),
);
const clockFormat = oncePerLanguage((locale) => new Intl.DateTimeFormat(locale, CLOCK));

/** Date and time of a backup, e.g. "28 Nov 2026, 10:42" or "28.11.2026, 10:42". */
export function formatBackupTime(language: Language, iso: string): string {
  return timeFormat(language).format(new Date(iso));
}

/** The time of day of a backup, e.g. "10:42". */
export function formatBackupClock(language: Language, iso: string): string {
  return clockFormat(language).format(new Date(iso));
}

/** A file size in kB or MB (powers of 1,000), e.g. "12 kB" or "1.4 MB". */
export function formatBackupSize(language: Language, bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1_000, 'kilobyte'];
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
