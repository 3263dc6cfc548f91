/**
 * An iCalendar file (RFC 5545) of what is due: one all-day event per action item with a due date
 * and one per decision with a review date, so owners see them in Outlook, Apple Calendar or
 * Thunderbird. Events are transparent (they remind, they do not block time). UIDs derive from the
 * record ids, so importing the file again updates the events rather than duplicating them; a
 * review event's UID carries `-review` so it never collides with another event of the decision.
 *
 * Text values are escaped (`\\`, `\;`, `\,`, newline as `\n`) and control characters other than
 * tab dropped, as the TEXT type allows. Content lines are folded at 75 octets of UTF-8, never
 * inside a character, continuing with a single space; every line ends in CRLF.
 */
import { addDays } from '../calendar';
import { formatNumber } from '../decisions';
import type { CalendarDate, Id, Language, Timestamp } from '../types';
import type { ActionItemRow, DecisionRegisterRow } from './rows';
import { word } from './words';

/** The product identifier the calendar names itself with. */
export const PRODID = '-//Tandem//Tandem//EN';
const LINE_OCTETS = 75;

/** What is due, as the register shows it; rows without the date in question are left out. */
export interface CalendarInput {
  actions: readonly ActionItemRow[];
  decisions: readonly DecisionRegisterRow[];
}

/**
 * The calendar of action-item due dates and decision review dates, worded in `language`.
 * `now` is the DTSTAMP of every event (when the file was made).
 */
export function registerIcs(input: CalendarInput, language: Language, now: Timestamp): string {
  const stamp = dateTimeValue(now);
  const events = [
    ...input.actions.flatMap((row) => (row.dueDate === undefined ? [] : [actionEvent(row, row.dueDate)])),
    ...input.decisions.flatMap((row) =>
      row.reviewDate === undefined ? [] : [reviewEvent(row, row.reviewDate)],
    ),
  ].flatMap((event) => eventLines(event, stamp));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');

  function actionEvent(row: ActionItemRow, date: CalendarDate): CalendarEvent {
    const owner = row.owner === undefined ? [] : [word(language, 'calendar.owner', { name: row.owner })];
    return {
      uid: `${row.id}@tandem`,
      date,
      summary: word(language, 'calendar.action', { text: row.what }),
      description: [...owner, meetingLine(row)].join('\n'),
    };
  }

  function reviewEvent(row: DecisionRegisterRow, date: CalendarDate): CalendarEvent {
    const owner =
      row.accountable === undefined
        ? []
        : [word(language, 'calendar.accountable', { name: row.accountable })];
    return {
      uid: `${row.id}-review@tandem`,
      date,
      summary: word(language, 'calendar.review', { number: formatNumber(row.number), text: row.statement }),
      description: [...owner, meetingLine(row)].join('\n'),
    };
  }

  function meetingLine(row: { meetingTitle: string; meetingDate: CalendarDate }): string {
    return word(language, 'calendar.meeting', { title: row.meetingTitle, date: row.meetingDate });
  }
}

interface CalendarEvent {
  uid: `${Id}@tandem`;
  date: CalendarDate;
  summary: string;
  description: string;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A TEXT value escaped as RFC 5545 §3.3.11 requires. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT admits no control characters but tab.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * A content line folded so no physical line exceeds 75 octets of UTF-8: breaks fall between
 * code points (never inside a multi-byte character), each continuation starting with a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = LINE_OCTETS - 1; // the leading space of a continuation counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** `2026-12-15` → `20261215`. */
function dateValue(date: CalendarDate): string {
  return date.replaceAll('-', '');
}

/** An instant as a UTC DATE-TIME: `2026-11-27T09:30:00.000Z` → `20261127T093000Z`. */
function dateTimeValue(instant: Timestamp): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
