/** How the backups read on screen: their time and size in the user's language. */
import type { Language } from '../domain/types';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/** Date and time of a backup, e.g. "28 Nov 2026, 10:42" or "28.11.2026, 10:42". */
export function formatBackupTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: language === 'de' ? '2-digit' : 'numeric',
    month: language === 'de' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The time of day of a backup, e.g. "10:42". */
export function formatBackupClock(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A file size in kB or MB (powers of 1,000), e.g. "12 kB" or "1.4 MB". */
export function formatBackupSize(language: Language, bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1_000, 'kilobyte'];
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
